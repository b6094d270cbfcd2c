using NodaTime.TimeZones;

namespace Narplan.Domain.OnCall;

/// <summary>
/// Splits time into daytime and on-call periods for a <see cref="OnCallRuleProfile"/> (DOMAIN.md §5): for an
/// instant, which kind it is and where that period starts and ends — e.g. Friday 17:00 until the next day with
/// daytime, 08:00.
/// </summary>
/// <remarks>
/// <para>
/// Period ends are local dates and times in <see cref="Stockholm.Zone"/> turned into instants, never a start plus a
/// fixed duration: Friday 27 March 2026 17:00 → Monday 30 March 08:00 is 62 hours (the clocks skip 02:00–03:00 on
/// the 29th), Friday 23 October 2026 17:00 → Monday 26 October 08:00 is 64 hours (03:00–02:00 repeats on the 25th).
/// </para>
/// <para>
/// Local → instant uses <see cref="BoundaryResolver"/>, not <c>InZoneLeniently</c> or <c>InZoneStrictly</c>:
/// a boundary time that occurs twice (autumn, 02:00–02:59) means its first occurrence, as Leniently would; a
/// boundary time the clocks skip (spring, 02:00–02:59) means the instant the clocks jump to 03:00 — Leniently
/// would shift it a whole hour later to 03:30, and Strictly would throw on a profile an administrator may enter.
/// With the preset boundaries 08:00 and 17:00 neither case arises, and the result equals <c>InZoneStrictly</c>.
/// </para>
/// <para>Pure and thread-safe; the instant comes from the caller (inject the clock there).</para>
/// </remarks>
public static class OnCallPeriods
{
    /// <summary>
    /// How a boundary's local time becomes an instant: earlier of two occurrences; for a skipped time, the
    /// first instant after the gap (see the type's remarks).
    /// </summary>
    public static ZoneLocalMappingResolver BoundaryResolver { get; } =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    // A profile with no daytime for this long is broken; stop instead of walking to the calendar's end.
    private const int MaxDaysWithoutDaytime = 30;

    /// <summary>The daytime or on-call period that contains the instant, using the shared Swedish calendar.</summary>
    public static OnCallPeriod PeriodAt(OnCallRuleProfile profile, Instant instant) =>
        PeriodAt(profile, instant, SwedishCalendar.Instance);

    /// <summary>The daytime or on-call period that contains the instant.</summary>
    public static OnCallPeriod PeriodAt(OnCallRuleProfile profile, Instant instant, SwedishCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(calendar);

        var local = instant.InZone(Stockholm.Zone).LocalDateTime;
        var date = local.Date;
        var time = local.TimeOfDay;
        var hasDaytime = profile.HasDaytime(date, calendar);

        if (hasDaytime && profile.DaytimeStart <= time && time < profile.DaytimeEnd)
        {
            return new OnCallPeriod(
                OnCallPeriodKind.Daytime,
                ToInstant(date + profile.DaytimeStart),
                ToInstant(date + profile.DaytimeEnd));
        }

        // On call: from the end of the latest daytime before the instant to the start of the next one.
        var from = hasDaytime && time >= profile.DaytimeEnd
            ? date
            : Step(profile, calendar, date, -1);
        var until = hasDaytime && time < profile.DaytimeStart
            ? date
            : Step(profile, calendar, date, +1);

        return new OnCallPeriod(
            OnCallPeriodKind.OnCall,
            ToInstant(from + profile.DaytimeEnd),
            ToInstant(until + profile.DaytimeStart));
    }

    /// <summary>Whether the instant is in the vårdcentral's daytime by the profile.</summary>
    public static bool IsDaytime(OnCallRuleProfile profile, Instant instant) =>
        PeriodAt(profile, instant).Kind == OnCallPeriodKind.Daytime;

    /// <summary>A boundary's local date and time in Stockholm as an instant, by <see cref="BoundaryResolver"/>.</summary>
    public static Instant ToInstant(LocalDateTime local) =>
        local.InZone(Stockholm.Zone, BoundaryResolver).ToInstant();

    /// <summary>The nearest date strictly before (direction −1) or after (+1) that has daytime.</summary>
    private static LocalDate Step(OnCallRuleProfile profile, SwedishCalendar calendar, LocalDate date, int direction)
    {
        for (var i = 0; i < MaxDaysWithoutDaytime; i++)
        {
            date = date.PlusDays(direction);
            if (profile.HasDaytime(date, calendar))
            {
                return date;
            }
        }

        throw new InvalidOperationException(
            $"Regelprofilen '{profile.Name}' har ingen dagtid på {MaxDaysWithoutDaytime} dagar kring {date:yyyy-MM-dd}.");
    }
}
