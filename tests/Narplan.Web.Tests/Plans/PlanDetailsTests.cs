using System.Net;
using Narplan.Domain;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

public class PlanDetailsTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public void TheFormsTextShouldRoundTripTheDetails()
    {
        var details = PlanExportTestData.Herrljunga().Details;
        var text = PlanDetailsText.Format(details);
        Assert.Contains("Martin Johansson | Närhälsan Herrljunga vårdcentral | 2026-01-01 | Övergripande", text.AdvisoryDoctors);
        Assert.True(details.Same(text.Parse(details, Organisations(details))));
    }

    [Fact]
    public void BadLinesShouldBeNamedWithTheirListAndLine()
    {
        var details = PlanExportTestData.Herrljunga().Details;
        var text = PlanDetailsText.Format(details) with
        {
            ValidFrom = "1 januari",
            AdvisoryDoctors = "Martin Johansson | Närhälsan Herrljunga vårdcentral | 2026-01-01\n\nAnna Berg | VC | igår",
            CareNeighbours = "Bara ett namn",
            Signatories = "Okänd part | Eva | Chef | Någonstans",
        };
        var e = Assert.Throws<DomainException>(() => text.Parse(details, Organisations(details)));
        Assert.Contains("Gäller från: ”1 januari” är inget datum (ÅÅÅÅ-MM-DD).", e.Message);
        Assert.Contains("Medicinskt rådgivande läkare, rad 3: ”igår” är inget datum", e.Message);
        Assert.Contains("Vårdgrannar, rad 1: skriv 2–3 fält åtskilda med |.", e.Message);
        Assert.Contains("Undertecknare, rad 1: ”Okänd part” är ingen part i planen", e.Message);
    }

    [Fact]
    public async Task MasShouldEditTheDraftsDetailsAndAStaleFormShouldKeepTheInput()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var url = PlanDetailsPage.Url(id, 2);
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var page = await mas.GetStringAsync(url);
        var fields = Fields(PlanDetailsText.Format((await app.VersionAsync(id, 2)).Details));
        fields["areas"] = "Gemensamma läkemedelsgenomgångar";
        fields["yearly"] = "2027-11-16";

        var saved = await mas.PostFormAsync(url, page, "plan-details", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var version = await app.VersionAsync(id, 2);
        Assert.Equal(["Gemensamma läkemedelsgenomgångar"], version.Details.DevelopmentAreas);
        Assert.Equal(new NodaTime.LocalDate(2027, 11, 16), version.Details.YearlyFollowUp);
        Assert.Contains("färre än två utvecklingsområden", WebUtility.HtmlDecode(await mas.GetStringAsync(url)));

        // The same old form again: its revision is stale, so nothing is saved and the typed text stays.
        fields["areas"] = "Något helt annat";
        var stale = await mas.PostFormAsync(url, page, "plan-details", fields);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Planen har ändrats av någon annan sedan du öppnade formuläret", html);
        Assert.Contains("Något helt annat</textarea>", html);
        Assert.Equal(["Gemensamma läkemedelsgenomgångar"], (await app.VersionAsync(id, 2)).Details.DevelopmentAreas);
    }

    [Fact]
    public async Task APublishedVersionAndAnotherKommunsPlanShouldNotBeEditable()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        Assert.Equal(HttpStatusCode.Forbidden, (await mas.GetAsync(PlanDetailsPage.Url(id, 1))).StatusCode);
        var lidkoping = await app.SignedInAsync("enhetschef@lidkoping.demo");
        Assert.Equal(HttpStatusCode.Forbidden, (await lidkoping.GetAsync(PlanDetailsPage.Url(id, 2))).StatusCode);
    }

    internal static Dictionary<string, string> Fields(PlanDetailsText t) => new()
    {
        ["validFrom"] = t.ValidFrom, ["yearly"] = t.YearlyFollowUp, ["updated"] = t.Updated, ["areas"] = t.DevelopmentAreas,
        ["substitutes"] = t.SubstituteOrder, ["advisory"] = t.AdvisoryDoctors, ["crisis"] = t.CrisisContacts,
        ["neighbours"] = t.CareNeighbours, ["signatories"] = t.Signatories, ["parties"] = t.Parties,
    };

    /// <summary>The test plan's parties as organisations in Närplan, by their labels.</summary>
    internal static IReadOnlyList<PartyOrganisation> Organisations(Narplan.Domain.Plans.PlanDetails details) =>
        details.Parties.Select(p => new PartyOrganisation(p.OrganisationId, p.Name,
            p.Label == "Kommun" ? PartyOrganisationKind.Kommun : p.Label == "Vårdcentral" ? PartyOrganisationKind.CareCentre : PartyOrganisationKind.OtherRegionalUnit,
            p.Label)).ToList();
}
