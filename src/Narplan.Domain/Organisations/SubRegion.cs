namespace Narplan.Domain.Organisations;

/// <summary>
/// A delregion / närvårdssamverkan (Södra Älvsborg, Skaraborg, Fyrbodal) grouping kommuner of one region.
/// </summary>
public sealed class SubRegion : Organisation
{
    private SubRegion() : base("-") { }

    public SubRegion(Region region, string name) : base(name) => RegionId = region.Id;

    public Guid RegionId { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.SubRegion;
}
