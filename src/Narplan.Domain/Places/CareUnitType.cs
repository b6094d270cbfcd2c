namespace Narplan.Domain.Places;

/// <summary>The kinds of kommunal enhet (DOMAIN.md §1). Stored by name; never renumber.</summary>
public enum CareUnitType
{
    /// <summary>Särskilt boende (SÄBO).</summary>
    SarskiltBoende,

    /// <summary>Korttidsboende / korttidsenhet, incl. växelvård.</summary>
    Korttidsboende,

    /// <summary>Bostad med särskild service för vuxna, LSS 9 § 8–9.</summary>
    LssBostad,

    /// <summary>Ordinärt boende: a hemvårdsområde / hemsjukvårdsområde.</summary>
    OrdinartBoende,

    Socialpsykiatri,

    /// <summary>Biståndsbedömd dagverksamhet (SoL): no unit doctor.</summary>
    Dagverksamhet,

    /// <summary>Daglig verksamhet (LSS): no unit doctor.</summary>
    DagligVerksamhet,
}

public static class CareUnitTypeNames
{
    /// <summary>The Swedish name shown to users.</summary>
    public static string Swedish(this CareUnitType type) => type switch
    {
        CareUnitType.SarskiltBoende => "Särskilt boende",
        CareUnitType.Korttidsboende => "Korttidsboende",
        CareUnitType.LssBostad => "Bostad med särskild service (LSS)",
        CareUnitType.OrdinartBoende => "Ordinärt boende",
        CareUnitType.Socialpsykiatri => "Socialpsykiatri",
        CareUnitType.Dagverksamhet => "Dagverksamhet",
        CareUnitType.DagligVerksamhet => "Daglig verksamhet",
        _ => type.ToString(),
    };

    /// <summary>Whether the unit counts places (beds) rather than enrolled patients.</summary>
    public static bool CountsPlaces(this CareUnitType type) =>
        type is CareUnitType.SarskiltBoende or CareUnitType.Korttidsboende or CareUnitType.LssBostad;

    /// <summary>Dagverksamhet and daglig verksamhet have no unit doctor: the patient's own fast läkarkontakt answers.</summary>
    public static bool HasUnitDoctor(this CareUnitType type) =>
        type is not (CareUnitType.Dagverksamhet or CareUnitType.DagligVerksamhet);

    /// <summary>Parses the identifier or the Swedish name, ignoring case; null when unknown.</summary>
    public static CareUnitType? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        foreach (var type in Enum.GetValues<CareUnitType>())
        {
            if (string.Equals(type.ToString(), v, StringComparison.OrdinalIgnoreCase)
                || string.Equals(type.Swedish(), v, StringComparison.CurrentCultureIgnoreCase))
            {
                return type;
            }
        }

        return string.Equals(v, "SÄBO", StringComparison.OrdinalIgnoreCase) ? CareUnitType.SarskiltBoende : null;
    }
}
