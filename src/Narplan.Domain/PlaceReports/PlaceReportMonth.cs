namespace Narplan.Domain.PlaceReports;

/// <summary>
/// The month rules of the monthly läkarmedverkan report to VGR (DOMAIN.md §10: "VGR pays for läkarmedverkan by the number
/// of places in SÄBO/LSS and korttidsboende on the last day of each month, reported monthly one month in arrears";
/// decision 0083). A month is counted on its last calendar day; its report can be made from the first day of the next
/// month and is due by the last day of that next month.
/// </summary>
public static class PlaceReportMonth
{
    /// <summary>The day the places are counted: the month's last calendar day (28 Feb 2026, 29 Feb 2028, 31 Oct 2026).</summary>
    public static LocalDate CountedOn(YearMonth month) =>
        month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month));

    /// <summary>The first day the report can be made: the day after <see cref="CountedOn"/>.</summary>
    public static LocalDate OpensOn(YearMonth month) => CountedOn(month).PlusDays(1);

    /// <summary>One month in arrears: due by the last day of the following month.</summary>
    public static LocalDate DueOn(YearMonth month) => CountedOn(month.PlusMonths(1));

    /// <summary>Whether the month has ended on <paramref name="today"/>, so its last day's places are known.</summary>
    public static bool HasEnded(YearMonth month, LocalDate today) => today > CountedOn(month);

    /// <summary>The month whose report is due now: the month before <paramref name="today"/>'s.</summary>
    public static YearMonth Previous(LocalDate today) => today.ToYearMonth().PlusMonths(-1);

    /// <summary>
    /// Checks a month asked for a report: within the supported years and ended on <paramref name="today"/>; otherwise a
    /// Swedish message saying why not.
    /// </summary>
    public static string? Refusal(YearMonth month, LocalDate today)
    {
        if (!SupportedDates.ContainsYear(month.Year))
        {
            return SupportedDates.YearOutOfRangeMessage;
        }

        if (!HasEnded(month, today))
        {
            return month > today.ToYearMonth()
                ? $"{Swedish(month)} har inte börjat än. Rapporten kan göras först när månaden är slut."
                : $"{Swedish(month)} är inte slut än. Platserna räknas den sista dagen i månaden ({CountedOn(month):yyyy-MM-dd}); rapporten kan göras från {OpensOn(month):yyyy-MM-dd}.";
        }

        return null;
    }

    private static readonly string[] MonthNames =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>"november 2026".</summary>
    public static string Swedish(YearMonth month) => $"{MonthNames[month.Month - 1]} {month.Year}";

    /// <summary>"November 2026".</summary>
    public static string SwedishCapitalised(YearMonth month)
    {
        var text = Swedish(month);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}

/// <summary>Which months' reports are to be reminded of (decision 0083).</summary>
public static class PlaceReportReminders
{
    /// <summary>
    /// The months not marked sent that are to be reported on <paramref name="today"/>, oldest first: the month just ended
    /// (due by the end of this month), and every earlier month from the kommun's first month marked sent (Närplan reminds
    /// from the month the kommun started reporting through it, not of years before).
    /// </summary>
    public static IReadOnlyList<YearMonth> Due(IReadOnlySet<YearMonth> sent, LocalDate today)
    {
        var previous = PlaceReportMonth.Previous(today);
        var first = sent.Count == 0 ? previous : sent.Min();
        var months = new List<YearMonth>();
        for (var m = first; m <= previous; m = m.PlusMonths(1))
        {
            if (!sent.Contains(m))
            {
                months.Add(m);
            }
        }

        return months;
    }

    /// <summary>
    /// Refuses a change of places from <paramref name="from"/> when it would rewrite a month already reported: on or
    /// before <paramref name="lastSentDay"/>, the last day of the latest month marked sent. Null when allowed.
    /// </summary>
    public static string? ChangeRefusal(LocalDate from, LocalDate? lastSentDay) =>
        lastSentDay is { } last && from <= last
            ? $"Platsrapporten för {PlaceReportMonth.Swedish(last.ToYearMonth())} är redan skickad till VGR. En ändring kan gälla från {last.PlusDays(1):yyyy-MM-dd} eller senare."
            : null;
}
