namespace Narplan.Domain.OnCall;

/// <summary>
/// Who answers over a stretch of time, as consecutive answers of the one resolution function
/// (<see cref="OnCallResolver"/>): for the week view and the printed card. Each answer's period is clipped to the
/// stretch, so the periods tile <c>[from, until)</c> without gaps or overlaps.
/// </summary>
public static class OnCallTimeline
{
    /// <summary>
    /// The answers covering <c>[from, until)</c>. <paramref name="queryAt"/> builds the query for an instant, so the
    /// unit's responsibility, the overrides and the rule profile version can change within the stretch.
    /// </summary>
    public static IEnumerable<OnCallAnswer> Between(Func<Instant, OnCallQuery> queryAt, Instant from, Instant until)
    {
        ArgumentNullException.ThrowIfNull(queryAt);
        if (until <= from)
        {
            yield break;
        }

        var cursor = from;
        while (cursor < until)
        {
            var answer = OnCallResolver.Resolve(queryAt(cursor));
            var end = answer.Until < until ? answer.Until : until;
            yield return answer with { From = cursor, Until = end };
            cursor = end;
        }
    }
}
