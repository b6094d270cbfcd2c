using Narplan.Domain.Responsibility;
using Narplan.Domain.Rounds;
using NodaTime;

namespace Narplan.Domain.Tests.Rounds;

/// <summary>Series shaped like the seed 002 rounds in Lidköping, for the tests.</summary>
internal static class RoundTestSeries
{
    public static readonly Guid Unit = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    public static RoundSchedule Schedule(
        RoundRecurrence recurrence, IsoDayOfWeek day, HolidayPolicy policy, LocalDate? anchor = null, IsoDayOfWeek? second = null,
        int hour = 9, int minute = 0, LocalDate? from = null, LocalDate? to = null, int minutes = 90) =>
        new(null, recurrence, day, second, anchor, new LocalTime(hour, minute), minutes, MeetingForm.PaPlats, "Personalrummet",
            from ?? 1.January(2026), to, policy);

    /// <summary>Bäckliden: every other Thursday 09:00 from the week of 8 January 2026 (so 24 December is a round week).</summary>
    public static RoundSeries BacklidenLike(HolidayPolicy policy) =>
        new(Unit, Schedule(RoundRecurrence.EveryOtherWeek, IsoDayOfWeek.Thursday, policy, anchor: 8.January(2026)));

    /// <summary>Every other Friday 13:00 with 19 June 2026 (midsommarafton) in a round week.</summary>
    public static RoundSeries FridayEveryOtherWeek(HolidayPolicy policy) =>
        new(Unit, Schedule(RoundRecurrence.EveryOtherWeek, IsoDayOfWeek.Friday, policy, anchor: 5.June(2026), hour: 13));

    public static IEnumerable<LocalDate> Dates(this IEnumerable<RoundOccurrence> occurrences) => occurrences.Select(o => o.Date);
}
