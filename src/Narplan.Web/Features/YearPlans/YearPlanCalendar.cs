namespace Narplan.Web.Features.YearPlans;

/// <summary>What a weekday of the heat map is.</summary>
public enum DayKind
{
    /// <summary>A working day without a round: no reviews can be booked.</summary>
    NoRound,

    /// <summary>A working day with a round (slots).</summary>
    Round,

    /// <summary>A working day in the närområde's vacation period.</summary>
    Vacation,

    /// <summary>A public holiday or an eve counted as a holiday on a weekday.</summary>
    Holiday,
}

public sealed record HeatDay(LocalDate Date, DayKind Kind, int Reviews, int Capacity, string? Holiday, int Late = 0);

/// <summary>One ISO week column of the heat map (Monday–Friday of the planning year).</summary>
public sealed record HeatWeek(int Week, LocalDate Monday, IReadOnlyList<HeatDay?> Days)
{
    public int Reviews => Days.Sum(d => d?.Reviews ?? 0);

    public int Capacity => Days.Sum(d => d?.Capacity ?? 0);

    public int Late => Days.Sum(d => d?.Late ?? 0);

    public bool IsVacation => Days.All(d => d is null || d.Kind is DayKind.Vacation or DayKind.Holiday) && Days.Any(d => d?.Kind == DayKind.Vacation);
}

/// <summary>The year plan as weeks × weekdays for the heat map and its table alternative.</summary>
public static class YearPlanCalendar
{
    public static IReadOnlyList<HeatWeek> Build(int year, YearPlanSettings settings, IReadOnlyList<ReviewSlot> slots, IEnumerable<AnnualReview> reviews)
    {
        var capacity = slots.ToDictionary(s => s.Date, s => s.Capacity);
        var load = reviews.Where(r => r.Date is not null && r.Status is AnnualReviewStatus.Planned or AnnualReviewStatus.Done)
            .GroupBy(r => r.Date!.Value).ToDictionary(g => g.Key, g => g.Count());
        var late = reviews.Where(r => r.IsLate).GroupBy(r => r.Date!.Value).ToDictionary(g => g.Key, g => g.Count());
        var weeks = new List<HeatWeek>();
        for (var monday = IsoWeek.MondayOf(new LocalDate(year, 1, 1)); monday.Year <= year; monday = monday.PlusWeeks(1))
        {
            var days = new HeatDay?[5];
            for (var i = 0; i < 5; i++)
            {
                var date = monday.PlusDays(i);
                if (date.Year != year)
                {
                    continue;
                }

                var holiday = SwedishCalendar.Instance.IsWorkingDay(date) ? null : SwedishCalendar.Instance.HolidayOn(date)?.Name ?? "Helgdag";
                var kind = holiday is not null ? DayKind.Holiday
                    : settings.Vacations.Any(v => v.Contains(date)) ? DayKind.Vacation
                    : capacity.ContainsKey(date) ? DayKind.Round
                    : DayKind.NoRound;
                days[i] = new HeatDay(date, kind, load.GetValueOrDefault(date), kind == DayKind.Round ? capacity[date] : 0, holiday, late.GetValueOrDefault(date));
            }

            weeks.Add(new HeatWeek(IsoWeek.Of(monday).Week, monday, days));
        }

        return weeks;
    }
}
