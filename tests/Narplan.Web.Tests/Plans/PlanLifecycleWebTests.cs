using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

/// <summary>Version 2 of Herrljunga's plan from Utkast to Publicerad, through the pages and the services.</summary>
public class PlanLifecycleWebTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task Version2ShouldGoOnReferralBeApprovedByEveryPartyAndReplaceVersion1()
    {
        var id = await app.PlanIdAsync("Herrljunga");
        var mas = await app.SignedInAsync("mas@herrljunga.demo");
        var planUrl = $"/planer/{id}/versioner/2";

        var send = await mas.PostActionAsync(await mas.GetStringAsync(planUrl), $"/planer/{id}/versioner/2/skicka-pa-remiss");
        Assert.Contains("klart=remiss", send.Headers.Location!.ToString());
        Assert.Equal(PlanStatus.PaRemiss, (await app.VersionAsync(id, 2)).Status);

        // The vårdcentral comments on a section.
        var chef = await app.SignedInAsync("vcchef@herrljunga-vc.demo");
        var comment = await chef.PostActionAsync(await chef.GetStringAsync(planUrl), $"/planer/{id}/versioner/2/synpunkt",
            new() { ["sectionKey"] = "egenvard", ["text"] = "Lägg till egenvårdsintyg vid dosett." });
        Assert.Contains("klart=synpunkt", comment.Headers.Location!.ToString());

        // The chef approves what she read; then the text changes, so her approval is for an old revision.
        var chefPage = await chef.GetStringAsync(planUrl);
        var change = await app.AsPlanUserAsync("mas@herrljunga.demo", async (c, u) =>
        {
            var v = await app.VersionAsync(id, 2);
            return await c.EditSectionAsync(u, id, 2, "egenvard", v.Section("egenvard").Revision, "Egenvårdsintyg även vid dosett.");
        });
        Assert.True(change.Succeeded);
        var stale = await chef.PostActionAsync(chefPage, $"/planer/{id}/versioner/2/godkann");
        Assert.Contains("fel=", stale.Headers.Location!.ToString());
        Assert.Contains("har ändrats sedan du läste", Uri.UnescapeDataString(stale.Headers.Location!.ToString()));

        var approve = await chef.PostActionAsync(await chef.GetStringAsync(planUrl), $"/planer/{id}/versioner/2/godkann");
        Assert.Contains("klart=godkand", approve.Headers.Location!.ToString());
        var masApproval = await mas.PostActionAsync(await mas.GetStringAsync(planUrl), $"/planer/{id}/versioner/2/godkann");
        Assert.Contains("klart=godkand", masApproval.Headers.Location!.ToString());
        Assert.Equal(PlanStatus.PaRemiss, (await app.VersionAsync(id, 2)).Status); // the rehabenhet has not approved

        // The rehabenhet signed on paper; the administrator records it in its name.
        var rehabId = (await app.VersionAsync(id, 2)).Details.Parties.Single(p => p.Label == "Rehabenhet").OrganisationId;
        var admin = await app.AsPlanUserAsync("admin@narplan.demo", async (c, u) => await c.ApproveAsync(u, id, 2, rehabId, (await app.VersionAsync(id, 2)).ContentRevision));
        Assert.True(admin.Succeeded, admin.Error);
        Assert.Equal(PlanStatus.Faststalld, (await app.VersionAsync(id, 2)).Status);

        var publish = await mas.PostActionAsync(await mas.GetStringAsync(planUrl), $"/planer/{id}/versioner/2/publicera");
        Assert.Contains("klart=publicerad", publish.Headers.Location!.ToString());
        Assert.Equal(PlanStatus.Ersatt, (await app.VersionAsync(id, 1)).Status);

        var plans = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/plans?kommun=Herrljunga");
        Assert.Equal(2, plans[0].GetProperty("publishedVersion").GetInt32());
        Assert.Equal(2, plans[0].GetProperty("versions").GetArrayLength());
        Assert.Contains("Egenvårdsintyg även vid dosett.", await app.CreateClient().GetStringAsync($"/publicerat/{id}"));

        // Every step is in the audit log.
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(PlanApproval) || e.EntityType == nameof(PlanComment)).CountAsync());
        Assert.True(audited >= 5);

        // The next revision starts as a copy of version 2.
        var next = await mas.PostActionAsync(await mas.GetStringAsync(planUrl), $"/planer/{id}/ny-revision");
        Assert.Contains($"/planer/{id}/versioner/3", next.Headers.Location!.ToString());
        Assert.Equal("Egenvårdsintyg även vid dosett.", (await app.VersionAsync(id, 3)).Section("egenvard").Text);
    }

    [Fact]
    public async Task ADoctorShouldNotApproveForTheVardcentral()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var result = await app.AsPlanUserAsync("lakare@herrljunga-vc.demo", (c, u) => c.ApproveAsync(u, id, 1, Guid.NewGuid(), 0));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AHandlingsplanRowShouldBeFollowedUpOnThePublishedVersion()
    {
        var id = await app.PlanIdAsync("Vänersborg", PlanKind.Handlingsplan);
        var result = await app.AsPlanUserAsync("admin@narplan.demo", (c, u) => c.FollowUpRowAsync(u, id, 1, "2.2", 0, ActionStatus.Klar, "Automater införda på två enheter."));
        Assert.True(result.Succeeded, result.Error);
        var row = (await app.VersionAsync(id, 1)).Section("2.2").Rows[0];
        Assert.Equal(ActionStatus.Klar, row.Status);
        Assert.Equal("Automater införda på två enheter.", row.FollowUpNote);
    }
}
