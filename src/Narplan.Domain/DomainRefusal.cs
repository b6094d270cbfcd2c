namespace Narplan.Domain;

/// <summary>
/// Where a change the domain refuses becomes a command's result (a value, not an exception): a <see cref="FieldRefusal"/>
/// with the field it names (shown beside it), any other <see cref="DomainException"/> without one (shown above the
/// form); both with the Swedish text the domain wrote.
/// </summary>
public static class DomainRefusal
{
    /// <summary>
    /// Makes <paramref name="change"/>; null when it was made, else <paramref name="refused"/>(message, field), with
    /// a null field for a refusal of the whole change.
    /// </summary>
    public static TResult? Of<TResult>(Action change, Func<string, string?, TResult> refused)
        where TResult : class
    {
        try
        {
            change();
            return null;
        }
        catch (FieldRefusal e)
        {
            return refused(e.Message, e.Field);
        }
        catch (DomainException e)
        {
            return refused(e.Message, null);
        }
    }
}
