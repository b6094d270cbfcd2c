using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Calendars;
using Narplan.Domain.Patients;
using Narplan.Domain.Rounds;
using Narplan.Domain.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>Issue 14 items 3, 5, 13 and issue 15 item 5: the year plan's right answers, on the demo data of Lidköping.</summary>
public sealed class YearPlanRightAnswersWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";
    private const string Admin = "admin@narplan.demo";

    /// <summary>
    /// Seed 002: "LSS - Fasta planerade tider för läkarmedverkan. En timma varannan vecka på respektive vårdcentral. Tiden avser:
    /// avstämningstid med sjuksköterska …" and "Medicinska årlig vårdplanering (tidigare årskontroller) och planerade hembesök
    /// dagtid vardagar, planeras in på separata tider." The 2027 plan of LSS-bostäder Lidköping books every review in the
    /// doctor's contact time at Närhälsan Guldvingen (Mondays 13–15, two places), never in the Wednesday LSS round, and skips
    /// annandag påsk, Monday 29 March 2027.
    /// </summary>
    [Fact]
    public async Task ShouldBookLssAnnualReviewsInTheDoctorsContactTimeAndNeverInTheAvstamningRound()
    {
        var december = factory.At(Instant.FromUtc(2026, 12, 1, 9, 0));
        var unitId = await factory.UnitIdAsync("LSS-bostäder Lidköping");
        await december.WithDbAsync(async db =>
        {
            var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Id == unitId);
            var today = new LocalDate(2026, 12, 1);
            for (var i = 0; i < 12; i++)
            {
                var number = IdentityNumber.ParseOrThrow($"1980{1 + i % 12:00}{1 + i:00}-LS{i:00}", today);
                db.Add(Patient.Enrol(number, $"Demo Lss-Årsplansson {i}", unit, new LocalDate(2024, 1, 8), unit.ResponsibilityOn(today)?.CareCentreId, today,
                    previousAnnualReview: new LocalDate(2026, 2, 2).PlusDays(i * 21), isDemo: true));
            }

            await db.SaveChangesAsync();
            return 0;
        });
        var nurse = await december.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        var made = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("Läkarens kontakttid på vårdcentralen", await made.Content.ReadAsStringAsync());

        var planned = (await december.ReviewsAsync(unitId)).Where(r => r.Status == AnnualReviewStatus.Planned).ToList();
        Assert.True(planned.Count >= 12, $"{planned.Count} planned");
        Assert.All(planned, r =>
        {
            Assert.Equal(IsoDayOfWeek.Monday, r.Date!.Value.DayOfWeek);
            Assert.Equal(ReviewSlotSource.ContactTime, r.SlotSource);
            Assert.NotEqual(new LocalDate(2027, 3, 29), r.Date);
        });
        Assert.True(planned.GroupBy(r => r.Date).Max(g => g.Count()) <= 2);

        var settings = await nurse.GetStringAsync($"/enheter/{unitId}/arsplan/installningar");
        Assert.Contains("Kontakttiden 2027-03-29 utgår: Annandag påsk.", settings);
    }

    /// <summary>
    /// Issue 14 item 5: "After a round is cancelled, a review planned after its senast date shows Planerad with no warning."
    /// Lugnet's demo patient with the last review on 13 January 2026 is due by 13 January 2027; the phone round of Tuesday
    /// 12 January 2027 is the only one before that (vacation until 6 January). Cancelled, the review is late: "Försenad" on
    /// the year plan, its heat map, the patient page, the annual-review page, /uppgifter and the unit's patient list, with the
    /// reason, and counted.
    /// </summary>
    [Fact]
    public async Task ShouldMarkAReviewAfterItsLatestDateForsenadEverywhereAfterTheRoundIsCancelled()
    {
        var december = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));
        var unitId = await factory.UnitIdAsync("Lugnet");
        var nurse = await december.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        Assert.Equal(HttpStatusCode.OK, (await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", [])).StatusCode);
        var before = await december.ReviewsAsync(unitId);
        Assert.DoesNotContain(before, r => r.IsLate);
        var first = before.Single(r => r.DueBy == new LocalDate(2027, 1, 13));
        Assert.Equal(new LocalDate(2027, 1, 12), first.Date);

        await december.WithDbAsync(async db =>
        {
            var series = await db.RoundSeries.SingleAsync(s => s.CareUnitId == unitId);
            var record = new RoundOccurrenceRecord(series.Id, new LocalDate(2027, 1, 12));
            record.Cancel(RoundCancelReason.DoctorAbsent, null);
            db.Add(record);
            await db.SaveChangesAsync();
            return 0;
        });
        var replanned = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", []);
        var page = await replanned.Content.ReadAsStringAsync();
        var after = await december.ReviewsAsync(unitId);
        var late = after.Single(r => r.PatientId == first.PatientId);
        Assert.True(late.IsLate, $"{late.Date} after {late.DueBy}");
        Assert.Equal(new LocalDate(2027, 1, 26), late.Date);
        Assert.Contains("Ronden 2027-01-12 är inställd. Försenad:", page);
        Assert.Contains("till och med senast-datumet 2027-01-13", page);
        Assert.Contains("<td class=\"late\">Försenad", page);
        Assert.Matches("2027-01-26: [0-9]+ av [0-9]+ platser bokade, varav [0-9]+ försenade?<", page);
        var count = after.Count(r => r.IsLate);
        Assert.Contains($"Försenade: <strong id=\"late-count\">{count}</strong>", page);

        var reviewPage = await nurse.GetStringAsync($"/patienter/{first.PatientId}/arsgenomgang");
        Assert.Contains("Försenad – planerad efter senast-datumet", reviewPage);
        var patientPage = await nurse.GetStringAsync($"/patienter/{first.PatientId}");
        Assert.True(patientPage.Contains("2027-01-26 – Försenad (senast 2027-01-13)"), patientPage[patientPage.IndexOf("Senaste årliga", StringComparison.Ordinal)..][..600]);
        Assert.Contains("– Försenad</strong>", await nurse.GetStringAsync("/uppgifter?alla=1"));
        Assert.Contains("nästa försenad (2027-01-26, senast 2027-01-13)", await nurse.GetStringAsync($"/enheter/{unitId}/patienter"));

        // The unit lists (/enheter and the närområde page) flag the unit with its count, for signed-in users only.
        var badge = count == 1 ? "1 försenad årlig vårdplanering" : $"{count} försenade årliga vårdplaneringar";
        var list = await nurse.GetStringAsync("/enheter?kommun=Lidk%C3%B6ping");
        Assert.Contains(badge, list[list.IndexOf(">Lugnet<", StringComparison.Ordinal)..][..400]);
        Assert.DoesNotContain("försenad", await december.CreateClient().GetStringAsync("/enheter?kommun=Lidk%C3%B6ping"));
    }

    /// <summary>
    /// Issue 15 item 5: two saves of the year-plan settings from the same starting version. The first is saved; the second
    /// gets 409 with the Swedish conflict message, its own value kept in the form and the value saved now beside it, and
    /// does not overwrite the first.
    /// </summary>
    [Fact]
    public async Task ShouldRefuseTheSecondOfTwoSettingsSavesFromTheSameVersionAndShowBothValues()
    {
        var unitId = await factory.UnitIdAsync("Bäckliden");
        var one = await factory.SignedInAsync(Nurse);
        var two = await factory.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan/installningar";
        var pageOne = await one.GetStringAsync(url);
        var pageTwo = await two.GetStringAsync(url);
        Dictionary<string, string> Fields(string perRound, string firstWeek) => new()
        {
            ["Input.SummerFirstWeek"] = firstWeek, ["Input.SummerLastWeek"] = "32", ["Input.WinterFrom"] = "12-23", ["Input.WinterTo"] = "01-06",
            ["Input.ReviewsPerRound"] = perRound, ["Input.IntervalMonths"] = "12",
        };

        var first = await one.PostFormAsync(url, pageOne, "yearplan-settings", Fields("4", "27"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await two.PostFormAsync(url, pageTwo, "yearplan-settings", Fields("2", "26"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = await second.Content.ReadAsStringAsync();
        Assert.Contains("Någon annan har ändrat inställningarna för årsplanen", body);
        Assert.Contains("<th scope=\"row\">Vårdplaneringar per rond</th><td>2</td><td>4</td>", body);
        Assert.Contains("<th scope=\"row\">Första semestervecka</th><td>26</td><td>27</td>", body);
        Assert.Matches("id=\"per-round\"[^>]*value=\"2\"|value=\"2\"[^>]*id=\"per-round\"", body);

        var stored = await factory.WithDbAsync(db => db.UnitReviewCapacities.AsNoTracking().SingleAsync(c => c.CareUnitId == unitId));
        Assert.Equal(4, stored.ReviewsPerRound);

        // Saved again from the conflict page, the user's values win knowingly.
        var again = await two.PostFormAsync(url, body, "yearplan-settings", Fields("2", "26"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await factory.WithDbAsync(db => db.UnitReviewCapacities.AsNoTracking().SingleAsync(c => c.CareUnitId == unitId))).ReviewsPerRound);
    }

    /// <summary>
    /// Issue 15 item 5, the same gap on the review page: two nurses open Margretelund's first 2027 review; one moves it, the
    /// other then marks it done from the page that still shows the old date. Refused with 409 and the Swedish message; the
    /// move stands.
    /// </summary>
    [Fact]
    public async Task ShouldRefuseMarkingAReviewDoneFromAPageOpenedBeforeSomeoneElseMovedIt()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));
        var unitId = await factory.UnitIdAsync("Margretelund");
        var one = await app.SignedInAsync(Nurse);
        var two = await app.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        Assert.Equal(HttpStatusCode.OK, (await one.PostFormAsync(url, await one.GetStringAsync(url), "replan", [])).StatusCode);
        var all = await app.ReviewsAsync(unitId);
        var review = all.Where(r => r.Status == AnnualReviewStatus.Planned && r.DueBy is not null).OrderBy(r => r.Date).First();
        var slots = (await app.WithDbAsync(db => db.YearPlanRuns.AsNoTracking().SingleAsync(r => r.CareUnitId == unitId && r.Year == 2027))).ParseSlots();
        var target = slots.Where(s => s.Date != review.Date && s.Date <= review.DueBy && YearPlanSettings.Default.IsPlanningDay(s.Date)
                && all.Count(r => r.Status == AnnualReviewStatus.Planned && r.Date == s.Date) < s.Capacity).Select(s => s.Date).First();
        var reviewUrl = $"/patienter/{review.PatientId}/arsgenomgang";
        var pageOne = await one.GetStringAsync(reviewUrl);
        var pageTwo = await two.GetStringAsync(reviewUrl);

        var moved = await one.PostFormAsync(reviewUrl, pageOne, "review-move", new() { ["Move.Date"] = target.ToString("yyyy-MM-dd", null) });
        Assert.Contains("Vårdplaneringen är flyttad", await moved.Content.ReadAsStringAsync());
        var stale = await two.PostFormAsync(reviewUrl, pageTwo, "review-move", new() { ["Move.Date"] = review.Date!.Value.ToString("yyyy-MM-dd", null) });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Vårdplaneringen har ändrats av någon annan sedan du öppnade sidan", await stale.Content.ReadAsStringAsync());
        Assert.Equal(target, (await app.WithDbAsync(db => db.AnnualReviews.AsNoTracking().SingleAsync(r => r.Id == review.Id))).Date);
    }

    /// <summary>
    /// Issue 15 item 5, checked on every editable entity: the round-series forms took the series' version from the database at
    /// save time, so a page opened before someone else ended the series overwrote that change. Now the page carries it.
    /// </summary>
    [Fact]
    public async Task ShouldRefuseEndingARoundSeriesFromAPageOpenedBeforeSomeoneElseEndedIt()
    {
        var unitId = await factory.UnitIdAsync("Hemvårdsområde Norr");
        var seriesId = await factory.WithDbAsync(db => db.RoundSeries.Where(s => s.CareUnitId == unitId).Select(s => s.Id).SingleAsync());
        var one = await factory.SignedInAsync("enhetschef@lidkoping.demo");
        var two = await factory.SignedInAsync("enhetschef@lidkoping.demo");
        var pageOne = await one.GetStringAsync($"/enheter/{unitId}");
        var pageTwo = await two.GetStringAsync($"/enheter/{unitId}");

        var first = await one.PostFormAsync($"/enheter/{unitId}", pageOne, "end-round-series", new()
        {
            ["Input.SeriesId"] = seriesId.ToString(), ["Input.LastDay"] = "2027-03-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await two.PostFormAsync($"/enheter/{unitId}", pageTwo, "end-round-series", new()
        {
            ["Input.SeriesId"] = seriesId.ToString(), ["Input.LastDay"] = "2027-02-26",
        });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Någon annan har ändrat", System.Net.WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        Assert.Equal(new LocalDate(2027, 3, 31), await factory.WithDbAsync(db => db.RoundSeries.Where(s => s.Id == seriesId).Select(s => s.ValidTo).SingleAsync()));
    }

    /// <summary>
    /// Issue 15 item 5, the palliative care plan: each save adds a version and the newest counts, so a page opened before
    /// someone else's save silently replaced it. Now the second save from the same starting version is refused (409), its
    /// text kept, and the first stands.
    /// </summary>
    [Fact]
    public async Task ShouldRefuseACarePlanSavedFromAPageOpenedBeforeSomeoneElseSavedIt()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 30, 11, 0));
        var id = await app.WithDbAsync(db => db.Patients.Where(p => p.Name == "Elsa Testsson").Select(p => p.Id).SingleAsync());
        var one = await app.SignedInAsync(Nurse);
        var two = await app.SignedInAsync(Nurse);
        var url = $"/patienter/{id}/palliativ";
        var pageOne = await one.GetStringAsync(url);
        var pageTwo = await two.GetStringAsync(url);
        Dictionary<string, string> Plan(string strategy) => new()
        {
            ["Plan.Strategy"] = strategy, ["Plan.Cpr"] = "DoNotResuscitate", ["Plan.Medication"] = "Som tidigare", ["Plan.Safety"] = "Ordinerade",
            ["Plan.Infection"] = "Ingen antibiotika", ["Plan.Intake"] = "Munvård", ["Plan.Doctor"] = "Sofia Eriksson",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await one.PostFormAsync(url, pageOne, "plan", Plan("Symtomlindring i hemmet"))).StatusCode);
        var stale = await two.PostFormAsync(url, pageTwo, "plan", Plan("Vård på sjukhus vid behov"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        Assert.Contains("Någon annan har sparat vårdplanen sedan du öppnade sidan", html);
        Assert.Contains("Vård på sjukhus vid behov", html);
        Assert.Equal(["Symtomlindring i hemmet"], await app.WithDbAsync(db => db.PalliativeCourses.AsNoTracking().Where(c => c.PatientId == id).SelectMany(c => c.CarePlans).Select(p => p.Strategy).ToListAsync()));
    }
}
