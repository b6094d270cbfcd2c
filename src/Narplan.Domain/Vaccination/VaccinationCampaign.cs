namespace Narplan.Domain.Vaccination;

/// <summary>
/// A kommun's vaccinationsinsats for one season (issue 19 item 2; seed 000 "Vaccinationer"): seasonal influenza,
/// covid-19 or both, given from <see cref="StartsOn"/> to <see cref="EndsOn"/> (both included). The kommun tells the
/// vårdcentral the doses wanted per unit by <see cref="OrderDeadline"/> (included), "i god tid" before the start, so
/// that the vårdcentral can order vaccine, syringes and needles. Not patient data: the board counts doses, it names
/// no one.
/// </summary>
public sealed class VaccinationCampaign : Entity, IVersioned
{
    private VaccinationCampaign()
    {
    }

    private VaccinationCampaign(Guid kommunId, VaccinationSeason season, LocalDate startsOn, LocalDate endsOn, LocalDate orderDeadline, bool influenza, bool covid)
    {
        KommunId = kommunId;
        Season = season;
        Year = startsOn.Year;
        StartsOn = startsOn;
        EndsOn = endsOn;
        OrderDeadline = orderDeadline;
        IncludesInfluenza = influenza;
        IncludesCovid = covid;
    }

    public Guid KommunId { get; private set; }

    public VaccinationSeason Season { get; private set; }

    /// <summary>The year the campaign starts in (a spring campaign of 2027 starts in 2027).</summary>
    public int Year { get; private set; }

    /// <summary>The first day doses may be given (included).</summary>
    public LocalDate StartsOn { get; private set; }

    /// <summary>The last day doses may be given (included).</summary>
    public LocalDate EndsOn { get; private set; }

    /// <summary>The last day the kommun may give or change its order per unit (included).</summary>
    public LocalDate OrderDeadline { get; private set; }

    public bool IncludesInfluenza { get; private set; }

    public bool IncludesCovid { get; private set; }

    public int Version { get; private set; }

    /// <summary>"Höst 2026: influensa och covid-19".</summary>
    public string Name => $"{Season.Swedish()} {Year}: {VaccinesText}";

    public string VaccinesText => (IncludesInfluenza, IncludesCovid) switch
    {
        (true, true) => "influensa och covid-19",
        (true, false) => "influensa",
        _ => "covid-19",
    };

    /// <summary>Whether a dose may be given on <paramref name="date"/>.</summary>
    public bool Contains(LocalDate date) => date >= StartsOn && date <= EndsOn;

    public bool Includes(Vaccine vaccine) => vaccine.IsInfluenza() ? IncludesInfluenza : IncludesCovid;

    /// <summary>Whether orders may still be given or changed on <paramref name="today"/> (the deadline day included).</summary>
    public bool IsOpenForOrders(LocalDate today) => today <= OrderDeadline;

    public string PeriodText => $"{Iso(StartsOn)} – {Iso(EndsOn)}";

    /// <summary>Plans a campaign; each bad field is refused with a Swedish message beside it.</summary>
    public static VaccinationCampaign Plan(
        Guid kommunId, VaccinationSeason? season, LocalDate? startsOn, LocalDate? endsOn, LocalDate? orderDeadline, bool influenza, bool covid)
    {
        if (season is not { } s)
        {
            throw new FieldRefusal("Season", "Välj höst eller vår.");
        }

        if (!influenza && !covid)
        {
            throw new FieldRefusal("Vaccines", "Välj minst ett vaccin: säsongsinfluensa eller covid-19.");
        }

        if (startsOn is not { } start)
        {
            throw new FieldRefusal("StartsOn", "Ange kampanjens första dag.");
        }

        if (endsOn is not { } end)
        {
            throw new FieldRefusal("EndsOn", "Ange kampanjens sista dag.");
        }

        if (end < start)
        {
            throw new FieldRefusal("EndsOn", "Sista dagen kan inte ligga före första dagen.");
        }

        if (end > start.PlusYears(1))
        {
            throw new FieldRefusal("EndsOn", "En kampanj kan vara högst ett år.");
        }

        if (orderDeadline is not { } deadline)
        {
            throw new FieldRefusal("OrderDeadline", "Ange sista dag för beställning.");
        }

        if (deadline >= start)
        {
            throw new FieldRefusal("OrderDeadline", $"Sista beställningsdag måste ligga före kampanjens första dag ({Iso(start)}), så att vårdcentralen hinner beställa.");
        }

        return new VaccinationCampaign(kommunId, s, start, end, deadline, influenza, covid);
    }

    public void Touch() => Version++;

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
