using Microsoft.EntityFrameworkCore;
using Narplan.Data.Demo;
using Narplan.Domain.Rounds;
using NodaTime;

namespace Narplan.Data.Tests;

public class RoundPersistenceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task DemoRoundsShouldLoadWithSeed002RhythmAndRecordedOccurrences(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);
        await db.Database.MigrateAsync();
        await DemoData.SeedIfEmptyAsync(db);

        var backlidenId = await db.CareUnits.Where(u => u.Name == "Bäckliden").Select(u => u.Id).SingleAsync();
        var backliden = await db.RoundSeries.SingleAsync(s => s.CareUnitId == backlidenId);
        Assert.Equal(RoundRecurrence.EveryOtherWeek, backliden.Recurrence);
        Assert.Equal(new LocalTime(9, 0), backliden.StartTime);
        Assert.Equal(IsoDayOfWeek.Thursday, backliden.Weekday);
        var december = backliden.OccurrencesBetween(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31));
        Assert.Equal([new LocalDate(2026, 12, 10), new LocalDate(2026, 12, 28)], december.Select(o => o.Date));
        Assert.True(await db.RoundOccurrenceRecords.CountAsync(r => r.Status == RoundStatus.Held) > 100);
        Assert.True(await db.RoundOccurrenceRecords.AnyAsync(r => r.Status == RoundStatus.Cancelled));
        Assert.Equal(3, await db.RoundSeries.CountAsync(s => s.CareUnitId == db.CareUnits.Single(u => u.Name == "LSS-bostäder Lidköping").Id));
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task AMovedOccurrenceShouldKeepItsLocalTimeInTheDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);
        await db.Database.MigrateAsync();
        await DemoData.SeedIfEmptyAsync(db);
        var series = await db.RoundSeries.OrderBy(s => s.Id).FirstAsync();
        var occurrence = series.OccurrencesBetween(new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 31)).First();
        var record = new RoundOccurrenceRecord(series.Id, occurrence.OriginalDate);
        record.MoveTo(occurrence, new LocalDateTime(2027, 3, 31, 14, 15), Instant.FromUtc(2027, 1, 1, 0, 0));
        record.SetAgenda("Årlig vårdplanering");
        db.Add(record);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.RoundOccurrenceRecords.SingleAsync(r => r.Id == record.Id);

        Assert.Equal(new LocalDateTime(2027, 3, 31, 14, 15), stored.MovedStart);
        Assert.Equal(1, stored.Sequence);
        Assert.Equal("Årlig vårdplanering", stored.Agenda);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(RoundOccurrenceRecord) && e.EntityId == record.Id.ToString()));
        await db.Database.EnsureDeletedAsync();
    }
}
