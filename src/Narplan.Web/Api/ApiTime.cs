namespace Narplan.Web.Api;

/// <summary>
/// The one way the API writes a point in time: ISO 8601 with seconds and the Swedish offset of that moment,
/// <c>2026-06-19T22:00:00+02:00</c> (never <c>Z</c>, so a reader sees the local time the plan speaks of).
/// </summary>
public static class ApiTime
{
    private static readonly OffsetDateTimePattern Iso8601 =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    /// <summary>The instant in Swedish time (Europe/Stockholm).</summary>
    public static string Format(Instant instant) => Format(instant.InZone(Stockholm.Zone));

    /// <summary>The time with the offset it has in its own zone.</summary>
    public static string Format(ZonedDateTime time) => Iso8601.Format(time.ToOffsetDateTime());
}
