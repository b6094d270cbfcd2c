using Microsoft.EntityFrameworkCore;
using Narplan.Data.Audit;
using Narplan.Domain.Audit;

namespace Narplan.Data.Tests;

public class AuditLogTests
{
    private sealed class Nurse : IAuditActorAccessor
    {
        public AuditActor Current { get; } = new("user-1", "Ida Sjöström", Guid.Parse("11111111-1111-1111-1111-111111111111"), "KommunNurse");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryChangeShouldBeLoggedInAnIntactChainWithWhoAndWhat(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider, new Nurse());

        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Bäckliden");
        unit.Update("Bäckliden", 56);
        unit.Touch();
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
        Assert.True(AuditChain.Verify(entries).IsIntact);
        var last = entries[^1];
        Assert.Equal(AuditAction.Update, last.Action);
        Assert.Equal("CareUnit", last.EntityType);
        Assert.Equal(unit.Id.ToString(), last.EntityId);
        Assert.Equal("Ida Sjöström", last.UserName);
        Assert.Equal("KommunNurse", last.Role);
        Assert.Contains("Places: 54 → 56", last.Details);
        Assert.Equal(entries.Count, last.Sequence);
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldWriteCollectionsAndDatesReadablyNeverAsDotNetTypeNames(DatabaseProvider provider)
    {
        // Issue 18: the demo log showed "Rows: System.Collections.Generic.List`1[Narplan.Domain.Plans.ActionRow]" and
        // "AnchorDate: Thursday, 08 January 2026". New rows store a count and ISO dates.
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);

        var details = await db.AuditEntries.Select(e => e.Details).ToListAsync();

        Assert.DoesNotContain(details, d => d.Contains("System.") || d.Contains("Narplan.") || d.Contains("`1[") || d.Contains("<>"));
        Assert.Contains(details, d => System.Text.RegularExpressions.Regex.IsMatch(d, @": \d+ st(;|$)"));
        Assert.Contains(details, d => System.Text.RegularExpressions.Regex.IsMatch(d, @"ValidFrom: \d{4}-\d{2}-\d{2}(;|$)"));
        Assert.DoesNotContain(details, d => System.Text.RegularExpressions.Regex.IsMatch(d, @"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d"));
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheLogShouldRefuseToChangeOrDeleteAnEntry(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);

        var entry = await db.AuditEntries.OrderBy(e => e.Sequence).FirstAsync();
        db.AuditEntries.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "UPDATE \"AuditEntries\" SET \"Details\" = 'ändrad'")]
    [InlineData(DatabaseProvider.Sqlite, "DELETE FROM \"AuditEntries\"")]
    [InlineData(DatabaseProvider.Postgres, "UPDATE \"AuditEntries\" SET \"Details\" = 'ändrad'")]
    [InlineData(DatabaseProvider.Postgres, "DELETE FROM \"AuditEntries\"")]
    [InlineData(DatabaseProvider.Postgres, "TRUNCATE \"AuditEntries\"")]
    public async Task TheDatabaseShouldRefuseToChangeOrDeleteAnEntryBehindTheAppsBack(DatabaseProvider provider, string sql)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var before = await db.AuditEntries.CountAsync();

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("aldrig ändras eller tas bort", error.Message);
        Assert.Equal(before, await db.AuditEntries.CountAsync());
        Assert.True(AuditChain.Verify(await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task ASaveOnPostgresShouldWaitWhileAnotherInstanceAppendsToTheChain()
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(DatabaseProvider.Postgres);
        var connectionString = db.Database.GetConnectionString()!;

        // "Another app instance" holds the chain in its open transaction.
        await using var other = new Npgsql.NpgsqlConnection(connectionString);
        await other.OpenAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_xact_lock({Postgres.PostgresNarplanDbContext.AuditChainLockKey})", other, otherTransaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Bäckliden");
        unit.Update("Bäckliden", 57);
        unit.Touch();
        var save = db.SaveChangesAsync();

        // The save is seen waiting for the advisory lock in pg_locks, not racing past it.
        await using var watcher = new Npgsql.NpgsqlConnection(connectionString);
        await watcher.OpenAsync();
        var waiting = false;
        for (var attempt = 0; attempt < 200 && !waiting && !save.IsCompleted; attempt++)
        {
            await using var look = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", watcher);
            waiting = (long)(await look.ExecuteScalarAsync())! > 0;
            if (!waiting)
            {
                await Task.Delay(50);
            }
        }

        Assert.True(waiting);
        Assert.False(save.IsCompleted);

        await otherTransaction.CommitAsync();
        await save;

        Assert.Equal(57, (await db.CareUnits.AsNoTracking().SingleAsync(u => u.Name == "Bäckliden")).Places);
        Assert.True(AuditChain.Verify(await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        await other.CloseAsync();
        await watcher.CloseAsync();
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AStaleEditShouldBeRefusedByTheConcurrencyToken(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Lugnet");
        var loadedVersion = unit.Version;

        // Someone else saves first.
        await db.Database.ExecuteSqlRawAsync("UPDATE \"CareUnits\" SET \"Version\" = \"Version\" + 1 WHERE \"Name\" = 'Lugnet'");
        unit.Update("Lugnet", 31);
        db.Entry(unit).Property(u => u.Version).OriginalValue = loadedVersion;
        unit.Touch();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        await db.Database.EnsureDeletedAsync();
    }
}
