using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.Patients;
using NodaTime;

namespace Narplan.Data.Tests;

public class PatientDataTests
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task APatientChangeShouldBeLoggedWithThePatientsIdAndFieldNamesOnly(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Name == "Lugnet");

        var patient = Patient.Enrol(
            IdentityNumber.ParseOrThrow("19350412-R001", Today), "Vera Loggsson", unit, Today, unit.ResponsibilityOn(Today)?.CareCentreId, Today);
        db.Patients.Add(patient);
        await db.SaveChangesAsync();

        var entries = await db.AuditEntries.Where(e => e.PatientId == patient.Id).ToListAsync();
        Assert.Contains(entries, e => e.EntityType == nameof(Patient) && e.Action == AuditAction.Create);
        Assert.Contains(entries, e => e.EntityType == nameof(PatientEvent));
        Assert.Contains(entries, e => e.EntityType == nameof(ListingOffer));
        var created = entries.Single(e => e.EntityType == nameof(Patient));
        Assert.Contains("StoredIdentityNumber", created.Details);
        Assert.DoesNotContain("Vera", created.Details);
        Assert.DoesNotContain("19350412", created.Details);
        Assert.True(AuditChain.Verify(await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync()).IsIntact);
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ASecondPatientWithTheSameIdentityNumberShouldBeRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);
        var unit = await db.CareUnits.SingleAsync(u => u.Name == "Eken");

        // The demo data already has Tolvan Tolvansson at Bäckliden.
        db.Patients.Add(Patient.Enrol(IdentityNumber.ParseOrThrow("191212121212", Today), "Tolvan Dubblett", unit, Today, null, Today));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        await db.Database.EnsureDeletedAsync();
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task TheDemoPatientsShouldRoundTripWithTheirEventsOffersAndContacts(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewWithDemoDataAsync(provider);

        var patients = await db.Patients.AsNoTracking()
            .Include(p => p.Events).Include(p => p.ListingOffers).Include(p => p.CareContacts).ToListAsync();

        Assert.True(patients.Count >= 8);
        Assert.All(patients, p => Assert.True(p.IsDemo));
        // Only Skatteverket's test person and our own DM reservnummer: never a number that could be a real person's.
        Assert.All(patients, p => Assert.True(p.StoredIdentityNumber == "191212121212" || p.StoredIdentityNumber[8..10] == "DM"));
        var elsa = patients.Single(p => p.Name == "Elsa Testsson");
        Assert.Contains(elsa.Events, e => e.Kind == PatientEventKind.ShortTermStay && e.LastDay == new LocalDate(2026, 10, 30));
        Assert.Single(elsa.CareContacts);
        Assert.Contains(patients, p => p.IsProtected);
        Assert.Contains(patients.SelectMany(p => p.ListingOffers), o => o.Answer == ListingAnswer.Pending);
        await db.Database.EnsureDeletedAsync();
    }
}
