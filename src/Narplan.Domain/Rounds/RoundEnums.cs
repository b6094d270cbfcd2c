namespace Narplan.Domain.Rounds;

/// <summary>How often a round series repeats (DOMAIN.md §4). Stored by name; never renumber.</summary>
public enum RoundRecurrence
{
    /// <summary>Once a week on <see cref="RoundSeries.Weekday"/> (en gång i veckan).</summary>
    Weekly,

    /// <summary>
    /// Every other week on <see cref="RoundSeries.Weekday"/> (varannan vecka): the week (Monday–Sunday) that holds
    /// <see cref="RoundSeries.AnchorDate"/> is a round week, and so is every second week counted from it.
    /// </summary>
    EveryOtherWeek,

    /// <summary>Every week on two named days, <see cref="RoundSeries.Weekday"/> and <see cref="RoundSeries.SecondWeekday"/> (två gånger i veckan).</summary>
    TwiceAWeek,
}

/// <summary>What happens to a round that would fall on a helgdag or one of the three eves. Stored by name.</summary>
public enum HolidayPolicy
{
    /// <summary>Moved to the next working day at the same local time (flyttas till nästa vardag).</summary>
    MoveToNextWorkingDay,

    /// <summary>Cancelled (ställs in).</summary>
    Cancel,
}

/// <summary>Where an occurrence stands. <see cref="Planned"/> until it is held, moved or cancelled.</summary>
public enum RoundStatus
{
    Planned,
    Moved,
    Cancelled,
    Held,
}

/// <summary>Why a round was cancelled (orsak till inställd rond). Stored by name; never renumber.</summary>
public enum RoundCancelReason
{
    /// <summary>Set by the calendar, never chosen: the round fell on a helgdag or an eve.</summary>
    Holiday,
    DoctorAbsent,
    DoctorBusyWithEmergency,
    NothingToDiscuss,
    StaffShortage,
    Other,
}

public static class RoundNames
{
    public static string Swedish(this RoundRecurrence recurrence) => recurrence switch
    {
        RoundRecurrence.Weekly => "Varje vecka",
        RoundRecurrence.EveryOtherWeek => "Varannan vecka",
        RoundRecurrence.TwiceAWeek => "Två gånger i veckan",
        _ => recurrence.ToString(),
    };

    public static string Swedish(this HolidayPolicy policy) => policy switch
    {
        HolidayPolicy.MoveToNextWorkingDay => "Flyttas till nästa vardag",
        HolidayPolicy.Cancel => "Ställs in",
        _ => policy.ToString(),
    };

    public static string Swedish(this RoundStatus status) => status switch
    {
        RoundStatus.Planned => "Planerad",
        RoundStatus.Moved => "Flyttad",
        RoundStatus.Cancelled => "Inställd",
        RoundStatus.Held => "Genomförd",
        _ => status.ToString(),
    };

    public static string Swedish(this RoundCancelReason reason) => reason switch
    {
        RoundCancelReason.Holiday => "Helgdag",
        RoundCancelReason.DoctorAbsent => "Läkaren frånvarande",
        RoundCancelReason.DoctorBusyWithEmergency => "Läkaren upptagen av akut ärende",
        RoundCancelReason.NothingToDiscuss => "Inga ärenden att ta upp",
        RoundCancelReason.StaffShortage => "Personalbrist på enheten",
        RoundCancelReason.Other => "Annan orsak",
        _ => reason.ToString(),
    };

    /// <summary>Swedish weekday name in lower case, as in "varannan tisdag".</summary>
    public static string Swedish(this NodaTime.IsoDayOfWeek day) => day switch
    {
        NodaTime.IsoDayOfWeek.Monday => "måndag",
        NodaTime.IsoDayOfWeek.Tuesday => "tisdag",
        NodaTime.IsoDayOfWeek.Wednesday => "onsdag",
        NodaTime.IsoDayOfWeek.Thursday => "torsdag",
        NodaTime.IsoDayOfWeek.Friday => "fredag",
        NodaTime.IsoDayOfWeek.Saturday => "lördag",
        NodaTime.IsoDayOfWeek.Sunday => "söndag",
        _ => day.ToString(),
    };
}
