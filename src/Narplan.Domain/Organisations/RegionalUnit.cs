namespace Narplan.Domain.Organisations;

/// <summary>
/// A unit of the region's primary care located in a kommun: a vårdcentral, rehabenhet, BVC or
/// familjecentral. Vårdcentraler carry läkaransvar for kommunal units.
/// </summary>
public sealed class RegionalUnit : Organisation
{
    private RegionalUnit() : base("-") { }

    public RegionalUnit(Kommun kommun, string name, RegionalUnitKind unitKind, Ownership ownership, string? phone, bool isDemo = false)
        : base(name)
    {
        kommun.RequireNotEnded();
        RegionId = kommun.RegionId;
        KommunId = kommun.Id;
        UnitKind = unitKind;
        Ownership = ownership;
        Phone = PhoneNumbers.NormalizeOptional(phone);
        IsDemo = isDemo;
    }

    public Guid RegionId { get; private set; }

    public Guid KommunId { get; private set; }

    public RegionalUnitKind UnitKind { get; private set; }

    public Ownership Ownership { get; private set; }

    /// <summary>The unit's switchboard or reception number, as written in the plan.</summary>
    public string? Phone { get; private set; }

    /// <summary>True when the name is invented for demo data (not found in the seeds).</summary>
    public bool IsDemo { get; private set; }

    public override OrganisationKind Kind => OrganisationKind.RegionalUnit;

    /// <summary>Changes the unit's details from the administration form.</summary>
    public void Update(string name, Ownership ownership, string? phone, string? hsaId)
    {
        var normalizedPhone = PhoneNumbers.NormalizeOptional(phone);
        SetHsaId(hsaId);
        Rename(name);
        Ownership = ownership;
        Phone = normalizedPhone;
    }
}

/// <summary>The kinds of regional unit. Stored by name; never renumber.</summary>
public enum RegionalUnitKind
{
    Vardcentral,
    Rehabenhet,
    Bvc,
    Familjecentral,
}

/// <summary>Public (e.g. Närhälsan) or private provider within vårdval.</summary>
public enum Ownership
{
    Public,
    Private,
}

public static class RegionalUnitKindNames
{
    public static string Swedish(this RegionalUnitKind kind) => kind switch
    {
        RegionalUnitKind.Vardcentral => "Vårdcentral",
        RegionalUnitKind.Rehabenhet => "Rehabenhet",
        RegionalUnitKind.Bvc => "BVC",
        RegionalUnitKind.Familjecentral => "Familjecentral",
        _ => kind.ToString(),
    };

    public static string Swedish(this Ownership ownership) => ownership == Ownership.Public ? "Offentlig" : "Privat";
}
