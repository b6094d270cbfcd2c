using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>Issue 14 item 13, in its own database: a new region version changes every VGR unit's plan.</summary>
public sealed class YearPlanRegionSettingsWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Admin = "admin@narplan.demo";

    /// <summary>
    /// DOMAIN.md §6: "the review interval and which medication review (enkel/fördjupad) it includes are settings per region".
    /// An administrator makes a version from 1 January 2027: six months, enkel. Lugnet's 2027 plan then has every review
    /// due six months after the previous one, marked enkel, with five preparation tasks (no PHASE-20, which belongs to the
    /// fördjupad läkemedelsgenomgång). The 2026 version (twelve months) stays as history.
    /// </summary>
    [Fact]
    public async Task ShouldVersionTheRegionsIntervalAndMedicationReviewAndUseThemInThePlanAndItsTasks()
    {
        var december = factory.At(Instant.FromUtc(2026, 12, 3, 9, 0));
        var unitId = await factory.UnitIdAsync("Margretelund");
        var admin = await december.SignedInAsync(Admin);
        var settingsUrl = $"/enheter/{unitId}/arsplan/installningar";
        var form = await admin.GetStringAsync(settingsUrl);
        var saved = await admin.PostFormAsync(settingsUrl, form, "yearplan-settings", new()
        {
            ["Input.SummerFirstWeek"] = "26", ["Input.SummerLastWeek"] = "32", ["Input.WinterFrom"] = "12-23", ["Input.WinterTo"] = "01-06",
            ["Input.ReviewsPerRound"] = "3", ["Input.IntervalMonths"] = "6", ["Input.MedicationReview"] = "Simple", ["Input.RegionValidFrom"] = "2027-01-01",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Inställningarna är sparade", await saved.Content.ReadAsStringAsync());

        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostFormAsync(url, await admin.GetStringAsync(url), "replan", [])).StatusCode);
        var reviews = await december.ReviewsAsync(unitId);
        var patients = await december.WithDbAsync(db => db.Patients.AsNoTracking().Where(p => p.CareUnitId == unitId).ToDictionaryAsync(p => p.Id, p => p.PreviousAnnualReview));
        var withDue = reviews.Where(r => r.Status == AnnualReviewStatus.Planned && r.DueBy is not null).ToList();
        Assert.NotEmpty(withDue);
        Assert.All(withDue, r => Assert.Equal(patients[r.PatientId]!.Value.PlusMonths(6), r.DueBy));
        Assert.All(reviews.Where(r => r.Status == AnnualReviewStatus.Planned), r => Assert.Equal(MedicationReviewKind.Simple, r.MedicationReview));
        var one = withDue.First();
        var tasks = await december.WithDbAsync(db => db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == one.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal(5, tasks.Count);
        Assert.DoesNotContain(ReviewTaskKind.Phase20, tasks);
        Assert.Contains("<dt>Läkemedelsgenomgång</dt><dd>enkel</dd>", await admin.GetStringAsync(url));

        // In 2026 the default (12 months, fördjupad) is still in force; the page lists the new version from 2027-01-01.
        var page = await admin.GetStringAsync(settingsUrl);
        Assert.Contains("<td>2027-01-01</td><td>6 månader</td><td>enkel</td>", page);
    }

}
