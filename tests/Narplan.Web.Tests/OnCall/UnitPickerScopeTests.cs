using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.OnCall;

/// <summary>
/// "Vem ringer jag?" offers the units of one kommun, or the units a search finds, instead of every unit in the country
/// (issue 23 item 2: 4,000 options, ~340 kB on the national data set).
/// </summary>
public partial class UnitPickerScopeTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));

    [GeneratedRegex("<select id=\"enhet\" name=\"enhet\">(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex UnitSelect();

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"")]
    private static partial Regex UnitOption();

    private static HashSet<Guid> OfferedUnits(string page) =>
        UnitOption().Matches(UnitSelect().Match(page).Groups[1].Value).Select(m => Guid.Parse(m.Groups[1].Value)).ToHashSet();

    private Task<HashSet<Guid>> UnitsOfKommunAsync(Guid kommunId) =>
        _app.WithDbAsync(async db => (await db.CareUnits.Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync()).ToHashSet());

    private Task<Guid> KommunOfAsync(Guid unitId) =>
        _app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == unitId).Select(u => u.KommunId).SingleAsync());

    [Fact]
    public async Task ShouldOfferALidkopingNurseTheUnitsOfLidkopingOnly()
    {
        var lidkoping = await KommunOfAsync(await _app.UnitIdAsync("Bäckliden"));
        var expected = await UnitsOfKommunAsync(lidkoping);
        var all = await _app.WithDbAsync(db => db.CareUnits.CountAsync());
        var nurse = await _app.SignedInAsync("sjukskoterska@lidkoping.demo");

        var page = await nurse.GetStringAsync("/vem-ringer-jag");

        var offered = OfferedUnits(page);
        Assert.Equal(expected, offered);
        Assert.True(all > offered.Count, "the demo data has units in other kommuner");
        Assert.Contains($"<option value=\"{lidkoping}\" selected", page);
    }

    [Fact]
    public async Task ShouldOfferAVardcentralDoctorTheUnitsOfTheVardcentralsKommun()
    {
        var herrljunga = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name.StartsWith("Herrljunga")).Select(k => k.Id).SingleAsync());
        var doctor = await _app.SignedInAsync("lakare@herrljunga-vc.demo");

        var page = await doctor.GetStringAsync("/vem-ringer-jag");

        Assert.Equal(await UnitsOfKommunAsync(herrljunga), OfferedUnits(page));
    }

    [Fact]
    public async Task ShouldOfferThePublicTheSelectedUnitsKommunAndAskForAKommunOrSearchWithoutOne()
    {
        var baeckliden = await _app.UnitIdAsync("Bäckliden");
        var lidkoping = await KommunOfAsync(baeckliden);
        var client = _app.CreateClient();

        var chosen = await client.GetStringAsync($"/vem-ringer-jag?enhet={baeckliden}");
        var fresh = WebUtility.HtmlDecode(await _app.CreateClient().GetStringAsync("/vem-ringer-jag"));

        Assert.Equal(await UnitsOfKommunAsync(lidkoping), OfferedUnits(chosen));
        Assert.Contains($"<option value=\"{baeckliden}\" selected", chosen);
        Assert.Empty(OfferedUnits(fresh));
        Assert.Contains("Välj en kommun eller sök på enhetens namn", fresh);
        Assert.Contains("<select id=\"kommun\" name=\"kommun\">", fresh);
    }

    [Fact]
    public async Task ShouldFindUnitsInEveryKommunByAPartOfTheNameInAnyCase()
    {
        var baeckliden = await _app.UnitIdAsync("Bäckliden");
        var expected = await _app.WithDbAsync(async db => (await db.CareUnits.Select(u => new { u.Id, u.Name }).ToListAsync())
            .Where(u => u.Name.Contains("gården", StringComparison.CurrentCultureIgnoreCase)).Select(u => u.Id).ToHashSet());
        Assert.True(expected.Count >= 2, "several demo units are called something with -gården");
        var client = _app.CreateClient();

        var search = WebUtility.HtmlDecode(await client.GetStringAsync("/vem-ringer-jag?sok=G%C3%85RDEN"));
        var byKommun = await client.GetStringAsync($"/vem-ringer-jag?kommun={await KommunOfAsync(baeckliden)}");

        Assert.Equal(expected, OfferedUnits(search));
        Assert.Contains($"{expected.Count} enheter matchar ”GÅRDEN”", search);
        Assert.Contains(baeckliden, OfferedUnits(byKommun));
    }

    [Fact]
    public async Task TheWeekPageShouldOfferTheSameScopedPicker()
    {
        var baeckliden = await _app.UnitIdAsync("Bäckliden");
        var expected = await UnitsOfKommunAsync(await KommunOfAsync(baeckliden));

        var page = await _app.CreateClient().GetStringAsync($"/vem-ringer-jag/vecka?enhet={baeckliden}&vecka=2026-W25");

        Assert.Equal(expected, OfferedUnits(page));
    }
}
