namespace Narplan.Domain.Ledningsteam;

/// <summary>A training planned in a yearly joint assessment: what, for whom, and when (a month or a date, as text).</summary>
public sealed record PlannedTraining(string Title, string? TargetGroup, LocalDate? PlannedOn);

/// <summary>
/// The yearly joint assessment of kompetensutveckling for a närområde (issue 19 item 6; seed 002: "En gång/år gemensamt
/// bedöma och planera behov av kompetensutveckling och utbildningsstöd för gemensamma satsningar inför kommande år"):
/// dated, with who took part, the needs seen and the planned trainings. One per kommun and year assessed for.
/// </summary>
public sealed class CompetenceAssessment
{
    public const int MaxTextLength = 2000;
    public const int MaxTrainings = 30;

    private CompetenceAssessment()
    {
        Participants = "";
        Needs = "";
        Trainings = [];
    }

    public Guid Id { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>The year the trainings are planned for ("inför kommande år").</summary>
    public int ForYear { get; private set; }

    public LocalDate AssessedOn { get; private set; }

    public string Participants { get; private set; }

    public string Needs { get; private set; }

    public IReadOnlyList<PlannedTraining> Trainings { get; private set; }

    public int Version { get; private set; }

    public static CompetenceAssessment Record(
        Guid kommunId, LocalDate? assessedOn, int? forYear, string? participants, string? needs, IReadOnlyList<PlannedTraining> trainings, LocalDate today)
    {
        if (assessedOn is not { } on)
        {
            throw new FieldRefusal(nameof(AssessedOn), "Ange datum för bedömningen.");
        }

        if (on > today)
        {
            throw new FieldRefusal(nameof(AssessedOn), "Bedömningen kan inte ligga i framtiden.");
        }

        if (forYear is not { } year || year < on.Year || year > on.Year + 1)
        {
            throw new FieldRefusal(nameof(ForYear), $"Ange året som planeras: {on.Year} eller {on.Year + 1}.");
        }

        var who = participants?.Trim();
        if (string.IsNullOrEmpty(who) || who.Length > MaxTextLength)
        {
            throw new FieldRefusal(nameof(Participants), string.IsNullOrEmpty(who) ? "Ange vilka som deltog från kommunen och vårdcentralen." : $"Högst {MaxTextLength} tecken.");
        }

        var need = needs?.Trim();
        if (string.IsNullOrEmpty(need) || need.Length > MaxTextLength)
        {
            throw new FieldRefusal(nameof(Needs), string.IsNullOrEmpty(need) ? "Beskriv de behov av kompetensutveckling ni såg." : $"Högst {MaxTextLength} tecken.");
        }

        if (trainings.Count > MaxTrainings)
        {
            throw new FieldRefusal(nameof(Trainings), $"Högst {MaxTrainings} utbildningar.");
        }

        foreach (var t in trainings)
        {
            if (string.IsNullOrWhiteSpace(t.Title) || t.Title.Length > 300 || (t.TargetGroup?.Length ?? 0) > 300)
            {
                throw new FieldRefusal(nameof(Trainings), "Varje utbildning behöver en titel (högst 300 tecken).");
            }

            if (t.PlannedOn is { } d && d.Year != year)
            {
                throw new FieldRefusal(nameof(Trainings), $"{t.Title.Trim()}: datumet ska ligga under {year}, året som planeras.");
            }
        }

        return new CompetenceAssessment
        {
            Id = Guid.CreateVersion7(),
            KommunId = kommunId,
            ForYear = year,
            AssessedOn = on,
            Participants = who,
            Needs = need,
            Trainings = trainings.Select(t => new PlannedTraining(t.Title.Trim(), string.IsNullOrWhiteSpace(t.TargetGroup) ? null : t.TargetGroup.Trim(), t.PlannedOn)).ToList(),
        };
    }
}
