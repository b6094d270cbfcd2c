namespace Narplan.Domain;

/// <summary>
/// A row edited in a form and saved with optimistic concurrency (decision 0103): <see cref="Version"/> is the
/// concurrency token the form carries, and <see cref="Touch"/> moves it on with every saved change, so a save made from
/// a form opened at an older version meets a changed row and is refused as stale.
/// </summary>
public interface IVersioned
{
    int Version { get; }

    /// <summary>Moves <see cref="Version"/> on: called once for each saved change.</summary>
    void Touch();
}
