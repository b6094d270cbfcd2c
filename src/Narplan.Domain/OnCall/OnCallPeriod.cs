namespace Narplan.Domain.OnCall;

/// <summary>Who covers a period by the region's rule: the vårdcentral (daytime) or the beredskapsjour.</summary>
public enum OnCallPeriodKind
{
    /// <summary>Daytime on a day that has one: the unit's responsible vårdcentral.</summary>
    Daytime,

    /// <summary>Every other instant: the region's beredskapsjour.</summary>
    OnCall,
}

/// <summary>
/// One maximal stretch of daytime or on-call, half-open: <see cref="From"/> is included, <see cref="Until"/> is not
/// (at <see cref="Until"/> the other kind starts). Both are instants computed from local times in Europe/Stockholm,
/// so <see cref="Length"/> is real elapsed time: the on-call weekend over the spring DST night is an hour shorter
/// and over the autumn night an hour longer.
/// </summary>
public sealed record OnCallPeriod(OnCallPeriodKind Kind, Instant From, Instant Until)
{
    /// <summary>Elapsed time from <see cref="From"/> to <see cref="Until"/>.</summary>
    public Duration Length => Until - From;

    /// <summary>Whether the instant lies in <c>[From, Until)</c>.</summary>
    public bool Contains(Instant instant) => From <= instant && instant < Until;
}
