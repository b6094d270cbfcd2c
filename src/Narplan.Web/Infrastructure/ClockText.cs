namespace Narplan.Web.Infrastructure;

/// <summary>
/// Clock times as pages show them to people: Swedish "13.00", as the seeds and the plan documents write them
/// (decision 0057). Form inputs (datetime-local, time) and machine formats (ISO 8601, ICS, JSON, CSV, log records with
/// seconds) keep the colon.
/// </summary>
public static class ClockText
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH'.'mm");

    /// <summary>"13.00".</summary>
    public static string Time(LocalTime time) => TimePattern.Format(time);

    /// <summary>"13.00" in Stockholm time.</summary>
    public static string Time(Instant at) => Time(at.InZone(Stockholm.Zone).TimeOfDay);

    /// <summary>"2026-06-19 13.00".</summary>
    public static string DateTime(LocalDateTime at) => at.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + Time(at.TimeOfDay);

    /// <summary>"2026-06-19 13.00" in Stockholm time.</summary>
    public static string DateTime(Instant at) => DateTime(at.InZone(Stockholm.Zone).LocalDateTime);

    /// <summary>"fredag 19 juni 2026 kl. 23.00", for sentences.</summary>
    public static string LongDateTime(LocalDateTime at) =>
        at.Date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("sv-SE")) + " kl. " + Time(at.TimeOfDay);
}
