using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

/// <summary>
/// A unit's patient list logs one read per listed patient, chained in memory and inserted in one statement
/// (decision 0092): each listed patient's loggutdrag still shows the list read, and the chain stays verifiable.
/// </summary>
public class PatientListAuditTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // Tuesday 24 November 2026, 13:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    [Fact]
    public async Task ShouldShowTheListReadInTheLoggutdragOfEveryListedPatientAndKeepTheChainIntact()
    {
        var unitId = await factory.UnitIdAsync("Bäckliden");
        var nurse = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var listed = await _app.WithDbAsync(db => db.Patients.Where(p => p.CareUnitId == unitId).Select(p => p.Id).ToListAsync());
        Assert.True(listed.Count >= 2, "Bäckliden has several demo patients");
        var head = await _app.WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        await nurse.GetStringAsync(UnitPatientsPage.Url(unitId));

        var reads = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Sequence > head && e.Details == "patientlista").OrderBy(e => e.Sequence).ToListAsync());
        Assert.Equal(listed.Order(), reads.Select(e => e.PatientId!.Value).Order());
        Assert.All(reads, e => Assert.Equal(AuditAction.Read, e.Action));
        Assert.All(reads, e => Assert.Equal("Ida Sjöström", e.UserName));
        // One append: the list's entries follow each other in the chain.
        Assert.Equal(reads.Count - 1, reads[^1].Sequence - reads[0].Sequence);
        foreach (var patientId in listed)
        {
            var extract = await nurse.GetStringAsync(PatientLogPage.Url(patientId));
            Assert.Contains("<td>patientlista</td>", extract);
            Assert.Contains("Ida Sjöström", extract);
        }

        var chain = await _app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
        var result = AuditChain.Verify(chain);
        Assert.True(result.IsIntact, string.Join(" ", result.Problems));
    }
}
