namespace Narplan.Domain.Organisations;

/// <summary>
/// A region (Västra Götalandsregionen, Region Halland, …): the principal for primary care and
/// the owner of the rule profile that decides on-call hours and decision support.
/// </summary>
public sealed class Region : Organisation
{
    private Region() : base("-") => ShortName = "";

    public Region(string name, string shortName, RuleProfileKey ruleProfile) : base(name)
    {
        ShortName = shortName;
        RuleProfile = ruleProfile;
    }

    /// <summary>Short name used in lists and filters, e.g. "VGR".</summary>
    public string ShortName { get; private set; }

    /// <summary>Which rule profile (DOMAIN.md §5) governs this region's on-call and decision support.</summary>
    public RuleProfileKey RuleProfile { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.Region;
}

/// <summary>The rule profiles Närplan knows; the rules themselves are data (DOMAIN.md §5).</summary>
public enum RuleProfileKey
{
    /// <summary>Västra Götaland: beredskapsjour on weekdays 17–08, weekends, holidays and the three eves.</summary>
    Vgr,

    /// <summary>Region Halland: beredskapsjour 17–08 Monday–Friday and round the clock at weekends.</summary>
    Halland,
}
