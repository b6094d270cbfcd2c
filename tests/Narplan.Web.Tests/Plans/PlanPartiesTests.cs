using System.Net;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Editing a plan's parties on the details form (Herrljunga's version 2, an utkast in the demo data).</summary>
public class PlanPartiesTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string Kommun = "Herrljunga kommun | Kommun";
    private const string CareCentre = "Närhälsan Herrljunga vårdcentral | Vårdcentral";

    [Fact]
    public async Task AnAdminShouldReplaceAPartyAndTheSignatoriesShouldFollowTheNewParties()
    {
        var (admin, url, page, fields) = await OpenAsync("admin@narplan.demo");
        fields["parties"] = $"herrljunga | Kommunen\n{CareCentre}\nHerrljunga familjecentral";
        fields["signatories"] = "Herrljunga familjecentral | Sara Lind | Samordnare | Herrljunga familjecentral";

        var saved = await admin.PostFormAsync(url, page, "plan-details", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = (await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details;
        Assert.Equal(
            [("Herrljunga kommun", "Kommunen"), ("Närhälsan Herrljunga vårdcentral", "Vårdcentral"), ("Herrljunga familjecentral", "Familjecentral")],
            details.Parties.Select(p => (p.Name, p.Label)));
        Assert.Equal(details.Parties[2].OrganisationId, Assert.Single(details.Signatories).PartyId);
        Assert.Contains("Herrljunga familjecentral | Familjecentral</textarea>", WebUtility.HtmlDecode(await admin.GetStringAsync(url)));
    }

    [Fact]
    public async Task UnknownAndDuplicatePartiesShouldBeNamedByLineAndTheInputKept()
    {
        var (admin, url, page, fields) = await OpenAsync("admin@narplan.demo");
        var before = (await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details.Parties;
        fields["parties"] = $"{Kommun}\n{CareCentre}\nVårdcentral X | Vårdcentral\nnärhälsan herrljunga vårdcentral";

        var response = await admin.PostFormAsync(url, page, "plan-details", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Parter, rad 3: ”Vårdcentral X” finns inte i Närplan", html);
        Assert.Contains("Parter, rad 4: Närhälsan Herrljunga vårdcentral står redan som part på rad 2.", html);
        Assert.Contains("Vårdcentral X | Vårdcentral", html);
        Assert.Equal(before, (await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details.Parties);
    }

    [Fact]
    public async Task APlanShouldNeedAKommunAndAVardcentral()
    {
        var (admin, url, page, fields) = await OpenAsync("admin@narplan.demo");
        fields["parties"] = "Herrljunga kommun\nNärhälsan Herrljunga rehabmottagning";
        fields["signatories"] = "";

        var response = await admin.PostFormAsync(url, page, "plan-details", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Parter: planen måste ha minst en kommun och en vårdcentral som parter.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task ASignatoryForARemovedPartyShouldBeRefused()
    {
        var (admin, url, page, fields) = await OpenAsync("admin@narplan.demo");
        fields["parties"] = $"{Kommun}\n{CareCentre}";
        fields["signatories"] = "Närhälsan Herrljunga rehabmottagning | Sofia Dahl | Enhetschef | Närhälsan Herrljunga rehabmottagning";

        var response = await admin.PostFormAsync(url, page, "plan-details", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Undertecknare, rad 1: ”Närhälsan Herrljunga rehabmottagning” är ingen part i planen", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AUserShouldNotRemoveTheirOwnOrganisation()
    {
        var (vcchef, url, page, fields) = await OpenAsync("vcchef@herrljunga-vc.demo");
        var before = (await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details.Parties;
        fields["parties"] = $"{Kommun}\nVårdcentralen Lidköping Centrum";
        fields["signatories"] = "";

        var response = await vcchef.PostFormAsync(url, page, "plan-details", fields);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Du kan inte ta bort din egen organisation (Närhälsan Herrljunga vårdcentral) från parterna", html);
        Assert.Contains("Vårdcentralen Lidköping Centrum</textarea>", html);
        Assert.Equal(before, (await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details.Parties);
    }

    [Fact]
    public async Task AStaleFormWithNewPartiesShouldBeAConflictAndKeepTheInput()
    {
        var (mas, url, page, fields) = await OpenAsync("mas@herrljunga.demo");
        var other = await OpenAsync("admin@narplan.demo");
        other.Fields["yearly"] = "2027-11-18";
        Assert.Equal(HttpStatusCode.Redirect, (await other.Client.PostFormAsync(url, other.Page, "plan-details", other.Fields)).StatusCode);

        fields["parties"] += "\nNärhälsan Herrljunga barnavårdscentral | BVC";
        var stale = await mas.PostFormAsync(url, page, "plan-details", fields);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Planen har ändrats av någon annan sedan du öppnade formuläret", html);
        Assert.Contains("Närhälsan Herrljunga barnavårdscentral | BVC</textarea>", html);
        Assert.DoesNotContain((await app.VersionAsync(await app.PlanIdAsync("Herrljunga"), 2)).Details.Parties, p => p.Name == "Närhälsan Herrljunga barnavårdscentral");
    }

    [Fact]
    public async Task ChangingThePartiesOnRemissShouldMakeEarlierApprovalsNotCount()
    {
        // Lidköping has no plan in the demo data; start one, send it på remiss and let the vårdcentraler approve.
        var kommunId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id)));
        Guid? planId = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
            db.Plans.Where(p => p.KommunId == kommunId && p.Kind == PlanKind.Naromradesplan).Select(p => (Guid?)p.Id)));
        if (planId is null)
        {
            await app.AsPlanUserAsync("admin@narplan.demo", async (c, u) =>
            {
                var (result, id) = await c.StartPlanAsync(u, kommunId);
                planId = id;
                return result;
            });
        }

        var id = planId!.Value;
        var v = await app.VersionAsync(id, 1);
        var referral = await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.SendForReferralAsync(u, id, 1));
        if (!referral.Succeeded)
        {
            // Mandatory sections the template leaves empty: fill them so the plan may go på remiss.
            foreach (var s in v.EmptyMandatorySections())
            {
                Assert.True((await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.EditSectionAsync(u, id, 1, s.Key, s.Revision, "Text."))).Succeeded);
            }

            Assert.True((await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.SendForReferralAsync(u, id, 1))).Succeeded);
        }

        v = await app.VersionAsync(id, 1);
        var approver = v.Details.Parties.First(p => p.Label == "Vårdcentral");
        Assert.True((await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.ApproveAsync(u, id, 1, approver.OrganisationId, v.ContentRevision))).Succeeded);
        Assert.DoesNotContain((await app.VersionAsync(id, 1)).PartiesAwaitingApproval(), p => p.OrganisationId == approver.OrganisationId);

        var admin = await app.SignedInAsync("admin@narplan.demo");
        var url = PlanDetailsPage.Url(id, 1);
        var page = await admin.GetStringAsync(url);
        var fields = PlanDetailsTests.Fields(PlanDetailsText.Format(v.Details));
        fields["parties"] += "\nNärhälsan Lidköping rehabmottagning | Rehabenhet";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(url, page, "plan-details", fields)).StatusCode);

        var after = await app.VersionAsync(id, 1);
        Assert.Equal(PlanStatus.PaRemiss, after.Status);
        Assert.True(after.ContentRevision > v.ContentRevision);
        Assert.Contains(after.PartiesAwaitingApproval(), p => p.OrganisationId == approver.OrganisationId);
        Assert.Contains(after.PartiesAwaitingApproval(), p => p.Name == "Närhälsan Lidköping rehabmottagning");
        Assert.Contains("(gäller en tidigare lydelse)", WebUtility.HtmlDecode(await admin.GetStringAsync(PlanPage.Url(id, 1))));
    }

    private async Task<(HttpClient Client, string Url, string Page, Dictionary<string, string> Fields)> OpenAsync(string email)
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var url = PlanDetailsPage.Url(id, 2);
        var client = await app.SignedInAsync(email);
        var page = await client.GetStringAsync(url);
        return (client, url, page, PlanDetailsTests.Fields(PlanDetailsText.Format((await app.VersionAsync(id, 2)).Details)));
    }
}
