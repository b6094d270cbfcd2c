namespace Narplan.Domain.Rounds;

/// <summary>A follow-up period of DOMAIN.md §10: spring (vår, January–June) or autumn (höst, July–December) of a year.</summary>
public readonly record struct HalfYear(int Year, bool IsAutumn)
{
    public LocalDate From => new(Year, IsAutumn ? 7 : 1, 1);

    /// <summary>The last day (included).</summary>
    public LocalDate To => IsAutumn ? new(Year, 12, 31) : new(Year, 6, 30);

    public string Swedish => $"{(IsAutumn ? "Hösten" : "Våren")} {Year}";

    public static HalfYear Of(LocalDate date) => new(date.Year, date.Month > 6);

    public HalfYear Previous => IsAutumn ? new(Year, false) : new(Year - 1, true);

    public HalfYear Next => IsAutumn ? new(Year + 1, false) : new(Year, true);

    /// <summary>"2026-h1" / "2026-h2", for links.</summary>
    public string Key => $"{Year}-h{(IsAutumn ? 2 : 1)}";

    public static HalfYear? Parse(string? key) =>
        key is { Length: 7 } && int.TryParse(key[..4], out var year) && key[4..6] == "-h" && key[6] is '1' or '2'
            ? new HalfYear(year, key[6] == '2')
            : null;
}

/// <summary>
/// Rounds held against planned in one period (gemensam uppföljning, DOMAIN.md §10). <see cref="Planned"/> counts every
/// occurrence the series gave, also those the calendar moved or cancelled; <see cref="Moved"/> those whose time
/// differs from the pattern's (by a holiday or by hand) whatever became of them; <see cref="NotReported"/> those that
/// have started but were neither marked held nor cancelled (<see cref="RoundOccurrence.StatusAt"/>).
/// </summary>
public sealed record RoundTally(int Planned, int Held, int Cancelled, int Moved, int NotReported, IReadOnlyDictionary<RoundCancelReason, int> CancelledByReason)
{
    public static RoundTally Of(IEnumerable<RoundOccurrence> occurrences, Instant now)
    {
        int planned = 0, held = 0, cancelled = 0, moved = 0, notReported = 0;
        var reasons = new Dictionary<RoundCancelReason, int>();
        foreach (var o in occurrences)
        {
            planned++;
            if (o.Start.ToInstant() != o.OriginalStart.ToInstant())
            {
                moved++;
            }

            switch (o.StatusAt(now))
            {
                case RoundReportStatus.Held:
                    held++;
                    break;
                case RoundReportStatus.Cancelled:
                    cancelled++;
                    var reason = o.CancelReason ?? RoundCancelReason.Other;
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    break;
                case RoundReportStatus.NotReported:
                    notReported++;
                    break;
            }
        }

        return new RoundTally(planned, held, cancelled, moved, notReported, reasons);
    }

    /// <summary>Held as a share of those that have taken place or should have (held + not reported), 0–100; null when none.</summary>
    public int? HeldPercent => Held + NotReported + CancelledNotForHoliday == 0 ? null : (int)Math.Round(100.0 * Held / (Held + NotReported + CancelledNotForHoliday));

    private int CancelledNotForHoliday => Cancelled - CancelledByReason.GetValueOrDefault(RoundCancelReason.Holiday);
}
