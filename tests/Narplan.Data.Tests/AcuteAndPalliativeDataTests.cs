using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Palliative;
using NodaTime;

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
        var record = new SafetyMedicationRecord(patientId, new SafetyMedicationOrder(new LocalDate(2026, 12, 1), "Sofia Eriksson", "Morfin"));
        var contact = record.RecordDoctorContact(new DoctorContact(Instant.FromUtc(2026, 12, 16, 7, 0), "Sofia Eriksson", "Gäller"));
        record.Start(Instant.FromUtc(2026, 12, 16, 8, 0), "Ida Sjöström");
        db.SafetyMedications.Add(record);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var loaded = await db.SafetyMedications.Include(o => o.Contacts).SingleAsync(o => o.Id == record.Id);

        Assert.Equal(contact.Id, loaded.Contacts.Single().Id);
        Assert.Equal(contact.Id, loaded.RenewedByContactId);
        Assert.Equal(new LocalDate(2026, 12, 1), loaded.ToDomain().OrderedOn);
        var entries = await db.AuditEntries.Where(e => e.PatientId == patientId).ToListAsync();
        Assert.Contains(entries, e => e.EntityType == nameof(SafetyMedicationContactRecord));
        Assert.DoesNotContain(entries, e => e.Details.Contains("Morfin"));
        await db.Database.EnsureDeletedAsync();
    }
}
