using Narplan.Domain.Calendars;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

/// <summary>Swedish local times in tests: <c>19.June(2026).At(23, 0)</c> is that wall-clock time in Stockholm.</summary>
internal static class OnCallTestTimes
{
    /// <summary>The instant of an unambiguous local time in Europe/Stockholm (throws if it is skipped or repeated).</summary>
    public static Instant At(this LocalDate date, int hour, int minute = 0) =>
        (date + new LocalTime(hour, minute)).InZoneStrictly(Stockholm.Zone).ToInstant();

    /// <summary>The Stockholm local date and time of an instant, for readable assertions.</summary>
    public static LocalDateTime Local(this Instant instant) => instant.InZone(Stockholm.Zone).LocalDateTime;

    public static LocalDateTime Local(this LocalDate date, int hour, int minute = 0) => date + new LocalTime(hour, minute);
}
