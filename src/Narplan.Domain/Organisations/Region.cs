using Narplan.Domain.Acute;

namespace Narplan.Domain.Organisations;

/// <summary>
/// A region (Västra Götalandsregionen, Region Halland, …): the principal for primary care. Its on-call rules are not
/// the region's but each beredskapsjour area's (<see cref="OnCall.OnCallArea"/>, decision 0037): a region has several.
/// </summary>
public sealed class Region : Organisation
{
    private Region() : base("-") => ShortName = "";

    public Region(string name, string shortName, DecisionSupportProfileKey decisionSupport) : base(name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Ange regionens namn.");
        }

        if (string.IsNullOrWhiteSpace(shortName) || shortName.Trim().Length > 20)
        {
            throw new DomainException("Ange ett kortnamn för regionen (högst 20 tecken), t.ex. VGR.");
        }

        ShortName = shortName.Trim();
        DecisionSupport = decisionSupport;
    }

    /// <summary>Short name used in lists and filters, e.g. "VGR".</summary>
    public string ShortName { get; private set; }

    /// <summary>
    /// Whose ViSam/BViS checklist the region's kommuner use by default (DOMAIN.md §7); a delregion may have its own
    /// (Skaraborg: BViS).
    /// </summary>
    public DecisionSupportProfileKey DecisionSupport { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.Region;

    /// <summary>Changes the name and short name from the administration form.</summary>
    public void Update(string name, string shortName)
    {
        if (string.IsNullOrWhiteSpace(shortName) || shortName.Trim().Length > 20)
        {
            throw new DomainException("Ange ett kortnamn för regionen (högst 20 tecken), t.ex. VGR.");
        }

        Rename(name);
        ShortName = shortName.Trim();
    }
}
