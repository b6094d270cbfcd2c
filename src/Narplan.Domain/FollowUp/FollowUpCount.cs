namespace Narplan.Domain.FollowUp;

/// <summary>What a hand-entered count counts (data that lives outside Närplan). Stored by name; never renumber.</summary>
public enum FollowUpCountKind
{
    /// <summary>Avvikelser i samverkan, counted in the deviation system (seed 002).</summary>
    Deviations,

    /// <summary>Oplanerade transporter (seed 002).</summary>
    UnplannedTransports,
}

public static class FollowUpCountKindNames
{
    public static string Swedish(this FollowUpCountKind kind) => kind switch
    {
        FollowUpCountKind.Deviations => "Avvikelser i samverkan",
        FollowUpCountKind.UnplannedTransports => "Oplanerade transporter",
        _ => kind.ToString(),
    };

    /// <summary>"avvikelser", "transporter": the key in URLs and forms.</summary>
    public static string Key(this FollowUpCountKind kind) => kind switch
    {
        FollowUpCountKind.Deviations => "avvikelser",
        _ => "transporter",
    };

    public static FollowUpCountKind? FromKey(string? key) => key switch
    {
        "avvikelser" => FollowUpCountKind.Deviations,
        "transporter" => FollowUpCountKind.UnplannedTransports,
        _ => null,
    };
}

/// <summary>
/// A count entered by hand for one närområde (kommun) and one half-year (spring or autumn), with who entered it and
/// when (DOMAIN.md §10: "counts entered from the deviation system"). A new entry for the same half-year replaces the
/// number and keeps who changed it; <see cref="Version"/> refuses a stale change.
/// </summary>
public sealed class FollowUpCount : Entity
{
    public const int MaxCount = 1_000_000;
    public const int MaxNoteLength = 500;

    private FollowUpCount()
    {
        EnteredBy = "";
    }

    public FollowUpCount(Guid kommunId, FollowUpCountKind kind, int year, bool isAutumn, int count, string enteredBy, Instant enteredAt, string? note)
    {
        KommunId = kommunId;
        Kind = kind;
        if (!Calendars.SupportedDates.ContainsYear(year))
        {
            throw new DomainException(Calendars.SupportedDates.YearOutOfRangeMessage);
        }

        Year = year;
        IsAutumn = isAutumn;
        EnteredBy = "";
        Set(count, enteredBy, enteredAt, note);
    }

    public Guid KommunId { get; private set; }

    public FollowUpCountKind Kind { get; private set; }

    public int Year { get; private set; }

    /// <summary>False: spring (1 January – 30 June); true: autumn (1 July – 31 December).</summary>
    public bool IsAutumn { get; private set; }

    public int Count { get; private set; }

    /// <summary>The name of who entered (or last changed) the count.</summary>
    public string EnteredBy { get; private set; }

    public Instant EnteredAt { get; private set; }

    /// <summary>Where the number comes from, e.g. "MedControl, rapport 2026-07-02".</summary>
    public string? Note { get; private set; }

    public int Version { get; private set; }

    public FollowUpPeriod Period => IsAutumn ? FollowUpPeriod.Autumn(Year) : FollowUpPeriod.Spring(Year);

    /// <summary>Replaces the number; refuses a negative count or one beyond reason, in Swedish.</summary>
    public void Set(int count, string enteredBy, Instant enteredAt, string? note)
    {
        if (count < 0)
        {
            throw new DomainException($"Antalet {Kind.Swedish().ToLowerInvariant()} kan inte vara negativt (fick {count}). Ange 0 eller fler.");
        }

        if (count > MaxCount)
        {
            throw new DomainException("Antalet får vara högst 1 000 000.");
        }

        var by = enteredBy?.Trim();
        EnteredBy = string.IsNullOrEmpty(by) ? throw new DomainException("Ange vem som för in antalet.") : by.Length > 200 ? by[..200] : by;
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (cleanNote?.Length > MaxNoteLength)
        {
            throw new DomainException($"Kommentaren får vara högst {MaxNoteLength} tecken.");
        }

        Count = count;
        EnteredAt = enteredAt;
        Note = cleanNote;
        Version++;
    }
}
