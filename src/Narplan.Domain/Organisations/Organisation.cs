namespace Narplan.Domain.Organisations;

/// <summary>
/// Anything a person or a user belongs to: a region, a delregion, a kommun (närområde) or a
/// regional unit such as a vårdcentral. Access in Närplan is scoped by organisation.
/// </summary>
public abstract class Organisation : Entity, IVersioned
{
    protected Organisation(string name)
    {
        Name = RequireName(name);
    }

    public string Name { get; private set; }

    public abstract OrganisationKind Kind { get; }

    /// <summary>The organisation's HSA-id in canonical form (<see cref="Organisations.HsaId"/>), when known.</summary>
    public string? HsaId { get; private set; }

    /// <summary>
    /// The first day the organisation no longer exists (a merged kommun, a closed vårdcentral); null while it does.
    /// Nothing that others point at is deleted: it is ended with a date instead (issue 17), and nothing new may be
    /// created under an ended organisation.
    /// </summary>
    public LocalDate? EndedOn { get; private set; }

    /// <summary>Optimistic concurrency for the administration forms: increases with every saved change.</summary>
    public int Version { get; private set; }

    public void Rename(string name) => Name = RequireName(name);

    /// <summary>Sets or clears the HSA-id; a malformed one is refused in Swedish.</summary>
    public void SetHsaId(string? hsaId) => HsaId = Organisations.HsaId.NormalizeOptional(hsaId);

    /// <summary>Ends the organisation from <paramref name="endedOn"/> (null reopens it).</summary>
    public void End(LocalDate? endedOn) => EndedOn = endedOn;

    /// <summary>Whether the organisation exists on <paramref name="date"/>.</summary>
    public bool IsActiveOn(LocalDate date) => EndedOn is not { } end || date < end;

    /// <summary>Used by the data layer to bump <see cref="Version"/> when the organisation is saved.</summary>
    public void Touch() => Version++;

    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new DomainException("Namnet får inte vara tomt.") : name.Trim();
}

public enum OrganisationKind
{
    Region,
    SubRegion,
    Kommun,
    RegionalUnit,
}
