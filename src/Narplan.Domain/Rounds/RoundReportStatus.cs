namespace Narplan.Domain.Rounds;

/// <summary>
/// Where a round stands as people read it at an instant: the stored <see cref="RoundStatus"/> plus
/// <see cref="NotReported"/> for a round that has started but was neither marked held nor cancelled. Derived, never
/// stored: the unit page, the occurrence page, the doctor page, /ronder, the API, the calendar feeds and the
/// half-year figures all read it from <see cref="RoundOccurrence.StatusAt"/>, so they never disagree.
/// </summary>
public enum RoundReportStatus
{
    /// <summary>Has not started yet, at the pattern's time.</summary>
    Planned,

    /// <summary>Has not started yet, at another time than the pattern's (a holiday or by hand).</summary>
    Moved,

    /// <summary>Ej rapporterad: its start has passed and nobody marked it held or cancelled (moved or not).</summary>
    NotReported,

    /// <summary>Marked held (genomförd).</summary>
    Held,

    /// <summary>Cancelled, by the calendar (helgdag) or by hand.</summary>
    Cancelled,
}

public static class RoundReportStatusNames
{
    public static string Swedish(this RoundReportStatus status) => status switch
    {
        RoundReportStatus.Planned => "Planerad",
        RoundReportStatus.Moved => "Flyttad",
        RoundReportStatus.NotReported => "Ej rapporterad",
        RoundReportStatus.Held => "Genomförd",
        RoundReportStatus.Cancelled => "Inställd",
        _ => status.ToString(),
    };

    /// <summary>The API's name: <c>planned</c>, <c>moved</c>, <c>not-reported</c>, <c>held</c>, <c>cancelled</c>.</summary>
    public static string ApiName(this RoundReportStatus status) => status switch
    {
        RoundReportStatus.Moved => "moved",
        RoundReportStatus.NotReported => "not-reported",
        RoundReportStatus.Held => "held",
        RoundReportStatus.Cancelled => "cancelled",
        _ => "planned",
    };
}
