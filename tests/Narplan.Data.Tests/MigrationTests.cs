using Microsoft.EntityFrameworkCore;
using Narplan.Data.Demo;

namespace Narplan.Data.Tests;

public class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task MigrationsShouldApplyToAnEmptyDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheModelShouldHaveNoChangesMissingFromTheMigrations(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model differs from the {provider} migrations: run `dotnet run --project tools/Narplan.DbTool -- add-migration <Name>`.");
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DemoDataShouldLoadOnceWithTheNarområdenOfTheSeeds(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);
        await db.Database.MigrateAsync();

        Assert.True(await DemoData.SeedIfEmptyAsync(db));
        Assert.False(await DemoData.SeedIfEmptyAsync(db));

        var kommuner = await db.Kommuner.Select(k => k.Name).OrderBy(n => n).ToListAsync();
        Assert.Equal(["Falkenberg", "Herrljunga", "Lidköping", "Vänersborg"], kommuner);
        Assert.True(await db.RegionalUnits.AnyAsync(u => u.Name == "Närhälsan Herrljunga vårdcentral" && !u.IsDemo));
        Assert.True(await db.RegionalUnits.AnyAsync(u => u.Name == "Nordstans vårdcentral" && !u.IsDemo));
        var galeasen = await db.CareUnits.SingleAsync(u => u.Name == "Galeasen");
        Assert.True(galeasen.RespiteKeepsRegularDoctor);
        var backliden = await db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Name == "Bäckliden");
        Assert.Equal(2, backliden.Responsibilities.Count);
        Assert.Contains(await db.Regions.ToListAsync(), r => r.DecisionSupport == Domain.Acute.DecisionSupportProfileKey.Halland);
        // Decision 0037: the on-call rules belong to beredskapsjour areas, each demo kommun assigned to one.
        var areas = await db.OnCallAreas.ToDictionaryAsync(a => a.Id, a => a.Name);
        var assigned = (await db.OnCallAreaAssignments.ToListAsync())
            .Join(await db.Kommuner.ToListAsync(), a => a.KommunId, k => k.Id, (a, k) => (k.Name, Area: areas[a.AreaId]))
            .OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [("Falkenberg", "Region Halland – allmänmedicinsk beredskapsjour"), ("Herrljunga", "Beredskapsjouren Älvsborg + Södra Bohuslän"),
             ("Lidköping", "Beredskapsjouren Skaraborg"), ("Vänersborg", "Beredskapsjouren Fyrbodal")],
            assigned);
        Assert.Equal(4, await db.RuleProfileVersions.CountAsync());
        await db.Database.EnsureDeletedAsync();
    }
}
