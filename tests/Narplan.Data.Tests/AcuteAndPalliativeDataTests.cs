using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Narplan.Domain.Palliative;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Data.Tests;

public class AcuteAndPalliativeDataTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ATrygghetslakemedelOrdinationShouldRoundTripWithItsDoctorContactAndStartAndBeLoggedAgainstThePatient(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var patientId = await db.Patients.Where(p => p.Name == "Astrid Påhittad").Select(p => p.Id).SingleAsync();
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 16, 8, 0));
        var course = new PalliativeCourse(patientId);
        var order = new SafetyMedicationOrder(new LocalDate(2026, 12, 1), "Sofia Eriksson", "Morfin");
        course.RecordOrdination(order, clock);
        var contact = new DoctorContact(Instant.FromUtc(2026, 12, 16, 7, 0), "Sofia Eriksson", "Gäller");
        course.RecordDoctorContact(order.Id, contact, clock);
        course.StartOrdination(order.Id, "Ida Sjöström", clock);
        db.PalliativeCourses.Add(course);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var loaded = (await db.PalliativeCourses.SingleAsync(c => c.PatientId == patientId)).Ordinations.Single();

        Assert.Equal(contact.Id, loaded.DoctorContacts.Single().Id);
        Assert.Equal(contact.Id, loaded.RenewedByContactId);
        Assert.Equal(new LocalDate(2026, 12, 1), loaded.OrderedOn);
        var entries = await db.AuditEntries.Where(e => e.PatientId == patientId).ToListAsync();
        // The log keeps the name the record had before it became part of the course (decision 0087).
        Assert.Contains(entries, e => e.EntityType == "SafetyMedicationContactRecord");
        Assert.Contains(entries, e => e.EntityType == "SafetyMedicationRecord");
        Assert.DoesNotContain(entries, e => e.Details.Contains("Morfin"));
        await db.Database.EnsureDeletedAsync();
    }

    /// <summary>
    /// Migration PalliativeCourseAggregate moves the nine kinds of palliative rows under a course per patient: a database
    /// at the migration before it, with a death (Astrid, 02:30 on the DST night 25 October 2026) and every kind of row,
    /// keeps them all after the upgrade, and the demo deaths keep their tasks with the vårdcentral's name filled in.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UpgradingShouldKeepEveryPalliativeRowAndTheDeathUnderACourse(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var astrid = await db.Patients.SingleAsync(p => p.Name == "Astrid Påhittad");
        var clock = new FakeClock(Instant.FromUtc(2026, 10, 26, 12, 0));
        var diedAt = Instant.FromUtc(2026, 10, 25, 1, 30); // 02:30 CET, the second 02:30 of the night the clocks go back
        var centre = await db.RegionalUnits.FirstAsync(u => u.Name == "Närhälsan Herrljunga vårdcentral");
        var course = new PalliativeCourse(astrid.Id);
        course.RecordDecision(new EndOfLifeDecision(Instant.FromUtc(2026, 10, 1, 9, 0), "Sofia Eriksson", "Linnea Demosdotter"), clock);
        var order = new SafetyMedicationOrder(new LocalDate(2026, 10, 1), "Sofia Eriksson", "Morfin");
        course.RecordOrdination(order, clock);
        course.RecordDoctorContact(order.Id, new DoctorContact(Instant.FromUtc(2026, 10, 20, 8, 0), "Sofia Eriksson"), clock);
        course.RecordConversation(new BreakpointConversation(new LocalDate(2026, 10, 2), "Sofia Eriksson", ["patienten", "dottern"]), clock);
        course.UpdateCarePlan(new PalliativeCarePlan("Symtomlindring", CprDecision.DoNotResuscitate, "Inga", "Ordinerade", "Ingen antibiotika", "Munvård", Instant.FromUtc(2026, 10, 3, 9, 0), "Sofia Eriksson"));
        course.RecordDelegation(new DeathExaminationDelegation("Sofia Eriksson", "Linnea Demosdotter", new LocalDate(2026, 10, 1)));
        course.RequestCareCertificate(new CareCertificateRequest(Instant.FromUtc(2026, 10, 4, 9, 0), "Linnea Demosdotter", "Sofia Eriksson", "Oro"));
        course.RecordDeath(
            astrid,
            new DeathReport(diedAt, true, false, diedAt + Duration.FromMinutes(20),
                new DeathEstablishment(diedAt + Duration.FromHours(6), "Sofia Eriksson", DeathEstablishedBy.CareCentreDoctor, new(centre.Id, centre.Name))),
            new(centre.Id, centre.Name), null, "Linnea Demosdotter", clock);
        db.PalliativeCourses.Add(course);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var coursesBefore = await db.PalliativeCourses.Select(c => c.PatientId).OrderBy(id => id).ToListAsync();
        var rowsBefore = await PalliativeRowCountAsync(db);
        Assert.Equal(11 + 3 + 9 + 2, rowsBefore); // Astrid's eleven, and the demo's three deaths, nine tasks and two brytpunktssamtal

        // Back to the schema before the aggregate (the course table and the new columns go; the rows stay), then up again.
        var migrations = db.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_PalliativeCourseAggregate", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(previous);
        Assert.Equal(rowsBefore, await PalliativeRowCountAsync(db));
        await db.Database.MigrateAsync();

        Assert.Equal(rowsBefore, await PalliativeRowCountAsync(db));
        Assert.Equal(coursesBefore, await db.PalliativeCourses.Select(c => c.PatientId).OrderBy(id => id).ToListAsync());
        var upgraded = await db.PalliativeCourses.SingleAsync(c => c.PatientId == astrid.Id);
        Assert.Single(upgraded.Decisions);
        Assert.Single(upgraded.Ordinations.Single().DoctorContacts);
        Assert.Equal(["patienten", "dottern"], upgraded.Conversations.Single().Participants);
        Assert.Equal("Symtomlindring", upgraded.CarePlan!.Strategy);
        Assert.Single(upgraded.CareCertificateRequests);
        Assert.Equal(diedAt, upgraded.Death!.DiedAt);
        Assert.Equal(new LocalDate(2026, 10, 25), upgraded.Death.DiedOn);
        Assert.Equal("Sofia Eriksson", upgraded.ExaminationDelegation!.DoctorName);
        Assert.Equal(centre.Name, upgraded.Death.Establishment!.CareCentre!.Name);
        Assert.Equal(3, upgraded.Tasks.Count);
        Assert.All(upgraded.Tasks.Where(t => t.CareCentreId is not null), t => Assert.Equal(centre.Name, t.CareCentreName));
        Assert.Equal(LastWeekOfLife.Unknown, upgraded.Death.LastWeek);
        // The patient keeps the day of death: one source (decision 0087).
        Assert.Equal(new LocalDate(2026, 10, 25), await db.Patients.Where(p => p.Id == astrid.Id).Select(p => p.DiedOn).SingleAsync());
        // The demo's Björkhaga deaths (stored by the same rows) are each a course with a death and three tasks done.
        var demoDeaths = await db.PalliativeCourses.Where(c => c.PatientId != astrid.Id && c.Death != null).ToListAsync();
        Assert.Equal(3, demoDeaths.Count);
        Assert.All(demoDeaths, c => Assert.Equal(3, c.Tasks.Count(t => t.CompletedAt != null)));
        await db.Database.EnsureDeletedAsync();
    }

    private static readonly string[] PalliativeTables =
    [
        "EndOfLifeDecisions", "SafetyMedications", "SafetyMedicationContacts", "BreakpointConversations", "CarePlans",
        "DeathDelegations", "Deaths", "DeathTasks", "CareCertificateRequests",
    ];

    /// <summary>The rows in the nine palliative tables, counted by SQL so it works on either schema.</summary>
    private static Task<long> PalliativeRowCountAsync(NarplanDbContext db) =>
        db.Database.SqlQueryRaw<long>(
            "SELECT " + string.Join(" + ", PalliativeTables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")")) + " AS \"Value\"").SingleAsync();
}
