using Microsoft.EntityFrameworkCore;
using Narplan.Data.Demo;
using Narplan.Domain.Plans;
using NodaTime;

namespace Narplan.Data.Tests.Plans;

public class PlanPersistenceTests
{
    private static async Task<NarplanDbContext> SeededAsync(DatabaseProvider provider)
    {
        var db = await TestDatabases.NewWithDemoDataAsync(provider);
        Assert.True(await PlanDemoData.SeedIfMissingAsync(db));
        db.ChangeTracker.Clear();
        return db;
    }

    private static Task<NeighbourhoodPlan> LoadAsync(NarplanDbContext db, PlanKind kind) =>
        db.Plans.Include(p => p.Versions).ThenInclude(v => v.Sections)
            .Include(p => p.Versions).ThenInclude(v => v.Approvals)
            .Include(p => p.Versions).ThenInclude(v => v.Comments)
            .AsSplitQuery()
            .SingleAsync(p => p.Kind == kind);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheHerrljungaDemoPlanShouldRoundTripWithItsStructureAndAppendices(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var plan = await LoadAsync(db, PlanKind.Naromradesplan);

        Assert.Equal(2, plan.Versions.Count);
        var v1 = plan.Version(1);
        Assert.Equal(PlanStatus.Publicerad, v1.Status);
        Assert.Equal(new LocalDate(2026, 4, 1), v1.PublishedOn);
        Assert.Equal(44, v1.Sections.Count);
        Assert.Equal("Inledning och syfte", v1.Sections[0].Heading);
        Assert.Equal(3, v1.Details.Parties.Count);
        Assert.Equal(["Verksamhetschef Socialt stöd", "Verksamhetschef Individ- och familjeomsorg", "Verksamhetschef Vård och omsorg"], v1.Details.SubstituteOrder);
        Assert.Contains(v1.Appendix1!, r => r.Unit == "Hagagården" && r.CareCentre == "Närhälsan Herrljunga vårdcentral");
        Assert.Contains(v1.Appendix1!, r => r.Unit == "Dagverksamheten Herrljunga" && r.CareCentre == null);
        Assert.Equal(4, v1.Appendix2!.Count);
        Assert.Equal(3, v1.Approvals.Count);
        Assert.Single(v1.Comments);
        Assert.Equal(PlanStatus.Utkast, plan.Version(2).Status);
        Assert.Empty(plan.Version(2).Warnings(PlanKind.Naromradesplan));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheVanersborgHandlingsplanShouldHaveTheSeed001Rows(DatabaseProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var plan = await LoadAsync(db, PlanKind.Handlingsplan);
        var version = plan.Published!;
        Assert.Equal(2, version.Section("1.1").Rows.Count);
        Assert.Equal("Läkemedelsautomat", Assert.Single(version.Section("2.2").Rows).Goal);
        Assert.Equal(2, version.Section("4").Rows.Count);
        Assert.All(version.Sections.SelectMany(s => s.Rows), r => Assert.Equal(ActionStatus.EjPaborjad, r.Status));
    }

    [Fact]
    public async Task AConcurrentSaveOfTheSameSectionShouldBeRefusedByTheDatabase()
    {
        await using var db = await SeededAsync(DatabaseProvider.Sqlite);
        var connection = db.Database.GetConnectionString()!;
        var options = new DbContextOptionsBuilder<Sqlite.SqliteNarplanDbContext>();
        DataSetup.ConfigureSqlite(options, connection);
        await using var other = new Sqlite.SqliteNarplanDbContext(options.Options);

        var mine = (await LoadAsync(db, PlanKind.Naromradesplan)).Version(2);
        var theirs = (await LoadAsync(other, PlanKind.Naromradesplan)).Version(2);
        var revision = mine.Section("egenvard").Revision;

        Assert.IsType<SectionEditResult.Saved>(theirs.EditSection("egenvard", revision, "Deras text."));
        await other.SaveChangesAsync();
        Assert.IsType<SectionEditResult.Saved>(mine.EditSection("egenvard", revision, "Min text."));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ASectionEditShouldBeInTheAuditLog()
    {
        await using var db = await SeededAsync(DatabaseProvider.Sqlite);
        var version = (await LoadAsync(db, PlanKind.Naromradesplan)).Version(2);
        version.EditSection("egenvard", version.Section("egenvard").Revision, "Ny text om egenvård.");
        await db.SaveChangesAsync();
        var entry = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(e => e.EntityType == nameof(PlanSection));
        Assert.Contains("Ny text om egenvård.", entry.Details);
    }
}
