using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Patients;

public partial class PatientLogTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 11, 24, 12, 0));

    [Fact]
    public async Task TheLoggutdragShouldListEveryReadWithWhoRoleOrganisationAndWhen()
    {
        var id = await _app.PatientIdAsync("Karl Exempelsson");
        var doctor = await _app.SignedInAsync("lakare@herrljunga-vc.demo");
        Assert.Equal(HttpStatusCode.OK, (await doctor.GetAsync(PatientPage.Url(id))).StatusCode);
        var mas = await _app.SignedInAsync("mas@herrljunga.demo");

        var page = await mas.GetStringAsync(PatientLogPage.Url(id));

        Assert.Contains("Karin Åberg", page);
        Assert.Contains("Läkare", page);
        Assert.Contains("Närhälsan Herrljunga vårdcentral", page);
        Assert.Contains("Läste uppgifter om patienten", page);
        Assert.Contains("2026-11-24 13:00:00", page);
        // Producing the extract is itself logged, and shown.
        Assert.Contains("loggutdrag", page);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == id && e.UserName == "Lena Holm" && e.Details == "loggutdrag")));
    }

    [Fact]
    public async Task TheLoggutdragShouldDownloadAsCsvAndTheExportShouldBeLogged()
    {
        var id = await _app.PatientIdAsync("Greta Påhittad");
        var client = await _app.SignedInAsync("mas@herrljunga.demo");
        await client.GetStringAsync(PatientPage.Url(id));

        var response = await client.GetAsync(PatientLogPage.CsvUrl(id));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var csv = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tidpunkt;Användare;Roll;Organisation;Händelse;Detaljer", lines[0]);
        Assert.True(lines.Any(l => l == "2026-11-24 13:00:00;Lena Holm;Medicinskt ansvarig sjuksköterska (MAS);Herrljunga kommun;Läste uppgifter om patienten;patientsida"), string.Join("\n", lines));
        Assert.DoesNotContain("19360728", csv);
        Assert.DoesNotContain("19360728", response.Content.Headers.ContentDisposition!.ToString());
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.PatientId == id && e.Action == AuditAction.Export)));
    }

    [Fact]
    public void ACsvCellShouldBeQuotedAndAFormulaDefused()
    {
        Assert.Equal("\"a;b\"", PatientLog.Cell("a;b"));
        Assert.Equal("\"sa \"\"hej\"\"\"", PatientLog.Cell("sa \"hej\""));
        Assert.Equal("'=SUM(A1)", PatientLog.Cell("=SUM(A1)"));
        Assert.Equal("vanlig text", PatientLog.Cell("vanlig text"));
    }

    [Fact]
    public async Task TheLetterShouldNameTheFastLakarkontaktAndFastVardkontakt()
    {
        var id = await _app.PatientIdAsync("Astrid Påhittad");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);

        var page = await client.GetStringAsync(PatientLetterPage.Url(id));

        Assert.Contains("Dina fasta kontakter i hälso- och sjukvården", page);
        Assert.Contains("Astrid Påhittad", page);
        Assert.Contains("Sofia Eriksson", page);
        Assert.Contains("Ida Sjöström", page);
        Assert.Contains("24 november 2026", page);
        Assert.Contains("Lidköpings kommun", page);
        Assert.Contains("data-print", page); // the print button, handled by narplan.js (no inline script, decision 0031)
    }

    [Theory]
    [InlineData("Lidköping", "Lidköpings kommun")]
    [InlineData("Herrljunga", "Herrljunga kommun")]
    [InlineData("Vänersborg", "Vänersborgs kommun")]
    [InlineData("Borås", "Borås kommun")]
    public void AKommunShouldBeNamedWithTheGenitiveOnlyWhereSwedishUsesIt(string name, string expected) =>
        Assert.Equal(expected, PatientText.KommunName(name));

    [Fact]
    public async Task TheLetterForAProtectedIdentityShouldAskForAReasonFirst()
    {
        var id = await _app.PatientIdAsync("Gunnar Exempelsson");
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var url = PatientLetterPage.Url(id);
        var page = await client.GetStringAsync(url);
        Assert.DoesNotContain("Gunnar", page);

        var response = await client.PostFormAsync(url, page, "letter-reveal", new() { ["Reveal.Reason"] = "Brev ska skickas till patienten" });

        Assert.Contains("Gunnar Exempelsson", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task NoPageShouldPutAnIdentityNumberInALink()
    {
        var client = await _app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var bodies = new List<string> { await client.GetStringAsync(UnitPatientsPage.Url(await factory.UnitIdAsync("Bäckliden"))) };
        foreach (var name in new[] { "Tolvan Tolvansson", "Elsa Testsson" })
        {
            var id = await _app.PatientIdAsync(name);
            bodies.Add(await client.GetStringAsync(PatientPage.Url(id)));
            bodies.Add(await client.GetStringAsync(PatientLogPage.Url(id)));
        }

        foreach (var body in bodies)
        {
            foreach (Match link in Regex.Matches(body, "(?:href|action)=\"([^\"]*)\""))
            {
                // The date parts of the two patients' numbers, in either form.
                Assert.DoesNotMatch("121212|450130", link.Groups[1].Value);
            }
        }
    }
}
