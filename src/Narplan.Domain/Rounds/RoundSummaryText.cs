namespace Narplan.Domain.Rounds;

/// <summary>
/// Bilaga 1's "Dag och tid" from the round series: "tisdagar 13.00, varannan vecka, på plats".
/// </summary>
public static class RoundSummaryText
{
    /// <summary>
    /// For each unit, the series in force on <paramref name="date"/> (several joined with "; ", by weekday and time);
    /// a unit whose series all start later shows the first of them with "(från yyyy-MM-dd)"; units without series are left out.
    /// </summary>
    public static IReadOnlyDictionary<Guid, string> ByUnit(IEnumerable<RoundSeries> series, LocalDate date)
    {
        var result = new Dictionary<Guid, string>();
        foreach (var unit in series.GroupBy(s => s.CareUnitId))
        {
            var current = unit.Where(s => s.ValidFrom <= date && (s.ValidTo is null || s.ValidTo >= date)).ToList();
            if (current.Count > 0)
            {
                result[unit.Key] = string.Join("; ", current.OrderBy(s => s.Weekday).ThenBy(s => s.StartTime).Select(s => Describe(s)));
            }
            else if (unit.Where(s => s.ValidFrom > date).MinBy(s => s.ValidFrom) is { } next)
            {
                result[unit.Key] = Describe(next, next.ValidFrom);
            }
        }

        return result;
    }

    /// <summary>"tisdagar 13.00, varannan vecka, på plats"; "måndagar och torsdagar 10.00, varje vecka, på plats".</summary>
    public static string Describe(RoundSeries s, LocalDate? startsOn = null)
    {
        var days = s.Recurrence == RoundRecurrence.TwiceAWeek && s.SecondWeekday is { } second
            ? $"{Plural(s.Weekday)} och {Plural(second)}"
            : Plural(s.Weekday);
        var rhythm = s.Recurrence == RoundRecurrence.EveryOtherWeek ? "varannan vecka" : "varje vecka";
        var text = $"{days} {s.StartTime.Hour:00}.{s.StartTime.Minute:00}, {rhythm}, {Form(s.MeetingForm)}";
        return startsOn is { } from ? $"{text} (från {from.Year:0000}-{from.Month:00}-{from.Day:00})" : text;
    }

    private static string Plural(IsoDayOfWeek day) => day.Swedish() + "ar";

    private static string Form(MeetingForm form) => form switch
    {
        MeetingForm.PaPlats => "på plats",
        MeetingForm.Telefon => "per telefon",
        MeetingForm.Teams => "via Teams/video",
        MeetingForm.PaVardcentralen => "på vårdcentralen",
        _ => form.Swedish(),
    };
}
