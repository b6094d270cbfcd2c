namespace Narplan.Domain.YearPlans;

/// <summary>Why a review is on the plan.</summary>
public enum ReviewReason
{
    /// <summary>The yearly review, placed evenly and no later than <see cref="PlannedReview.DueBy"/>.</summary>
    Annual,

    /// <summary>A new patient (no previous review): as soon as capacity allows.</summary>
    NewPatient,

    /// <summary>A deterioration after the previous review: as soon as capacity allows.</summary>
    Deterioration,

    /// <summary>The previous review is more than the interval ago already at the plan's start: as soon as capacity allows.</summary>
    Overdue,
}

/// <summary>
/// One annual review on the plan. <see cref="DueBy"/> is the previous review plus the interval (null for a new patient);
/// a review after it is <see cref="IsLate"/>, which happens only when the unit's slots cannot take every patient in time.
/// </summary>
public sealed record PlannedReview(PatientId PatientId, LocalDate Date, LocalDate? DueBy, ReviewReason Reason)
{
    public bool IsLate => DueBy is { } due && Date > due;
}

/// <summary>A patient the plan has no date for, and why (Swedish, for the user).</summary>
public sealed record ReviewShortfall(PatientId PatientId, LocalDate? DueBy, string Reason);

/// <summary>The load of one ISO week that has review slots: reviews planned and slots available.</summary>
public sealed record WeekLoad(int WeekYear, int Week, int Reviews, int Capacity);

/// <summary>
/// The year plan of one unit: a date per patient, or a shortfall entry, never an overbooked slot (decision 0014).
/// The evenness figures count every review in a planning week, whatever its reason.
/// </summary>
public sealed class YearPlan
{
    // Counted on first use: re-planning a whole country does not need it.
    private IReadOnlyDictionary<LocalDate, int>? _dailyLoads;

    internal YearPlan(
        YearPlanInput input, IReadOnlyList<PlannedReview> reviews, IReadOnlyList<ReviewShortfall> shortfalls,
        IReadOnlyList<PatientId> notDue, IReadOnlyList<(LocalDate Date, int Capacity)> days)
    {
        Input = input;
        Reviews = reviews;
        Shortfalls = shortfalls;
        NotDueThisYear = notDue;
        // The reviews and the days are both in date order: one walk counts the reviews of each day, and the days of one
        // ISO week follow each other.
        var weekly = new List<WeekLoad>(days.Count);
        var capacity = 0;
        var next = 0;
        for (var i = 0; i < days.Count;)
        {
            var monday = IsoWeek.MondayOf(days[i].Date);
            var sunday = monday.PlusDays(6);
            var (load, room) = (0, 0);
            for (; i < days.Count && days[i].Date <= sunday; i++)
            {
                while (next < reviews.Count && reviews[next].Date < days[i].Date)
                {
                    next++;
                }

                for (; next < reviews.Count && reviews[next].Date == days[i].Date; next++)
                {
                    load++;
                }

                room += days[i].Capacity;
            }

            var (weekYear, week) = IsoWeek.Of(monday);
            weekly.Add(new WeekLoad(weekYear, week, load, room));
            capacity += room;
        }

        WeeklyLoads = weekly;
        SlotCapacity = capacity;
    }

    public YearPlanInput Input { get; }

    /// <summary>The reviews by date, then patient id.</summary>
    public IReadOnlyList<PlannedReview> Reviews { get; }

    /// <summary>Patients without a date: the unit has more patients than its slots can take this year.</summary>
    public IReadOnlyList<ReviewShortfall> Shortfalls { get; }

    /// <summary>Patients whose previous review is so recent that the next one is due after the planning year.</summary>
    public IReadOnlyList<PatientId> NotDueThisYear { get; }

    /// <summary>Reviews per date.</summary>
    public IReadOnlyDictionary<LocalDate, int> DailyLoads => _dailyLoads ??= CountPerDay(Reviews);

    /// <summary>Every ISO week that has usable slots (working days outside vacation, from the plan's start), in order.</summary>
    public IReadOnlyList<WeekLoad> WeeklyLoads { get; }

    /// <summary>The usable slot capacity of the year (working days outside vacation, from the plan's start).</summary>
    public int SlotCapacity { get; }

    public int MaxWeeklyLoad => WeeklyLoads.Count == 0 ? 0 : WeeklyLoads.Max(w => w.Reviews);

    /// <summary>The sum of squares of the weekly loads: smaller is more even (decision 0014).</summary>
    public long WeeklySumOfSquares => WeeklyLoads.Sum(w => (long)w.Reviews * w.Reviews);

    /// <summary>The sum of squares of the daily loads over the slot days.</summary>
    public long DailySumOfSquares => DailyLoads.Values.Sum(n => (long)n * n);

    /// <summary>
    /// The simple lower bound for the largest weekly load: reviews spread over every week with slots,
    /// ⌈reviews / weeks⌉. Deadlines and uneven slot capacity can make the true optimum higher.
    /// </summary>
    public int WeeklyLowerBound => WeeklyLoads.Count == 0 ? 0 : (Reviews.Count + WeeklyLoads.Count - 1) / WeeklyLoads.Count;

    public int LateCount => Reviews.Count(r => r.IsLate);

    /// <summary>A Swedish sentence about a shortfall for the top of the plan, or null when every patient has a date.</summary>
    public string? ShortfallSummary => Shortfalls.Count == 0
        ? null
        : $"Enheten har {Reviews.Count + Shortfalls.Count} patienter att planera {Input.Year} men bara {SlotCapacity} lediga " +
          $"granskningstider. {Shortfalls.Count} {(Shortfalls.Count == 1 ? "patient får" : "patienter får")} ingen tid: lägg till ronder eller kontakttider.";

    private static Dictionary<LocalDate, int> CountPerDay(IReadOnlyList<PlannedReview> reviews)
    {
        var perDay = new Dictionary<LocalDate, int>();
        foreach (var review in reviews)
        {
            perDay[review.Date] = perDay.GetValueOrDefault(review.Date) + 1;
        }

        return perDay;
    }

    public PlannedReview? ReviewOf(PatientId patientId) => Reviews.FirstOrDefault(r => r.PatientId == patientId);
}
