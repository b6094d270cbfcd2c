using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>
/// Decision 0024: a stored year plan follows the patients. Saving a new patient, a move or a death re-plans the affected
/// units' stored plans in the same request (no "Planera om"), and the patient page says what moved; a unit without a
/// stored plan is left alone.
/// </summary>
public sealed class YearPlanFollowsPatientsWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = PatientTestSupport.LidkopingNurse;

    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 7, 9, 0));

    /// <summary>A valid personnummer for a man born 2 March 1936 (check digit computed, not anyone we know of).</summary>
    private static string NewNumber(string serial) => $"19360302-{serial}{IdentityNumber.CheckDigit($"360302{serial}")}";

    private async Task PlanAsync(Guid unitId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<YearPlanService>().PlanAsync(unitId, 2027);
    }

    /// <summary>Enrols through the form and returns the patient's id and the page the redirect leads to.</summary>
    private async Task<(Guid Id, string Page)> EnrolAsync(HttpClient nurse, Guid unitId, string serial, string name)
    {
        var url = NewPatientPage.Url(unitId);
        var response = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "patient-new", new()
        {
            ["Input.UnitId"] = unitId.ToString(),
            ["Input.IdentityNumber"] = NewNumber(serial),
            ["Input.Name"] = name,
            ["Input.EnrolledOn"] = "2026-12-07",
            ["Input.PreviousReview"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await _app.PatientIdAsync(name);
        return (id, await nurse.GetStringAsync(response.Headers.Location!));
    }

    private static async Task<string> AddEventAsync(HttpClient nurse, Guid patientId, Dictionary<string, string> fields)
    {
        var url = PatientPage.Url(patientId);
        var response = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "patient-event", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await nurse.GetStringAsync(response.Headers.Location!);
    }

    [Fact]
    public async Task ANewPatientShouldGetAReviewWithoutPlaneraOmAndADeathShouldRemoveIt()
    {
        var lugnet = await factory.UnitIdAsync("Lugnet");
        await PlanAsync(lugnet);
        var nurse = await _app.SignedInAsync(Nurse);

        var (id, page) = await EnrolAsync(nurse, lugnet, "111", "Gustav Följsson");

        var review = (await _app.ReviewsAsync(lugnet)).Single(r => r.PatientId == id);
        Assert.Equal(AnnualReviewStatus.Planned, review.Status);
        Assert.Equal(ReviewReason.NewPatient, review.Reason);
        Assert.Equal(6, await _app.WithDbAsync(db => db.ReviewTasks.CountAsync(t => t.ReviewId == review.Id)));
        Assert.Contains("Patienten är inskriven.", page);
        Assert.Contains("Årsplanen för Lugnet 2027 planerades om: 1 vårdplanering lades till.", page);
        Assert.Contains($"href=\"{YearPlanPage.Url(lugnet, 2027)}\"", page);
        // Nothing is left pending for "Planera om".
        Assert.DoesNotContain("Ändringar sedan senaste planeringen", await nurse.GetStringAsync(YearPlanPage.Url(lugnet, 2027)));

        var afterDeterioration = await AddEventAsync(nurse, id, new() { ["Event.Kind"] = "Deterioration", ["Event.On"] = "2026-12-07" });

        Assert.Contains("Årsplanen för Lugnet 2027 planerades om:", afterDeterioration);
        Assert.Equal(new LocalDate(2026, 12, 7), (await _app.ReviewsAsync(lugnet)).Single(r => r.PatientId == id).PlannedFromDeterioration);

        var afterDeath = await AddEventAsync(nurse, id, new() { ["Event.Kind"] = "Death", ["Event.On"] = "2026-12-07" });

        var removed = (await _app.ReviewsAsync(lugnet)).Single(r => r.PatientId == id);
        Assert.Equal(AnnualReviewStatus.Removed, removed.Status);
        Assert.Equal(0, await _app.WithDbAsync(db => db.ReviewTasks.CountAsync(t => t.ReviewId == review.Id)));
        Assert.Contains("Årsplanen för Lugnet 2027 planerades om: 1 vårdplanering togs bort.", afterDeath);
    }

    [Fact]
    public async Task ADeathRecordedOnThePalliativePageShouldRemoveTheReviewToo()
    {
        var lugnet = await factory.UnitIdAsync("Lugnet");
        await PlanAsync(lugnet);
        var nurse = await _app.SignedInAsync(Nurse);
        var (id, _) = await EnrolAsync(nurse, lugnet, "114", "Palliativ Följsson");
        var url = Narplan.Web.Features.Palliative.PalliativePage.Url(id);

        var response = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "death", new()
        {
            ["DeathForm.DiedAt"] = "2026-12-07T06:10", ["DeathForm.Expected"] = "true",
            ["DeathForm.EstablishedAt"] = "2026-12-07T07:30", ["DeathForm.Doctor"] = "Jourläkare Demo", ["DeathForm.By"] = "OnCallDoctor",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(AnnualReviewStatus.Removed, (await _app.ReviewsAsync(lugnet)).Single(r => r.PatientId == id).Status);
        Assert.Contains("Årsplanen för Lugnet 2027 planerades om: 1 vårdplanering togs bort.", await nurse.GetStringAsync(response.Headers.Location!));
    }

    [Fact]
    public async Task AMoveShouldReplanBothUnitsStoredPlans()
    {
        var lugnet = await factory.UnitIdAsync("Lugnet");
        var backliden = await factory.UnitIdAsync("Bäckliden");
        await PlanAsync(lugnet);
        await PlanAsync(backliden);
        var nurse = await _app.SignedInAsync(Nurse);
        var (id, _) = await EnrolAsync(nurse, lugnet, "112", "Flytt Följsson");

        var page = await AddEventAsync(nurse, id, new() { ["Event.Kind"] = "Moved", ["Event.On"] = "2026-12-07", ["Event.UnitId"] = backliden.ToString() });

        Assert.Equal(AnnualReviewStatus.Removed, (await _app.ReviewsAsync(lugnet)).Single(r => r.PatientId == id).Status);
        Assert.Equal(AnnualReviewStatus.Planned, (await _app.ReviewsAsync(backliden)).Single(r => r.PatientId == id).Status);
        Assert.Contains("Årsplanen för Lugnet 2027 planerades om: 1 vårdplanering togs bort.", page);
        Assert.Contains("Årsplanen för Bäckliden 2027 planerades om: 1 vårdplanering lades till.", page);
    }

    [Fact]
    public async Task AUnitWithoutAStoredPlanShouldBeLeftAlone()
    {
        var margretelund = await factory.UnitIdAsync("Margretelund");
        var nurse = await _app.SignedInAsync(Nurse);

        var (id, page) = await EnrolAsync(nurse, margretelund, "113", "Utan Plansson");
        await AddEventAsync(nurse, id, new() { ["Event.Kind"] = "Deterioration", ["Event.On"] = "2026-12-07" });

        Assert.Contains("Patienten är inskriven.", page);
        Assert.DoesNotContain("Årsplanen för", page);
        Assert.False(await _app.WithDbAsync(db => db.AnnualReviews.AnyAsync(r => r.CareUnitId == margretelund)));
        Assert.False(await _app.WithDbAsync(db => db.YearPlanRuns.AnyAsync(r => r.CareUnitId == margretelund)));
    }
}
