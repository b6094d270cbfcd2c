using System.Text;
using Microsoft.EntityFrameworkCore;
using Narplan.Data.Audit;
using Narplan.Domain.Audit;

namespace Narplan.Data.Tests;

/// <summary>
/// Issue 15.3 on a real database: someone who can write it (and so can drop the append-only
/// triggers) truncates the log or rewrites it with recomputed hashes. The checkpoints, sealed with
/// a key the database does not hold and copied to a file outside it, show both.
/// </summary>
public sealed class AuditCheckpointTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"narplan-checkpoints-{Guid.NewGuid():N}.jsonl");

    private AuditCheckpoints Checkpoints() => new(
        new AuditCheckpointSettings(new AuditCheckpointKey(Encoding.UTF8.GetBytes("test checkpoint key, 32 bytes or more, outside the db")), _file),
        TestDatabases.Clock);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AnUntouchedChainShouldVerifyAgainstItsCheckpointInTheDatabaseAndInTheFile(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var checkpoints = Checkpoints();

        var sealedHead = await checkpoints.SealHeadAsync(db);

        Assert.NotNull(sealedHead);
        Assert.Equal(await db.AuditEntries.MaxAsync(e => e.Sequence), sealedHead.Sequence);
        Assert.Null(await checkpoints.SealHeadAsync(db));
        Assert.Single(File.ReadAllLines(_file));
        Assert.Equal(1, await db.AuditCheckpoints.CountAsync());
        var result = await checkpoints.VerifyAsync(db);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(sealedHead.Sequence, result.SealedThrough);
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DeletingTheLastRowsShouldBeReportedAsTruncationEvenWithTheDatabasesCheckpointsGone(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var checkpoints = Checkpoints();
        var head = (await checkpoints.SealHeadAsync(db))!.Sequence;

        await DropAppendOnlyTriggersAsync(db, provider);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {0}", head - 3);

        Assert.True(AuditChain.Verify(await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        var result = await checkpoints.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains($"Loggen har kortats", result.Problem);
        Assert.Contains($"Rad {head - 2}–{head} saknas", result.Problem);

        // The attacker also removes the checkpoint rows: the file outside the database still has them.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditCheckpoints\"");
        var withoutRows = await checkpoints.VerifyAsync(db);
        Assert.Contains(withoutRows.Problems, p => p.Contains("Loggen har kortats"));
        Assert.Contains(withoutRows.Problems, p => p.Contains("har tagits bort ur databasen"));
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EditingARowAndRecomputingEveryLaterHashShouldBeReportedAgainstTheCheckpoint(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var checkpoints = Checkpoints();
        var head = (await checkpoints.SealHeadAsync(db))!.Sequence;
        await DropAppendOnlyTriggersAsync(db, provider);

        // Row head-5 gets other details; it and every later row are re-sealed so the chain is consistent.
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var previous = entries.Single(e => e.Sequence == head - 6).Hash;
        foreach (var entry in entries.Where(e => e.Sequence >= head - 5))
        {
            if (entry.Sequence == head - 5)
            {
                Set(entry, nameof(AuditEntry.Details), "ändrad i efterhand");
            }

            Set(entry, nameof(AuditEntry.PreviousHash), previous);
            Set(entry, nameof(AuditEntry.Hash), entry.ComputeHash());
            previous = entry.Hash;
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE \"AuditEntries\" SET \"Details\" = {0}, \"PreviousHash\" = {1}, \"Hash\" = {2} WHERE \"Sequence\" = {3}",
                entry.Details, entry.PreviousHash, entry.Hash, entry.Sequence);
        }

        Assert.True(AuditChain.Verify(await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        var result = await checkpoints.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains($"Rad {head} stämmer inte med kontrollpunkten", result.Problem);

        // Re-sealing: the attacker writes the new head's hash into the checkpoint row, without the key.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditCheckpoints\" SET \"Hash\" = {0}", previous);
        var resealed = await checkpoints.VerifyAsync(db);
        Assert.Contains(resealed.Problems, p => p.Contains("försegling som inte stämmer"));
        Assert.Contains(resealed.Problems, p => p.Contains($"Rad {head} stämmer inte med kontrollpunkten"));
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheDatabaseShouldRefuseToChangeOrDeleteACheckpoint(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        await Checkpoints().SealHeadAsync(db);

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(
            () => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditCheckpoints\" SET \"Hash\" = 'x'"));

        Assert.Contains("aldrig ändras eller tas bort", error.Message);
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task SeveralInstancesSealingTheSameHeadAtOnceShouldLeaveOneCheckpoint()
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(DatabaseProvider.Postgres);
        var connection = db.Database.GetConnectionString()!;
        var instances = Enumerable.Range(0, 4).Select(_ =>
        {
            var options = new DbContextOptionsBuilder<Postgres.PostgresNarplanDbContext>();
            DataSetup.ConfigurePostgres(options, connection);
            return new Postgres.PostgresNarplanDbContext(options.Options);
        }).ToList();

        var sealedHeads = await Task.WhenAll(instances.Select(instance => Checkpoints().SealHeadAsync(instance)));

        Assert.Equal(1, await db.AuditCheckpoints.CountAsync());
        Assert.True((await Checkpoints().VerifyAsync(db)).IsIntact);
        Assert.Equal(sealedHeads.Count(c => c is not null), File.ReadAllLines(_file).Length);
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }

        await db.Database.EnsureDeletedAsync();
    }

    private static void Set(AuditEntry entry, string property, string value) =>
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);

    private static Task DropAppendOnlyTriggersAsync(NarplanDbContext db, DatabaseProvider provider) =>
        db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? """
              DROP TRIGGER "AuditEntries_no_update"; DROP TRIGGER "AuditEntries_no_delete";
              DROP TRIGGER "AuditCheckpoints_no_update"; DROP TRIGGER "AuditCheckpoints_no_delete";
              """
            : """
              DROP TRIGGER "AuditEntries_append_only" ON "AuditEntries";
              DROP TRIGGER "AuditCheckpoints_append_only" ON "AuditCheckpoints";
              """);

    public void Dispose() => File.Delete(_file);
}
