using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Acute;

/// <summary>The certificates after a death reach the right vårdcentral's doctors on their task list, overdue ones marked.</summary>
public class CertificateTasksTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // Tuesday 29 December 2026 at 11:00 Swedish time: the dödsbevis for a death on julafton was due Monday 28 December.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 29, 10, 0));

    [Fact]
    public async Task TheListedVardcentralsDoctorShouldSeeTheOverdueDodsbevisAndTheReadShouldBeLogged()
    {
        var id = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Greta Påhittad").Select(p => p.Id).SingleAsync());
        var centre = await _app.WithDbAsync(db => db.RegionalUnits.Where(c => c.Name == "Närhälsan Herrljunga vårdcentral").Select(c => c.Id).SingleAsync());
        var mas = await _app.SignedInAsync("mas@herrljunga.demo");
        var url = PalliativePage.Url(id);
        var recorded = await mas.PostFormAsync(url, await mas.GetStringAsync(url), "death", new()
        {
            ["DeathForm.DiedAt"] = "2026-12-24T22:10", ["DeathForm.Expected"] = "true",
            ["DeathForm.EstablishedAt"] = "2026-12-24T23:30", ["DeathForm.Doctor"] = "Karin Åberg", ["DeathForm.By"] = "CareCentreDoctor",
            ["DeathForm.CareCentre"] = centre.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var doctor = await _app.SignedInAsync("lakare@herrljunga-vc.demo");
        var page = WebUtility.HtmlDecode(await doctor.GetStringAsync("/uppgifter"));

        Assert.Contains("Intyg och samtal efter dödsfall", page);
        Assert.Contains("2026-12-28<strong> – försenad</strong>", page);
        Assert.Contains("Dödsbevis till Skatteverket", page);
        Assert.Contains("Dödsorsaksintyg till Socialstyrelsen", page);
        Assert.Contains("Greta Påhittad", page);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == id && e.Action == AuditAction.Read && e.Details == "intygslista efter dödsfall" && e.UserName == "Karin Åberg")));

        // A kommun nurse's list has no vårdcentral certificates.
        var nurse = await _app.SignedInAsync("mas@herrljunga.demo");
        Assert.DoesNotContain("Intyg och samtal efter dödsfall", WebUtility.HtmlDecode(await nurse.GetStringAsync("/uppgifter")));
    }
}
