namespace Narplan.Domain.Vaccination;

/// <summary>
/// The kommun's order for one unit in a campaign (seed 000: "Kommunal primärvård ansvarar för att meddela
/// vaccinationsamordnare/vårdcentral om antal doser som önskas inför den planerade insatsen i god tid. Samt fördelning
/// av förstärkt influensavaccin alternativt vanlig säsongsinfluensa"), and the vårdcentral's confirmation
/// ("Vårdcentralen ansvarar för att … beställa vaccin och tillhörande sprutor och nålar"). Given or changed up to the
/// campaign's order deadline (included); once the vårdcentral has confirmed, the order is fixed.
/// </summary>
public sealed class VaccineOrder : Entity, IVersioned
{
    public const int MaxDoses = 100_000;
    public const int MaxNameLength = 200;

    private VaccineOrder()
    {
        OrderedBy = "";
    }

    private VaccineOrder(VaccinationCampaign campaign, Guid careUnitId, Guid? careCentreId)
    {
        CampaignId = campaign.Id;
        KommunId = campaign.KommunId;
        CareUnitId = careUnitId;
        CareCentreId = careCentreId;
        OrderedBy = "";
    }

    public Guid CampaignId { get; private set; }

    public Guid KommunId { get; private set; }

    public Guid CareUnitId { get; private set; }

    /// <summary>The vårdcentral that orders the vaccine: the unit's responsible vårdcentral when the order was given.</summary>
    public Guid? CareCentreId { get; private set; }

    public int EnhancedInfluenzaDoses { get; private set; }

    public int StandardInfluenzaDoses { get; private set; }

    public int CovidDoses { get; private set; }

    /// <summary>The day the kommun gave (or last changed) the order.</summary>
    public LocalDate OrderedOn { get; private set; }

    public string OrderedBy { get; private set; }

    /// <summary>The day the vårdcentral confirmed that vaccine, syringes and needles are ordered; null until then.</summary>
    public LocalDate? ConfirmedOn { get; private set; }

    public string? ConfirmedBy { get; private set; }

    public int Version { get; private set; }

    public bool IsConfirmed => ConfirmedOn is not null;

    public int TotalDoses => EnhancedInfluenzaDoses + StandardInfluenzaDoses + CovidDoses;

    public int DosesOf(Vaccine vaccine) => vaccine switch
    {
        Vaccine.EnhancedInfluenza => EnhancedInfluenzaDoses,
        Vaccine.StandardInfluenza => StandardInfluenzaDoses,
        _ => CovidDoses,
    };

    /// <summary>The kommun orders doses for a unit; refused after the deadline, with negative numbers or with no dose.</summary>
    public static VaccineOrder Place(
        VaccinationCampaign campaign, Guid careUnitId, Guid? careCentreId, int? enhanced, int? standard, int? covid, string? orderedBy, LocalDate today)
    {
        var order = new VaccineOrder(campaign, careUnitId, careCentreId);
        order.Set(campaign, enhanced, standard, covid, orderedBy, today);
        return order;
    }

    /// <summary>Changes the numbers before the deadline, as long as the vårdcentral has not confirmed its order.</summary>
    public void Change(VaccinationCampaign campaign, int? enhanced, int? standard, int? covid, string? orderedBy, LocalDate today)
    {
        if (IsConfirmed)
        {
            throw new DomainException("Vårdcentralen har redan bekräftat beställningen. Kontakta vårdcentralen om antalet behöver ändras.");
        }

        Set(campaign, enhanced, standard, covid, orderedBy, today);
    }

    /// <summary>The vårdcentral confirms that vaccine and syringes and needles are ordered; both must be ticked.</summary>
    public void Confirm(bool vaccineOrdered, bool suppliesOrdered, string? by, LocalDate today)
    {
        if (IsConfirmed)
        {
            throw new DomainException("Beställningen är redan bekräftad.");
        }

        if (!vaccineOrdered)
        {
            throw new FieldRefusal("VaccineOrdered", "Bekräfta att vaccinet är beställt.");
        }

        if (!suppliesOrdered)
        {
            throw new FieldRefusal("SuppliesOrdered", "Bekräfta att sprutor och nålar är beställda.");
        }

        ConfirmedBy = RequireName(by, "ConfirmedBy", "Ange vem som bekräftar beställningen.");
        ConfirmedOn = today;
    }

    public void Touch() => Version++;

    private void Set(VaccinationCampaign campaign, int? enhanced, int? standard, int? covid, string? orderedBy, LocalDate today)
    {
        if (!campaign.IsOpenForOrders(today))
        {
            throw new DomainException(
                $"Sista dag att beställa doser till kampanjen var {VaccinationCampaign.Iso(campaign.OrderDeadline)}. Kontakta vårdcentralen direkt.");
        }

        var e = Doses(enhanced, "EnhancedInfluenzaDoses", campaign.IncludesInfluenza, "influensa");
        var s = Doses(standard, "StandardInfluenzaDoses", campaign.IncludesInfluenza, "influensa");
        var c = Doses(covid, "CovidDoses", campaign.IncludesCovid, "covid-19");
        if (e + s + c == 0)
        {
            throw new FieldRefusal(campaign.IncludesInfluenza ? "EnhancedInfluenzaDoses" : "CovidDoses", "Ange minst en dos.");
        }

        OrderedBy = RequireName(orderedBy, "OrderedBy", "Ange vem som beställer.");
        EnhancedInfluenzaDoses = e;
        StandardInfluenzaDoses = s;
        CovidDoses = c;
        OrderedOn = today;
    }

    private static int Doses(int? doses, string field, bool included, string vaccine)
    {
        var n = doses ?? 0;
        if (n < 0)
        {
            throw new FieldRefusal(field, "Antalet doser kan inte vara negativt.");
        }

        if (n > MaxDoses)
        {
            throw new FieldRefusal(field, $"Högst {MaxDoses} doser.");
        }

        if (n > 0 && !included)
        {
            throw new FieldRefusal(field, $"Kampanjen omfattar inte {vaccine}.");
        }

        return n;
    }

    private static string RequireName(string? name, string field, string missing)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new FieldRefusal(field, missing)
            : trimmed.Length > MaxNameLength ? throw new FieldRefusal(field, $"Namnet får vara högst {MaxNameLength} tecken.")
            : trimmed;
    }
}
