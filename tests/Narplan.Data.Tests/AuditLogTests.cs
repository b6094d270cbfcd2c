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
