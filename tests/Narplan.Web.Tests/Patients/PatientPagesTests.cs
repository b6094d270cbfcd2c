using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

public partial class PatientPagesTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // Tuesday 24 November 2026, 13:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    [Fact]
    public async Task AHerrljungaNurseShouldGetNotFoundForALidkopingPatientAndTheRefusalShouldBeLogged()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        var client = await _app.SignedInAsync(PatientTestSupport.HerrljungaNurse);

        foreach (var url in new[] { PatientPage.Url(id), PatientLogPage.Url(id), PatientLetterPage.Url(id), PatientLogPage.CsvUrl(id) })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Astrid", body);
            Assert.DoesNotContain("19340517", body);
            Assert.DoesNotContain("Bäckliden", body);
        }

        var denied = await _app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == id && e.Action == AuditAction.ReadDenied).ToListAsync());
        Assert.Equal(4, denied.Count);
        Assert.All(denied, e => Assert.Equal("Hanna Testnurse", e.UserName));
    }

    [Fact]
    public async Task AHerrljungaNurseShouldNotSeeLidkopingPatientsInTheUnitList()
    {
        var unitId = await factory.UnitIdAsync("Bäckliden");
        var client = await _app.SignedInAsync(PatientTestSupport.HerrljungaNurse);

        var page = await client.GetStringAsync(UnitPatientsPage.Url(unitId));

        Assert.Contains("Det finns inga patienter på enheten som du har behörighet till", page);
        Assert.DoesNotContain("Tolvan", page);
        Assert.DoesNotContain(NewPatientPage.Url(unitId), page);
    }

    [Fact]
    public async Task TheUnitListShouldMaskIdentityNumbersAndProtectedNamesAndLogEachRead()
    {
        var unitId = await factory.UnitIdAsync("Bäckliden");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);

        var page = await client.GetStringAsync(UnitPatientsPage.Url(unitId));

        Assert.Contains("Tolvan Tolvansson", page);
        Assert.Contains("19121212-****", page);
        Assert.DoesNotContain("19121212-1212", page);
        Assert.Contains(PatientText.ProtectedName, page);
        Assert.Contains("2025-12-08", page);
        Assert.DoesNotContain("Gunnar", page);
        var gunnar = await _app.PatientIdAsync("Gunnar Exempelsson");
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == gunnar && e.Action == AuditAction.Read && e.Details == "patientlista")));
    }

    [Fact]
    public async Task ANurseShouldSeeThePatientPageAndTheReadShouldBeLogged()
    {
        var id = await _app.PatientIdAsync("Tolvan Tolvansson");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);

        var page = await client.GetStringAsync(PatientPage.Url(id));

        Assert.Contains("<h1>Tolvan Tolvansson</h1>", page);
        Assert.Contains("19121212-1212", page);
        Assert.Contains("Sofia Eriksson", page);
        Assert.Contains("Ida Sjöström", page);
        Assert.Contains($"/patienter/{id}/arsgenomgang", page);
        Assert.Contains($"/patienter/{id}/akut", page);
        Assert.Contains($"/patienter/{id}/palliativ", page);
        var reads = await _app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == id && e.Action == AuditAction.Read && e.Details == "patientsida").ToListAsync());
        var read = Assert.Single(reads);
        Assert.Equal("Ida Sjöström", read.UserName);
        Assert.DoesNotContain("19121212", read.Details + read.EntityId);
    }

    [Fact]
    public async Task AProtectedIdentityShouldBeMaskedUntilRevealedWithAReasonThatIsLogged()
    {
        var id = await _app.PatientIdAsync("Gunnar Exempelsson");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var page = await client.GetStringAsync(PatientPage.Url(id));
        Assert.DoesNotContain("Gunnar", page);
        Assert.Contains("19410203-****", page);

        var noReason = await client.PostFormAsync(PatientPage.Url(id), page, "patient-reveal", new() { ["Reveal.Reason"] = "" });
        var refused = await noReason.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains(PatientCommands.ReasonRequired, refused);
        Assert.DoesNotContain("Gunnar", refused);

        var response = await client.PostFormAsync(PatientPage.Url(id), page, "patient-reveal", new() { ["Reveal.Reason"] = "Ringer anhörig om läkemedel" });
        var revealed = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Gunnar Exempelsson</h1>", revealed);
        Assert.Contains("19410203-DM02", revealed);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == id && e.Action == AuditAction.Read && e.Details == "Skyddad identitet visad. Skäl: Ringer anhörig om läkemedel")));
        // Revealing is for this response only: the next visit is masked again.
        Assert.DoesNotContain("Gunnar", await client.GetStringAsync(PatientPage.Url(id)));
    }
}
