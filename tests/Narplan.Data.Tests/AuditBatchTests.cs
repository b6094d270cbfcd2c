using Microsoft.EntityFrameworkCore;
using Narplan.Data.Audit;
using Narplan.Data.Postgres;
using Narplan.Data.Sqlite;
using Narplan.Domain.Audit;
using Npgsql;
using NodaTime;

namespace Narplan.Data.Tests;

/// <summary>
/// A patient list's reads (one entry per listed patient, so each patient's loggutdrag shows the read) are chained in
/// memory and inserted in one statement, outside the change tracker (decision 0092).
/// </summary>
public class AuditBatchTests
{
    private sealed class Nurse : IAuditActorAccessor
    {
        public AuditActor Current { get; } = new("user-1", "Ida Sjöström", Guid.Parse("11111111-1111-1111-1111-111111111111"), "KommunNurse");
    }

    private static async Task<NarplanDbContext> NewAsync(DatabaseProvider provider, DataChangeSignal changes, AuditCheckpointSignal checkpoints)
    {
        var interceptor = new AuditSaveChangesInterceptor(new Nurse(), TestDatabases.Clock, changes, checkpoints);
        NarplanDbContext db;
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"narplan-auditbatch-{Guid.NewGuid():N}.db");
            var options = new DbContextOptionsBuilder<SqliteNarplanDbContext>();
            DataSetup.ConfigureSqlite(options, $"Data Source={path};Pooling=false").AddInterceptors(interceptor);
            db = new SqliteNarplanDbContext(options.Options);
        }
        else
        {
            var name = $"narplan_test_{Guid.NewGuid():N}";
            await using (var connection = new NpgsqlConnection(TestDatabases.PostgresServer))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }

            var options = new DbContextOptionsBuilder<PostgresNarplanDbContext>();
            DataSetup.ConfigurePostgres(options, new NpgsqlConnectionStringBuilder(TestDatabases.PostgresServer) { Database = name }.ConnectionString)
                .AddInterceptors(interceptor);
            db = new PostgresNarplanDbContext(options.Options);
        }

        await db.Database.MigrateAsync();
        await Demo.DemoData.SeedIfEmptyAsync(db);
        return db;
    }

    private static List<AuditEntry> ListReads(IEnumerable<Guid> patientIds, Instant at) =>
        patientIds.Select(id => new AuditEntry(at, "user-1", "Ida Sjöström", null, "KommunNurse", AuditAction.Read, "Patient", id.ToString(), id, "patientlista")).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldChainFourHundredListReadsInOneAppendWithEveryPatientFindableAndTheChainIntact(DatabaseProvider provider)
    {
        await using var db = await NewAsync(provider, new DataChangeSignal(), new AuditCheckpointSignal());
        var before = await db.AuditEntries.MaxAsync(e => e.Sequence);
        var patients = Enumerable.Range(0, 400).Select(_ => Guid.NewGuid()).ToList();
        var at = Instant.FromUtc(2026, 6, 19, 9, 30, 15).PlusTicks(1234560);

        await db.AppendAuditAsync(ListReads(patients, at));
        // A change saved afterwards chains on after the list's last entry.
        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Bäckliden");
        unit.Update("Bäckliden", 57);
        unit.Touch();
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var result = AuditChain.Verify(entries);
        Assert.True(result.IsIntact, string.Join(" ", result.Problems));
        var reads = entries.Where(e => e.Sequence > before && e.Details == "patientlista").ToList();
        Assert.Equal(patients, reads.Select(e => e.PatientId!.Value));
        Assert.Equal(Enumerable.Range(1, 400).Select(i => before + i), reads.Select(e => e.Sequence));
        Assert.All(reads, e => Assert.Equal(at, e.At));
        Assert.All(reads, e => Assert.Equal(AuditAction.Read, e.Action));
        Assert.Equal("CareUnit", entries[^1].EntityType);
        Assert.Equal(before + 401, entries[^1].Sequence);
        // Each listed patient's loggutdrag query (by patient id) finds its read.
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.PatientId == patients[217] && e.Details == "patientlista"));
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldNotMakeCachesForgetWhenOnlyReadsAreLoggedButShouldWhenDataChanges(DatabaseProvider provider)
    {
        var changes = new DataChangeSignal();
        await using var db = await NewAsync(provider, changes, new AuditCheckpointSignal());
        var generation = changes.Generation;

        await db.AppendAuditAsync(ListReads([Guid.NewGuid(), Guid.NewGuid()], TestDatabases.Clock.GetCurrentInstant()));
        // A single read (the patient page) goes through SaveChanges: still only the log changes.
        db.Add(ListReads([Guid.NewGuid()], TestDatabases.Clock.GetCurrentInstant())[0]);
        await db.SaveChangesAsync();
        Assert.Equal(generation, changes.Generation);

        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Bäckliden");
        unit.Update("Bäckliden", 58);
        unit.Touch();
        await db.SaveChangesAsync();
        Assert.True(changes.Generation > generation);
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task ShouldAskForACheckpointWhenAListCrossesTheCheckpointInterval()
    {
        var checkpoints = new AuditCheckpointSignal(every: 100);
        await using var db = await NewAsync(DatabaseProvider.Sqlite, new DataChangeSignal(), checkpoints);
        // Drain a request the demo data's saves may have left.
        await checkpoints.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        await db.AppendAuditAsync(ListReads(Enumerable.Range(0, 150).Select(_ => Guid.NewGuid()), TestDatabases.Clock.GetCurrentInstant()));

        Assert.True(await checkpoints.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        await db.Database.EnsureDeletedAsync();
    }
}
