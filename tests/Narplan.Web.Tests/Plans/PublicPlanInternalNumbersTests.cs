using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using Narplan.Web.Tests.Rounds;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.OnCall;
using NodaTime;

namespace Narplan.Web.Tests.Plans;

/// <summary>
/// Issue 15, finding 6: the published plan's "Vem svarar just nu?" goes through the same "without internal numbers"
/// rule as the on-call API (decision 0007), so an anonymous reader never sees the beredskapsjour's internal number.
/// </summary>
public sealed class PublicPlanInternalNumbersTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // 23:00 on midsommarafton 19 June 2026 (21:00 UTC): Herrljunga's beredskapsjour answers. Seed 000 gives Beredskapsjouren
    // Älvsborg + Södra Bohuslän no number (decision 0037), so the test enters one as an administrator would, marked
    // internal, in a new version of the area's rules from 1 January 2026 (the number is fictional).
    private const string InternalNumber = "010-123 45 67";
    private const string InternalTel = "tel:0101234567";

    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 6, 19, 21, 0));

    private Task EnterTheAreasInternalNumberAsync() => factory.WithDbAsync(async db =>
    {
        var area = await db.OnCallAreas.SingleAsync(a => a.Name == "Beredskapsjouren Älvsborg + Södra Bohuslän");
        var from = new LocalDate(2026, 1, 1);
        if (!await db.RuleProfileVersions.AnyAsync(v => v.AreaId == area.Id && v.ValidFrom == from))
        {
            db.RuleProfileVersions.Add(new RuleProfileVersion(area.Id, new OnCallRuleProfile(
                area.Name, from, new LocalTime(8, 0), new LocalTime(17, 0), weekdayHolidaysAreOnCall: true, evesAreOnCall: true,
                "Beredskapsläkare, " + area.Name, [new OnCallContact("Beredskapsläkare", InternalNumber, IsInternal: true)], [],
                SeedOnCallProfiles.VgrPromises, SeedOnCallProfiles.VgrScope)));
            await db.SaveChangesAsync();
        }

        return true;
    });

    [Fact]
    public async Task ShouldNotShowTheBeredskapsjoursInternalNumberToAnAnonymousReaderOfThePublishedPlan()
    {
        await EnterTheAreasInternalNumberAsync();
        var id = await factory.PlanIdAsync("Herrljunga");

        var response = await _app.Browser().GetAsync($"/publicerat/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vem svarar just nu?", html);
        Assert.Contains("Beredskapsläkare", html);
        Assert.DoesNotContain(InternalNumber, html);
        Assert.DoesNotContain(InternalTel, html);
        Assert.Contains("Internt nummer, visas för inloggade", html);
    }

    [Fact]
    public async Task ShouldShowTheInternalNumberOnThePublishedPlanToASignedInUserAsTheApiDoes()
    {
        await EnterTheAreasInternalNumberAsync();
        var id = await factory.PlanIdAsync("Herrljunga");
        var client = await _app.SignedInAsync("mas@herrljunga.demo");

        var html = await client.GetStringAsync($"/publicerat/{id}");

        Assert.Contains(InternalTel, html);
    }

    [Fact]
    public async Task ShouldHideTheSameNumberOnThePublicPageAsTheApiHidesForAnAnonymousCaller()
    {
        await EnterTheAreasInternalNumberAsync();
        var id = await factory.PlanIdAsync("Herrljunga");
        var unit = await factory.UnitIdAsync("Hagagården");

        var api = await _app.Browser().GetStringAsync($"/api/v1/units/{unit}/on-call");
        var page = await _app.Browser().GetStringAsync($"/publicerat/{id}");

        Assert.Contains("\"internalNumbersHidden\":true", api);
        Assert.DoesNotContain("0101234567", api.Replace(" ", "").Replace("-", ""));
        Assert.DoesNotContain(InternalNumber, page);
    }
}
