using System.Text.RegularExpressions;

namespace Narplan.Domain.YearPlans;

/// <summary>
/// The settings a year plan is made with, stored with its planning run (<see cref="YearPlanRun.Settings"/>): the longest
/// interval between two annual reviews, where the review slots come from (the rounds, so many reviews each, or the
/// doctor's contact time) and the vacation periods. When they differ from the last run's, the next planning starts afresh
/// (decision 0024). Two are equal when they plan alike: the vacations are a set, so neither their order nor the stored
/// text's spacing is a change (decision 0095).
/// </summary>
public sealed partial record YearPlanRunSettings
{
    /// <param name="intervalMonths">The longest time between two reviews, in months.</param>
    /// <param name="reviewsPerRound">Reviews per round occurrence; null when the reviews are booked in contact time.</param>
    /// <param name="vacations">The vacation periods; a period given twice counts once.</param>
    public YearPlanRunSettings(int intervalMonths, int? reviewsPerRound, IEnumerable<VacationPeriod> vacations)
    {
        IntervalMonths = intervalMonths;
        ReviewsPerRound = reviewsPerRound;
        Vacations = vacations.Distinct().ToList();
    }

    public int IntervalMonths { get; }

    /// <summary>Reviews per round occurrence; null when the reviews are booked in the doctor's contact time.</summary>
    public int? ReviewsPerRound { get; }

    public bool UsesContactTime => ReviewsPerRound is null;

    /// <summary>The vacation periods, each once, in the order given.</summary>
    public IReadOnlyList<VacationPeriod> Vacations { get; }

    /// <summary>What the planner follows: the interval and the vacations.</summary>
    public YearPlanSettings ForPlanner() => new(Period.FromMonths(IntervalMonths), Vacations);

    public bool Equals(YearPlanRunSettings? other) =>
        other is not null && IntervalMonths == other.IntervalMonths && ReviewsPerRound == other.ReviewsPerRound
        && Vacations.Count == other.Vacations.Count && Vacations.All(other.Vacations.Contains);

    public override int GetHashCode()
    {
        // Order-free over the vacations, as Equals is.
        var vacations = 0;
        foreach (var vacation in Vacations)
        {
            vacations ^= vacation.GetHashCode();
        }

        return HashCode.Combine(IntervalMonths, ReviewsPerRound, vacations);
    }

    /// <summary>The stored text, e.g. "12 mån; 3/rond; vecka 26–32; 23/12–6/1" or "12 mån; kontakttid" (no patient data).</summary>
    public string Format() =>
        string.Join("; ", new[] { $"{Number(IntervalMonths)} mån", ReviewsPerRound is { } n ? $"{Number(n)}/rond" : "kontakttid" }
            .Concat(Vacations.Select(v => v.Describe())));

    /// <summary>
    /// Reads <see cref="Format"/>'s text back, whatever the spacing and the vacations' order; null when it is not such a
    /// text (then the stored run is not trusted and the next planning starts afresh).
    /// </summary>
    public static YearPlanRunSettings? Parse(string? text)
    {
        var parts = (text ?? "").Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || IntervalPart().Match(parts[0]) is not { Success: true } interval)
        {
            return null;
        }

        int? perRound;
        if (string.Equals(parts[1], "kontakttid", StringComparison.Ordinal))
        {
            perRound = null;
        }
        else if (PerRoundPart().Match(parts[1]) is { Success: true } round)
        {
            perRound = int.Parse(round.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        }
        else
        {
            return null;
        }

        var vacations = new List<VacationPeriod>();
        foreach (var part in parts.Skip(2))
        {
            if (VacationPart(part) is not { } vacation)
            {
                return null;
            }

            vacations.Add(vacation);
        }

        return new(int.Parse(interval.Groups[1].ValueSpan, CultureInfo.InvariantCulture), perRound, vacations);
    }

    private static VacationPeriod? VacationPart(string part)
    {
        if (WeeksPart().Match(part) is { Success: true } weeks)
        {
            return VacationPeriod.IsoWeeks(Int(weeks, 1), Int(weeks, 2));
        }

        if (DatesPart().Match(part) is { Success: true } dates)
        {
            try
            {
                // Describe writes day/month.
                return VacationPeriod.Dates(new AnnualDate(Int(dates, 2), Int(dates, 1)), new AnnualDate(Int(dates, 4), Int(dates, 3)));
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        return null;
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^([0-9]{1,3})\s*mån$")]
    private static partial Regex IntervalPart();

    [GeneratedRegex(@"^([0-9]{1,3})\s*/\s*rond$")]
    private static partial Regex PerRoundPart();

    [GeneratedRegex(@"^vecka\s*([0-9]{1,2})\s*[–-]\s*([0-9]{1,2})$")]
    private static partial Regex WeeksPart();

    [GeneratedRegex(@"^([0-9]{1,2})\s*/\s*([0-9]{1,2})\s*[–-]\s*([0-9]{1,2})\s*/\s*([0-9]{1,2})$")]
    private static partial Regex DatesPart();
}
