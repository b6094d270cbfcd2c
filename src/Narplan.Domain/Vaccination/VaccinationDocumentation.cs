namespace Narplan.Domain.Vaccination;

/// <summary>
/// Seed 000: "Kommunal primärvård ansvarar för att vaccinationsunderlag/hälsodeklaration inkommer till vårdcentralen
/// senast en vecka efter given/givna doser." The due day is the same weekday one calendar week after the dose, whatever
/// that day is: a dose given on Friday 12 June 2026 is due documented by Friday 19 June 2026 even though that Friday is
/// midsommarafton (decision 0076). The due day itself is on time; the day after it the documentation is overdue.
/// Because the vårdcentral is closed on a holiday or an eve, <see cref="LastWorkingDayToSend"/> gives the last working
/// day on or before the due day, which the lists show as advice (Thursday 18 June 2026 in that example).
/// </summary>
public static class VaccinationDocumentation
{
    /// <summary>"senast en vecka efter given dos".</summary>
    public const int DaysAfterDose = 7;

    /// <summary>The day the documentation must have reached the vårdcentral (included).</summary>
    public static LocalDate DueOn(LocalDate givenOn) => givenOn.PlusDays(DaysAfterDose);

    /// <summary>
    /// The last working day (vardag: not a weekend, holiday or midsommar-, jul- or nyårsafton) on or before the due day,
    /// when the vårdcentral is open to receive the documentation; the dose day itself at the earliest.
    /// </summary>
    public static LocalDate LastWorkingDayToSend(LocalDate givenOn)
    {
        var calendar = SwedishCalendar.Instance;
        for (var day = DueOn(givenOn); day > givenOn; day = day.PlusDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                return day;
            }
        }

        return givenOn;
    }

    /// <summary>Whether the due day is not a working day at the vårdcentral (a weekend, holiday or eve).</summary>
    public static bool DueOnNonWorkingDay(LocalDate givenOn) => !SwedishCalendar.Instance.IsWorkingDay(DueOn(givenOn));
}
