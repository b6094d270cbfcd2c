using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Narplan.Domain.Patients;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Acute;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Web.Tests.Scale;

/// <summary>
/// Issue 23 item 5: "Logs are structured and never carry patient data". The patient, acute and palliative flows run
/// with every logger at Debug (EF Core's SQL included); every line, exception and scope is then searched for each
/// patient's name and identity number in the forms a person would write it.
/// </summary>
public sealed class NoPatientDataInLogsTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";
    private const string NewName = "Loggfri Kontrollsdotter";

    // Thursday 10 December 2026 at 21:00 Swedish time (the acute tests' evening).
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 10, 20, 0);

    [Fact]
    public async Task ShouldWriteNoPatientNameOrIdentityNumberToAnyLogLineWhileThePatientAcuteAndPalliativeFlowsRunAtDebug()
    {
        var capture = new LogCapture();
        var app = factory.WithWebHostBuilder(b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FakeClock(Evening)));
            b.ConfigureLogging(logging => logging.AddProvider(capture).AddFilter<LogCapture>(null, LogLevel.Debug));
        });
        var newNumber = $"19380401-277{IdentityNumber.CheckDigit("380401277")}";

        var client = await app.SignedInAsync(Nurse);
        Dictionary<string, Guid> units;
        List<DemoPatient> patients;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>();
            units = await db.CareUnits.Where(u => u.Name == "Bäckliden" || u.Name == "Margretelund").ToDictionaryAsync(u => u.Name, u => u.Id);
            patients = await db.Patients.Select(p => new DemoPatient(p.Id, p.Name, p.StoredIdentityNumber, p.CareUnitId)).ToListAsync();
        }

        Assert.True(patients.Count >= 5);
        var tolvan = patients.Single(p => p.Name == "Tolvan Tolvansson").Id;
        var gunnar = patients.Single(p => p.Name == "Gunnar Exempelsson").Id;

        // Patients: the unit's list, pages (a protected one revealed with a reason), log extract, letter, a new patient (refused, then saved).
        await OkAsync(client, UnitPatientsPage.Url(units["Bäckliden"]));
        foreach (var patient in patients.Where(p => p.CareUnitId == units["Bäckliden"]))
        {
            await OkAsync(client, PatientPage.Url(patient.Id));
        }

        var gunnarPage = await client.GetStringAsync(PatientPage.Url(gunnar));
        await client.PostFormAsync(PatientPage.Url(gunnar), gunnarPage, "patient-reveal", new() { ["Reveal.Reason"] = "Akut kontakt, behöver fullständiga uppgifter" });
        await OkAsync(client, PatientLogPage.Url(tolvan));
        await OkAsync(client, PatientLetterPage.Url(tolvan));
        var newUrl = NewPatientPage.Url(units["Margretelund"]);
        var newForm = await client.GetStringAsync(newUrl);
        Dictionary<string, string> NewPatient(string number) => new()
        {
            ["Input.UnitId"] = units["Margretelund"].ToString(),
            ["Input.IdentityNumber"] = number,
            ["Input.Name"] = NewName,
            ["Input.EnrolledOn"] = "2026-11-20",
            ["Input.PreviousReview"] = "",
        };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostFormAsync(newUrl, newForm, "patient-new", NewPatient(newNumber[..^1] + ((IdentityNumber.CheckDigit("380401277") + 1) % 10)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(newUrl, newForm, "patient-new", NewPatient(newNumber))).StatusCode);
        await client.PostAsync("/api/v1/identity-numbers/validate", new StringContent($"{{ \"value\": \"{newNumber}\" }}", Encoding.UTF8, "application/json"));

        // Acute: compute, a refused value, save, the follow-up page.
        var acuteUrl = AcuteContactPage.Url(tolvan);
        var acute = await client.GetStringAsync(acuteUrl);
        await client.PostFormAsync(acuteUrl, acute, "acute", AcutePagesTests.Vitals("calc"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostFormAsync(acuteUrl, acute, "acute", AcutePagesTests.Vitals("save", pulse: "900"))).StatusCode);
        var saved = await client.PostFormAsync(acuteUrl, acute, "acute", AcutePagesTests.Vitals("save"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await OkAsync(client, saved.Headers.Location!.OriginalString);

        // Palliative: the page, a trygghetsläkemedel order, a death in the future (refused).
        var palliativeUrl = PalliativePage.Url(tolvan);
        var palliative = await client.GetStringAsync(palliativeUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(palliativeUrl, palliative, "order", new()
        {
            ["Order.On"] = "2026-12-09", ["Order.Doctor"] = "Sofia Eriksson", ["Order.Medications"] = "Morfin, Midazolam",
        })).StatusCode);
        await client.PostFormAsync(palliativeUrl, await client.GetStringAsync(palliativeUrl), "death", new()
        {
            ["DeathForm.DiedAt"] = "2026-12-11T18:00", ["DeathForm.Expected"] = "true",
            ["DeathForm.EstablishedAt"] = "2026-12-10T20:30", ["DeathForm.Doctor"] = "Jourläkare Demo", ["DeathForm.By"] = "OnCallDoctor",
        });

        var lines = capture.Lines;
        Assert.True(lines.Count > 200, $"Only {lines.Count} log lines: logging at Debug did not reach the capture.");
        Assert.Contains(lines, l => l.Contains("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));

        var secrets = patients.SelectMany(p => Forms(p.Name, p.StoredIdentityNumber)).Concat(Forms(NewName, newNumber)).Distinct().ToList();
        var hits = lines.SelectMany(line => secrets.Where(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"[{s}] {line}")).ToList();
        Assert.True(hits.Count == 0, $"{hits.Count} log lines carry patient data:\n" + string.Join("\n", hits.Take(10)));
    }

    private sealed record DemoPatient(Guid Id, string Name, string StoredIdentityNumber, Guid CareUnitId);

    /// <summary>A name as written, and an identity number stored, with and without the century and the hyphen.</summary>
    private static IEnumerable<string> Forms(string name, string number)
    {
        yield return name;
        var compact = number.Replace("-", "", StringComparison.Ordinal);
        yield return compact;
        if (compact.Length == 12)
        {
            yield return compact[..8] + "-" + compact[8..];
            yield return compact[2..];
            yield return compact[2..8] + "-" + compact[8..];
        }
    }

    private static async Task OkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
    }

}
