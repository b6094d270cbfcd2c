namespace Narplan.Domain.Organisations;

/// <summary>
/// A kommun. Each kommun is one närområde with one gemensam närområdesplan, and it is the care
/// provider for its kommunal primärvård.
/// </summary>
public sealed class Kommun : Organisation
{
    private Kommun() : base("-") { }

    public Kommun(Region region, SubRegion? subRegion, string name) : base(name)
    {
        RegionId = region.Id;
        SubRegionId = subRegion?.Id;
        if (subRegion is not null && subRegion.RegionId != region.Id)
        {
            throw new DomainException("Delregionen hör inte till kommunens region.");
        }
    }

    public Guid RegionId { get; private set; }

    /// <summary>The official four-digit kommun code (<see cref="KommunCode"/>), e.g. 1466; unique in an installation.</summary>
    public string? Code { get; private set; }

    /// <summary>Sets the kommun code; one that is not four digits of a län is refused in Swedish.</summary>
    public void SetCode(string? code) => Code = string.IsNullOrWhiteSpace(code) ? null : KommunCode.Parse(code);

    /// <summary>Moves the kommun to another delregion of its region (null: none).</summary>
    public void MoveToSubRegion(SubRegion? subRegion)
    {
        if (subRegion is not null && subRegion.RegionId != RegionId)
        {
            throw new DomainException("Delregionen hör inte till kommunens region.");
        }

        SubRegionId = subRegion?.Id;
    }

    /// <summary>
    /// Refuses a new unit, vårdcentral or förskola in an ended kommun: the name of the kommun and its end date say why.
    /// </summary>
    public void RequireNotEnded()
    {
        if (EndedOn is { } end)
        {
            throw new DomainException($"{Name} är avslutad från {end:yyyy-MM-dd}. Nya enheter kan inte skapas i en avslutad kommun.");
        }
    }

    /// <summary>The delregion, when the region has them (Halland has none in Närplan).</summary>
    public Guid? SubRegionId { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.Kommun;
}
