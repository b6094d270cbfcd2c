using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Identity;
using Narplan.Domain.Access;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.OnCall;

/// <summary>
/// Issue 14 item 6 on the acute form (decision 0039): in Halland the form asks whether an acute home visit is likely and
/// shows both answers, the visit going to Läkarmedverkan i hemsjukvården in daytime (seed 003).
/// </summary>
public class HallandAcuteFormTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@falkenberg.test";

    // Tuesday 8 December 2026 at 10:00 Swedish time: daytime on a working day.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 8, 9, 0));

    private static Dictionary<string, string> Form(string action, string visitLikely) => new()
    {
        ["Input.Action"] = action,
        ["Input.Reason"] = "Feber och förvirring sedan i natt",
        ["Input.RespirationRate"] = "22",
        ["Input.SpO2"] = "94",
        ["Input.Scale"] = "1",
        ["Input.AirOrOxygen"] = "Air",
        ["Input.SystolicBloodPressure"] = "112",
        ["Input.Pulse"] = "104",
        ["Input.Consciousness"] = "Confusion",
        ["Input.Temperature"] = "38,6",
        ["Input.VisitLikely"] = visitLikely,
    };

    /// <summary>The demo has no Halland nurse or patient; these exist only in this test class's database.</summary>
    private async Task<(HttpClient Client, Guid PatientId)> NurseAndPatientAsync()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NarplanDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NarplanUser>>();
            var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Name == "Falkenberg");
            if (await users.FindByEmailAsync(Nurse) is null)
            {
                var created = await users.CreateAsync(
                    new NarplanUser
                    {
                        UserName = Nurse, Email = Nurse, EmailConfirmed = true, DisplayName = "Frida Testnurse",
                        OrganisationId = kommun.Id, Role = UserRole.KommunNurse,
                    },
                    DemoUsers.Password);
                Assert.True(created.Succeeded);
                var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Name == "Hemsjukvården Falkenberg");
                var today = new LocalDate(2026, 12, 8);
                var centre = unit.ResponsibilityOn(today)?.CareCentreId;
                db.Patients.Add(Patient.Enrol(
                    IdentityNumber.ParseOrThrow("19380304-HA01", today), "Halvar Hallandsson", unit, new LocalDate(2025, 3, 3), centre, today,
                    listedCareCentreId: centre, isDemo: true));
                await db.SaveChangesAsync();
            }
        }

        var client = await _app.SignedInAsync(Nurse);
        var id = await _app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Halvar Hallandsson").Select(p => p.Id).SingleAsync());
        return (client, id);
    }

    [Fact]
    public async Task TheFormShouldAskWhetherAVisitIsLikelyAndShowBothAnswersVisitFirst()
    {
        // Seed 003: "Läkarmedverkan i hemsjukvården ansvarar för … akuta hembesök för patienter inskrivna i hemsjukvården".
        var (client, id) = await NurseAndPatientAsync();
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "acute", Form("calc", "ja"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Är ett akut hembesök troligt?", page);
        var visit = html.IndexOf("Troligt akut hembesök: Ring Läkarmedverkan i hemsjukvården", StringComparison.Ordinal);
        var advice = html.IndexOf("Råd: Ring Vårdcentralen Falkenberg", StringComparison.Ordinal);
        Assert.True(visit >= 0 && advice > visit, html);
        Assert.Contains("Nummer saknas – ange det under Administration → jourregler", html);
    }

    [Fact]
    public async Task WithoutALikelyVisitTheAdviceAnswerShouldComeFirstAndTheVisitAnswerStillBeShown()
    {
        var (client, id) = await NurseAndPatientAsync();
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "acute", Form("calc", ""));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var advice = html.IndexOf("Råd: Ring Vårdcentralen Falkenberg", StringComparison.Ordinal);
        var visit = html.IndexOf("Troligt akut hembesök: Ring Läkarmedverkan i hemsjukvården", StringComparison.Ordinal);
        Assert.True(advice >= 0 && visit > advice, html);
    }

    [Fact]
    public async Task SavingWithALikelyVisitShouldRecordLakarmedverkanAsTheResponder()
    {
        var (client, id) = await NurseAndPatientAsync();
        var url = AcuteContactPage.Url(id);
        var page = await client.GetStringAsync(url);

        var response = await client.PostFormAsync(url, page, "acute", Form("save", "ja"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var responder = await _app.WithDbAsync(db => db.AcuteContacts.Where(c => c.PatientId == id).Select(c => c.ResponderName).SingleAsync());
        Assert.Equal("Läkarmedverkan i hemsjukvården", responder);
    }
}
