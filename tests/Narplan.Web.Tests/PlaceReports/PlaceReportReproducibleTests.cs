using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Places;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.PlaceReports;

/// <summary>
/// Issue 20 item 4: "a report for any past month gives the same figures whenever it is run". The unit forms change places
/// through the dated history (decision 0083), so a change made later never rewrites a month already counted. Its own
/// database: the test changes every demo unit's places.
/// </summary>
public sealed class PlaceReportReproducibleTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";

    [Fact]
    public async Task ShouldGiveTheSameFiguresForEveryMonthOf2026AfterEveryUnitsPlacesChangeInJanuary2027()
    {
        var app = factory.At(Instant.FromUtc(2027, 1, 15, 9, 0));
        var client = app.CreateClient();
        var kommuner = new[] { await app.KommunIdAsync("Herrljunga"), await app.KommunIdAsync("Lidköping") };
        var months = Enumerable.Range(1, 12).Select(m => $"2026-{m:00}").ToList();
        var before = new Dictionary<string, string>();
        foreach (var kommun in kommuner)
        {
            foreach (var month in months)
            {
                before[$"{kommun} {month}"] = await client.FiguresAsync(kommun, month);
            }
        }

        // Every unit that counts places, except those with a change already planned after the new date (a period may not
        // start before the latest one; decision 0069).
        var changeFrom = new LocalDate(2027, 1, 10);
        var units = (await app.WithDbAsync(db => db.CareUnits.AsNoTracking().Include(u => u.PlacePeriods).Where(u => kommuner.Contains(u.KommunId)).ToListAsync()))
            .Where(u => u.Type.CountsPlaces() && u.PlacePeriods.All(p => p.ValidFrom < changeFrom)).ToList();
        Assert.True(units.Count >= 6, $"{units.Count} units");
        foreach (var unit in units)
        {
            var result = await app.AsUserAsync<UnitCommands, CommandResult>(Admin, (c, user) =>
                c.UpdateAsync(user, unit.Id, unit.Version, unit.Name, unit.Places + 3, changeFrom));
            Assert.True(result.Succeeded, result.Error);
        }

        foreach (var kommun in kommuner)
        {
            foreach (var month in months)
            {
                Assert.Equal(before[$"{kommun} {month}"], await client.FiguresAsync(kommun, month));
            }
        }

        // The change itself is in force from its date.
        var hagagarden = units.Single(u => u.Name == "Hagagården");
        Assert.Equal(hagagarden.Places + 3, await app.WithDbAsync(db => db.CareUnits.Where(u => u.Id == hagagarden.Id).Select(u => u.Places).SingleAsync()));
    }
}
