namespace Narplan.Domain.OralHealth;

/// <summary>
/// A kommun's intygsutfärdare for one unit (seed 000, "Munhälsa – uppsökande och nödvändig tandvård": "Utse tillräckligt
/// många intygsutfärdare inom kommunal hälso- och sjukvård och socialtjänst" and "Intygsutfärdare regelbundet genomgår
/// utbildning"). The training is flagged when it is older than <see cref="TrainingInterval"/> or was never recorded.
/// </summary>
public sealed class OralHealthCertifier : Entity, IVersioned
{
    public const int MaxNameLength = 200;

    /// <summary>
    /// The region's interval for the intygsutfärdare's training. The seed says only "regelbundet"; Närplan uses two
    /// years until a region gives its own figure (decision 0071).
    /// </summary>
    public static readonly Period TrainingInterval = Period.FromYears(2);

    private OralHealthCertifier()
    {
        Name = "";
    }

    private OralHealthCertifier(Guid kommunId, Guid careUnitId, string name, LocalDate? lastTrainedOn)
    {
        KommunId = kommunId;
        CareUnitId = careUnitId;
        Name = name;
        LastTrainedOn = lastTrainedOn;
    }

    public Guid KommunId { get; private set; }

    public Guid CareUnitId { get; private set; }

    public string Name { get; private set; }

    public LocalDate? LastTrainedOn { get; private set; }

    public int Version { get; private set; }

    /// <summary>The last day the training counts as current: the training date plus the interval.</summary>
    public LocalDate? TrainingValidThrough => LastTrainedOn?.Plus(TrainingInterval);

    /// <summary>Whether the training is missing or older than the interval on <paramref name="today"/>.</summary>
    public bool IsTrainingDueOn(LocalDate today) => TrainingValidThrough is not { } through || today > through;

    /// <summary>Names an intygsutfärdare for a unit of the same kommun; a unit of another kommun is refused beside its field.</summary>
    public static OralHealthCertifier Appoint(Guid kommunId, CareUnit? unit, string? name, LocalDate? lastTrainedOn, LocalDate today)
    {
        if (unit is null)
        {
            throw new FieldRefusal("CareUnitId", "Välj enheten som intygsutfärdaren arbetar för.");
        }

        if (unit.KommunId != kommunId)
        {
            throw new FieldRefusal("CareUnitId", $"{unit.Name} hör inte till kommunen. En intygsutfärdare utses av kommunen för dess egna enheter.");
        }

        var trimmed = name?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new FieldRefusal("Name", "Ange intygsutfärdarens namn.");
        }

        if (trimmed.Length > MaxNameLength)
        {
            throw new FieldRefusal("Name", $"Namnet får vara högst {MaxNameLength} tecken.");
        }

        RequireTrainingDate(lastTrainedOn, today, null);
        return new OralHealthCertifier(kommunId, unit.Id, trimmed, lastTrainedOn);
    }

    /// <summary>Records a completed training; not in the future and not before the one recorded.</summary>
    public void RecordTraining(LocalDate? on, LocalDate today)
    {
        if (on is null)
        {
            throw new FieldRefusal("TrainedOn", "Ange datum för utbildningen.");
        }

        RequireTrainingDate(on, today, LastTrainedOn);
        LastTrainedOn = on;
    }

    public void Touch() => Version++;

    private static void RequireTrainingDate(LocalDate? on, LocalDate today, LocalDate? last)
    {
        if (on is { } date && date > today)
        {
            throw new FieldRefusal("TrainedOn", "Utbildningen kan inte ligga i framtiden.");
        }

        if (on is { } d && last is { } l && d <= l)
        {
            throw new FieldRefusal("TrainedOn", $"Senaste utbildningen är redan registrerad {l:yyyy-MM-dd}; ange en senare.");
        }
    }
}
