namespace Narplan.Domain.Calendars;

/// <summary>What kind of non-working day a named <see cref="Holiday"/> is (DOMAIN.md §5). Stored by name; never renumber.</summary>
public enum HolidayKind
{
    /// <summary>Allmän helgdag: a public holiday by law (lag (1989:253) om allmänna helgdagar).</summary>
    Helgdag,

    /// <summary>
    /// Aftonhelg: an eve that is not a helgdag by law but that the VGR rule counts as a holiday
    /// (midsommarafton, julafton, nyårsafton). It is not a working day.
    /// </summary>
    Aftonhelg,
}
