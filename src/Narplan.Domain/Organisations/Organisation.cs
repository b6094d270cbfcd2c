namespace Narplan.Domain.Organisations;

/// <summary>
/// Anything a person or a user belongs to: a region, a delregion, a kommun (närområde) or a
/// regional unit such as a vårdcentral. Access in Närplan is scoped by organisation.
/// </summary>
public abstract class Organisation
{
    protected Organisation(string name)
    {
        Id = Guid.CreateVersion7();
        Name = RequireName(name);
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public abstract OrganisationKind Kind { get; }

    public void Rename(string name) => Name = RequireName(name);

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
