namespace Narplan.Domain.Calendars;

/// <summary>Domain time is Swedish local time: Europe/Stockholm from the tz database.</summary>
public static class Stockholm
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>Today's date in Sweden at the clock's current instant.</summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;
}
