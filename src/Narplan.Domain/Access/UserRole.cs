namespace Narplan.Domain.Access;

/// <summary>The roles a Närplan user signs in with (foundation issue, DOMAIN.md §1).</summary>
public enum UserRole
{
    /// <summary>Kommunens sjuksköterska.</summary>
    KommunNurse,

    /// <summary>Medicinskt ansvarig sjuksköterska.</summary>
    Mas,

    /// <summary>Enhetschef in the kommun.</summary>
    UnitManager,

    /// <summary>Läkare at a vårdcentral.</summary>
    Doctor,

    /// <summary>Vårdcentralschef / verksamhetschef.</summary>
    CareCentreManager,

    /// <summary>Systemadministratör: all organisations.</summary>
    Admin,

    /// <summary>Koordinator på närvårdskontoret: runs a delregion's närvårdssamverkan (seed 004; acts for the delregion).</summary>
    Coordinator,

    /// <summary>
    /// Regionadministratör: keeps the organisation register, the people register and the accounts of one region (the
    /// account's organisation is the region); no access to patients or plans because of it.
    /// </summary>
    RegionAdmin,

    /// <summary>
    /// Kommunadministratör: the accounts (decision 0063), the organisation register and the people register of one kommun
    /// (the account's organisation is the kommun); no access to patients or plans because of it.
    /// </summary>
    KommunAdmin,
}

public static class UserRoleNames
{
    public static string Swedish(this UserRole role) => role switch
    {
        UserRole.KommunNurse => "Sjuksköterska (kommun)",
        UserRole.Mas => "Medicinskt ansvarig sjuksköterska (MAS)",
        UserRole.UnitManager => "Enhetschef",
        UserRole.Doctor => "Läkare (vårdcentral)",
        UserRole.CareCentreManager => "Vårdcentralschef",
        UserRole.Admin => "Administratör",
        UserRole.Coordinator => "Koordinator, närvårdskontoret",
        UserRole.RegionAdmin => "Regionadministratör",
        UserRole.KommunAdmin => "Kommunadministratör",
        _ => role.ToString(),
    };
}
