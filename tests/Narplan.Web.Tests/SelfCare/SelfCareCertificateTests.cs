using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Domain.SelfCare;
using Narplan.Web.Features.SelfCare;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.SelfCare;

/// <summary>
/// Issue 19 item 4 over HTTP. Seed 000: "Egenvårdsintyg skrivs av sjuksköterska eller läkare på vårdcentralen" and
/// "följs upp en gång/år". Demo: Karl Exempelsson's intyg (Hagagården, Herrljunga) from 2025-10-15 is overdue.
/// </summary>
public sealed class SelfCareCertificateTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private const string HerrljungaDoctor = "lakare@herrljunga-vc.demo";
    private const string HerrljungaMas = "mas@herrljunga.demo";
    private const string LidkopingNurse = "sjukskoterska@lidkoping.demo";

    [Fact]
    public async Task ShouldListTheOverdueFollowUpOnTheDoctorsAndTheKommunsTasks()
    {
        var doctor = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaDoctor)).GetStringAsync("/uppgifter"));
        var mas = WebUtility.HtmlDecode(await (await app.SignedInAsync(HerrljungaMas)).GetStringAsync("/uppgifter"));
        var lidkoping = WebUtility.HtmlDecode(await (await app.SignedInAsync(LidkopingNurse)).GetStringAsync("/uppgifter"));

        Assert.Contains("Egenvårdsintyg att följa upp", doctor);
        Assert.Contains("2026-10-15", doctor);
        Assert.Contains("Karl Exempelsson", mas);
        Assert.DoesNotContain("Karl Exempelsson", lidkoping);
        Assert.Contains("Märta Fiktivsdotter", lidkoping);
    }

    [Fact]
    public async Task ShouldLogEveryReadAgainstThePatientAndGiveAnotherKommun404LoggedAsRefused()
    {
        var karl = await app.PatientIdAsync("Karl Exempelsson");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.PatientId == karl));

        var own = await (await app.SignedInAsync(HerrljungaMas)).GetAsync(SelfCarePage.Url(karl));
        var other = await (await app.SignedInAsync(LidkopingNurse)).GetAsync(SelfCarePage.Url(karl));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Insulininjektioner", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Insulininjektioner", WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()));
        var entries = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.PatientId == karl).OrderBy(e => e.Sequence).Skip(before).ToListAsync());
        Assert.Contains(entries, e => e.Action == AuditAction.Read && e.UserName == "Lena Holm" && e.Details == SelfCareService.Purpose);
        Assert.Contains(entries, e => e.Action == AuditAction.ReadDenied && e.UserName == "Ida Sjöström");
    }

    [Fact]
    public async Task ShouldLetTheVardcentralsDoctorRecordTheFollowUpAndMoveTheDueDateAYear()
    {
        var client = await app.SignedInAsync(HerrljungaDoctor);
        var greta = await app.PatientIdAsync("Greta Påhittad");
        var page = await client.GetStringAsync(SelfCarePage.Url(greta));

        var response = await client.PostFormAsync(SelfCarePage.Url(greta), page, "selfcare-followup", new()
        {
            ["FollowUp.FollowedUpOn"] = "2026-11-30",
            ["FollowUp.FollowedUpBy"] = "Karin Åberg",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var certificate = await app.WithDbAsync(db => db.Set<SelfCareCertificate>().AsNoTracking().SingleAsync(c => c.PatientId == greta));
        Assert.Equal(new NodaTime.LocalDate(2027, 11, 30), certificate.FollowUpDueOn);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == greta && e.EntityType == nameof(SelfCareCertificate) && e.Action == AuditAction.Update && e.UserName == "Karin Åberg" && !e.Details.Contains("Karin"))));
    }

    [Theory]
    [InlineData("2099-01-01", "Insulin", "Intyget kan inte vara skrivet i framtiden.")]
    [InlineData("2026-13-40", "Insulin", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD).")]
    [InlineData("2026-11-01", "", "Beskriv vad intyget omfattar.")]
    public async Task ShouldRefuseBadInputBesideItsFieldAndKeepTheRestOfTheForm(string writtenOn, string covers, string message)
    {
        var client = await app.SignedInAsync(HerrljungaDoctor);
        var bo = await app.PatientIdAsync("Bo Demosson");
        var page = await client.GetStringAsync(SelfCarePage.Url(bo));

        var response = await client.PostFormAsync(SelfCarePage.Url(bo), page, "selfcare-new", new()
        {
            ["Input.CareCentreId"] = await app.WithDbAsync(db => db.RegionalUnits.Where(c => c.Name == "Närhälsan Herrljunga vårdcentral").Select(c => c.Id.ToString()).SingleAsync()),
            ["Input.WrittenBy"] = "Doktor Behållsson",
            ["Input.WriterRole"] = "Doctor",
            ["Input.WrittenOn"] = writtenOn,
            ["Input.Covers"] = covers,
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, body);
        Assert.Contains("class=\"field-error\"", body);
        Assert.Contains("Doktor Behållsson", body);
        Assert.False(await app.WithDbAsync(db => db.Set<SelfCareCertificate>().AnyAsync(c => c.PatientId == bo)));
    }

    [Fact]
    public async Task ShouldLetTheVardcentralWriteAnIntygButNotTheKommun()
    {
        var bo = await app.PatientIdAsync("Bo Demosson");
        var centre = await app.WithDbAsync(db => db.RegionalUnits.Where(c => c.Name == "Närhälsan Herrljunga vårdcentral").Select(c => c.Id.ToString()).SingleAsync());
        var mas = await app.SignedInAsync(HerrljungaMas);
        Assert.DoesNotContain("selfcare-new", await mas.GetStringAsync(SelfCarePage.Url(bo)));

        var doctor = await app.SignedInAsync(HerrljungaDoctor);
        var response = await doctor.PostFormAsync(SelfCarePage.Url(bo), await doctor.GetStringAsync(SelfCarePage.Url(bo)), "selfcare-new", new()
        {
            ["Input.CareCentreId"] = centre,
            ["Input.WrittenBy"] = "Jonas Lind",
            ["Input.WriterRole"] = "Doctor",
            ["Input.WrittenOn"] = "2026-11-02",
            ["Input.Covers"] = "Kompressionsstrumpor",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Set<SelfCareCertificate>().AsNoTracking().SingleAsync(c => c.PatientId == bo && c.Covers == "Kompressionsstrumpor"));
        Assert.Equal(new NodaTime.LocalDate(2027, 11, 2), saved.FollowUpDueOn);
    }

    [Fact]
    public async Task ShouldAnswerTheDueListApiForTheSignedInVardcentralOnly()
    {
        var doctor = await app.SignedInAsync(HerrljungaDoctor);

        var json = await doctor.GetStringAsync("/api/v1/self-care-certificates/due");
        var anonymous = await app.CreateClient().GetAsync("/api/v1/self-care-certificates/due");

        Assert.Contains("\"followUpDueOn\":\"2026-10-15\"", json);
        Assert.DoesNotContain("Exempelsson", json);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task ShouldCountActiveAndOverdueIntygForTheFollowUp()
    {
        var kommun = await app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        var figures = await app.WithDbAsync(db => new SelfCareQueries(db).ForKommunAsync(kommun, new NodaTime.LocalDate(2026, 12, 1)));

        Assert.Equal(2, figures.Active);
        Assert.Equal(1, figures.Overdue); // Märta's intyg from 2025-11-20 was due 2026-11-20
        Assert.Equal(1, figures.FollowedUpPastYear); // Tolvan's on 2026-02-01
    }
}
