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

    /// <summary>The delregion, when the region has them (Halland has none in Närplan).</summary>
    public Guid? SubRegionId { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.Kommun;
}
