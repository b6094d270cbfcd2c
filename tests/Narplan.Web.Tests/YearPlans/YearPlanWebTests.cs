using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.YearPlans;
using Narplan.Domain.Calendars;
using Narplan.Domain.Patients;
using Narplan.Domain.People;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Web.Features.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>
/// Issue 7's "Done when": a nurse at the demo SÄBO Bäckliden (rounds every other Thursday) makes the 2027 year plan, which
/// is full, even and respects vacations and holidays; gets preparation tasks two weeks ahead; marks a review done; adds a
/// patient and sees the plan re-flow.
/// </summary>
public sealed class YearPlanWebTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private const string Nurse = "sjukskoterska@lidkoping.demo";

    /// <summary>Thirty more fictional patients at Bäckliden, their last reviews spread over 2026 (so 2027 has a full plan).</summary>
    private static async Task<Guid> AddPatientsAsync(WebApplicationFactory<Program> app, Guid unitId, int count, string prefix, bool withPreviousReview = true)
    {
        return await app.WithDbAsync(async db =>
        {
            var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleAsync(u => u.Id == unitId);
            var nurse = await db.People.FirstAsync(p => p.Name == "Ida Sjöström");
            var doctor = await db.People.FirstAsync(p => p.Name == "Sofia Eriksson");
            var today = new LocalDate(2026, 12, 1);
            Guid last = default;
            for (var i = 0; i < count; i++)
            {
                var number = IdentityNumber.ParseOrThrow($"1930{1 + i % 12:00}{1 + i % 28:00}-{prefix}{i:00}", today);
                var previous = withPreviousReview ? new LocalDate(2026, 1, 12).PlusDays(i * 330 / count) : (LocalDate?)null;
                var patient = Patient.Enrol(number, $"Demo Årsplansson {prefix}{i}", unit, new LocalDate(2025, 1, 7), unit.ResponsibilityOn(today)?.CareCentreId, today,
                    previousAnnualReview: previous, isDemo: true);
                patient.SetContacts(doctor.Id, null);
                patient.AddCareContact(nurse.Id, new LocalDate(2025, 1, 7));
                db.Add(patient);
                last = patient.Id;
            }

            await db.SaveChangesAsync();
            return last;
        });
    }

    [Fact]
    public async Task ANurseShouldGetAFullEvenYearPlanWithPrepTasksMarkOneDoneAndSeeItReflowAfterANewPatient()
    {
        var december = factory.At(Instant.FromUtc(2026, 12, 1, 9, 0));
        var unitId = await factory.UnitIdAsync("Bäckliden");
        await AddPatientsAsync(december, unitId, 30, "YP");
        var nurse = await december.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";

        var empty = await nurse.GetStringAsync(url);
        Assert.Contains("Gör årsplan", empty);
        var made = await nurse.PostFormAsync(url, empty, "replan", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var page = await made.Content.ReadAsStringAsync();
        Assert.Contains("Årsplanen är gjord", page);
        Assert.Contains("<svg", page);
        Assert.Contains("Vårdplaneringar per vecka 2027", page);
        Assert.Contains("Midsommarafton", page);

        // Full: every patient at the unit has a date (Bäckliden has 3 demo patients + 30); none in a vacation, on a holiday
        // or outside a round; never more than the round's 3 places; even: no round day carries more than the even share.
        var reviews = await december.ReviewsAsync(unitId);
        var planned = reviews.Where(r => r.Status == AnnualReviewStatus.Planned).ToList();
        Assert.Equal(33, reviews.Count);
        Assert.DoesNotContain(reviews, r => r.Status == AnnualReviewStatus.NoRoom);
        Assert.True(planned.Count >= 30, $"{planned.Count} planned");
        var settings = YearPlanSettings.Default;
        foreach (var review in planned)
        {
            var date = review.Date!.Value;
            Assert.True(settings.IsPlanningDay(date), $"{date} is not a planning day");
            Assert.Equal(IsoDayOfWeek.Thursday, date.DayOfWeek);
            Assert.True(review.Reason == ReviewReason.Overdue || review.DueBy is null || date <= review.DueBy, $"{date} after due {review.DueBy}");
        }

        var perDay = planned.GroupBy(r => r.Date!.Value).Select(g => g.Count()).ToList();
        Assert.True(perDay.Max() <= 3);
        Assert.Equal(planned.Count, planned.GroupBy(r => IsoWeek.MondayOf(r.Date!.Value)).Sum(g => g.Count()));
        var roundDays = (await december.WithDbAsync(db => db.YearPlanRuns.AsNoTracking().SingleAsync(r => r.CareUnitId == unitId && r.Year == 2027)))
            .ParseSlots().Count(s => settings.IsPlanningDay(s.Date));
        Assert.True(perDay.Max() <= (planned.Count + roundDays - 1) / roundDays + 1, $"largest day {perDay.Max()} for {planned.Count} reviews on {roundDays} round days");

        // Preparation tasks: six per review, the first due ten working days before it, owned by the fast vårdkontakt.
        var first = planned.MinBy(r => r.Date)!;
        var tasks = await december.WithDbAsync(db => db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == first.Id).ToListAsync());
        Assert.Equal(6, tasks.Count);
        var basis = tasks.Single(t => t.Kind == ReviewTaskKind.PlanningBasis);
        Assert.Equal(PreparationTasks.WorkingDaysBefore(first.Date!.Value, 10), basis.DueOn);
        Assert.InRange(Period.Between(basis.DueOn, first.Date!.Value, PeriodUnits.Days).Days, 14, 24);
        Assert.True(SwedishCalendar.Instance.IsWorkingDay(basis.DueOn));
        var myTasks = await nurse.GetStringAsync("/uppgifter");
        Assert.Contains("Planeringsunderlag till läkaren", myTasks);

        // January: the first review is held; the nurse marks it done with its outcome.
        var january = factory.At(first.Date!.Value.At(new LocalTime(15, 0)).InZoneLeniently(Stockholm.Zone).ToInstant());
        var nurseInJanuary = await january.SignedInAsync(Nurse);
        var reviewUrl = $"/patienter/{first.PatientId}/arsgenomgang";
        var reviewPage = await nurseInJanuary.GetStringAsync(reviewUrl);
        Assert.Contains("Nästa vårdplanering", reviewPage);
        var done = await nurseInJanuary.PostFormAsync(reviewUrl, reviewPage, "review-done", new()
        {
            ["Done.ReviewId"] = first.Id.ToString(),
            ["Done.On"] = first.Date!.Value.ToString("yyyy-MM-dd", null),
            ["Done.MedicationReview"] = "true",
            ["Done.HealthExamination"] = "true",
            ["Done.CarePlanUpdated"] = "true",
            ["Done.HomeVisit"] = "true",
            ["Done.TreatmentLimitations"] = "Ingen HLR efter samtal med patient och närstående.",
        });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("markerad som genomförd", await done.Content.ReadAsStringAsync());
        var held = await january.WithDbAsync(db => db.AnnualReviews.AsNoTracking().SingleAsync(r => r.Id == first.Id));
        Assert.Equal(AnnualReviewStatus.Done, held.Status);
        Assert.True(held.MedicationReviewDone && held.HomeVisitByRegularDoctor);
        Assert.Equal(first.Date, await january.WithDbAsync(db => db.Patients.Where(p => p.Id == first.PatientId).Select(p => p.PreviousAnnualReview).SingleAsync()));

        // The other reviews that day are not done: their preparation is overdue and stands out.
        var overdueTasks = await nurseInJanuary.GetStringAsync("/uppgifter");
        Assert.Contains("class=\"overdue\"", overdueTasks);
        Assert.Contains("uppgifter är försenade", overdueTasks);

        // A new patient arrives; re-planning gives them the first free date and moves nothing else that still fits.
        var before = (await january.ReviewsAsync(unitId)).Where(r => r.Status == AnnualReviewStatus.Planned).ToDictionary(r => r.PatientId, r => r.Date);
        var newcomer = await AddPatientsAsync(january, unitId, 1, "NY", withPreviousReview: false);
        var planPage = await nurseInJanuary.GetStringAsync(url);
        Assert.Contains("Ändringar sedan senaste planeringen", planPage);
        Assert.Equal(before, (await january.ReviewsAsync(unitId)).Where(r => r.Status == AnnualReviewStatus.Planned).ToDictionary(r => r.PatientId, r => r.Date));
        var replanned = await nurseInJanuary.PostFormAsync(url, planPage, "replan", []);
        var replannedPage = await replanned.Content.ReadAsStringAsync();
        Assert.Contains("Årsplanen är omplanerad", replannedPage);
        Assert.Contains("Ny patient", replannedPage);
        var after = await january.ReviewsAsync(unitId);
        var added = after.Single(r => r.PatientId == newcomer);
        Assert.Equal(AnnualReviewStatus.Planned, added.Status);
        Assert.Equal(ReviewReason.NewPatient, added.Reason);
        var firstFree = planned.Select(r => r.Date!.Value).Where(d => d > first.Date).Min();
        Assert.True(added.Date <= firstFree.PlusWeeks(4), $"the new patient got {added.Date}");
        var movedOthers = after.Where(r => r.PatientId != newcomer && before.TryGetValue(r.PatientId, out var was) && was != r.Date).ToList();
        Assert.True(movedOthers.Count <= 1, $"{movedOthers.Count} other reviews moved");
        Assert.Equal(6, await january.WithDbAsync(db => db.ReviewTasks.CountAsync(t => t.ReviewId == added.Id)));
    }

    [Fact]
    public async Task ANurseOfAnotherKommunShouldNotSeeTheUnitsYearPlan()
    {
        var unitId = await factory.UnitIdAsync("Hagagården");
        var nurse = await factory.SignedInAsync(Nurse);
        var page = await nurse.GetStringAsync($"/enheter/{unitId}/arsplan");
        Assert.Contains("Årsplanen visas för enhetens kommun", page);
        Assert.DoesNotContain("Gör årsplan", page);
    }

    [Fact]
    public async Task AManualMoveShouldBeKeptAndAFullDateRefused()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 2, 9, 0));
        var unitId = await factory.UnitIdAsync("Margretelund");
        var nurse = await app.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        var made = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var all = await app.ReviewsAsync(unitId);
        var review = all.Where(r => r.Status == AnnualReviewStatus.Planned && r.DueBy is not null).OrderBy(r => r.Date).First();
        var slots = (await app.WithDbAsync(db => db.YearPlanRuns.AsNoTracking().SingleAsync(r => r.CareUnitId == unitId && r.Year == 2027))).ParseSlots();
        var target = slots.Where(s => s.Date != review.Date && s.Date <= review.DueBy && YearPlanSettings.Default.IsPlanningDay(s.Date)
                && all.Count(r => r.Status == AnnualReviewStatus.Planned && r.Date == s.Date) < s.Capacity)
            .Select(s => s.Date).First();
        var page = await nurse.GetStringAsync($"/patienter/{review.PatientId}/arsgenomgang");
        var moved = await nurse.PostFormAsync($"/patienter/{review.PatientId}/arsgenomgang", page, "review-move", new()
        {
            ["Move.ReviewId"] = review.Id.ToString(),
            ["Move.Date"] = target.ToString("yyyy-MM-dd", null),
        });
        Assert.Contains("Vårdplaneringen är flyttad", await moved.Content.ReadAsStringAsync());
        var stored = await app.WithDbAsync(db => db.AnnualReviews.AsNoTracking().SingleAsync(r => r.Id == review.Id));
        Assert.Equal(target, stored.Date);
        Assert.True(stored.IsManuallyMoved);
        Assert.Equal(4, await app.WithDbAsync(db => db.ReviewTasks.CountAsync(t => t.ReviewId == review.Id && t.DueOn == PreparationTasks.WorkingDaysBefore(target, 10))));

        // Re-planning (nothing changed) keeps the move.
        var again = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", []);
        Assert.Contains("Inget behövde flyttas", await again.Content.ReadAsStringAsync());
        var kept = await app.WithDbAsync(db => db.AnnualReviews.AsNoTracking().SingleAsync(r => r.Id == review.Id));
        Assert.Equal(target, kept.Date);
        Assert.True(kept.IsManuallyMoved);

        var sunday = await nurse.PostFormAsync($"/patienter/{review.PatientId}/arsgenomgang", await nurse.GetStringAsync($"/patienter/{review.PatientId}/arsgenomgang"), "review-move", new()
        {
            ["Move.ReviewId"] = review.Id.ToString(),
            ["Move.Date"] = "2027-03-07",
        });
        Assert.Contains("finns ingen rond eller kontakttid", await sunday.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReplanningShouldFollowADeathADeteriorationAndACancelledRoundAndSayWhy()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 3, 9, 0));
        var unitId = await factory.UnitIdAsync("Hagagården");
        await AddPatientsAsync(app, unitId, 12, "HG");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<YearPlanService>().PlanAsync(unitId, 2027);
        }

        var reviews = (await app.ReviewsAsync(unitId)).Where(r => r.Status == AnnualReviewStatus.Planned).OrderBy(r => r.Date).ToList();
        var dies = reviews[^1];
        var worse = reviews[^2];
        var cancelled = reviews[3].Date!.Value;
        var onCancelled = reviews.Where(r => r.Date == cancelled).Select(r => r.PatientId).ToList();
        await app.WithDbAsync(async db =>
        {
            var today = new LocalDate(2026, 12, 3);
            (await db.Patients.SingleAsync(p => p.Id == dies.PatientId)).RecordDeath(today, null, today);
            (await db.Patients.SingleAsync(p => p.Id == worse.PatientId)).RecordDeterioration(today, null, today);
            var series = await db.RoundSeries.FirstAsync(s => s.CareUnitId == unitId);
            var record = new Narplan.Domain.Rounds.RoundOccurrenceRecord(series.Id, cancelled);
            record.Cancel(Narplan.Domain.Rounds.RoundCancelReason.DoctorAbsent, null);
            db.Add(record);
            return await db.SaveChangesAsync();
        });

        YearPlanOutcome outcome;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            outcome = await scope.ServiceProvider.GetRequiredService<YearPlanService>().PlanAsync(unitId, 2027);
        }

        Assert.Contains(outcome.Moves, m => m.PatientId == dies.PatientId && m.To is null && m.Reason.Contains("avlidit"));
        Assert.Contains(outcome.Moves, m => m.PatientId == worse.PatientId && m.To < worse.Date && m.Reason.Contains("Försämring"));
        Assert.All(onCancelled, id => Assert.Contains(outcome.Moves, m => m.PatientId == id && m.Reason.Contains("inställd")));
        var after = await app.ReviewsAsync(unitId);
        Assert.Equal(AnnualReviewStatus.Removed, after.Single(r => r.PatientId == dies.PatientId).Status);
        Assert.DoesNotContain(after, r => r.Status == AnnualReviewStatus.Planned && r.Date == cancelled);
        Assert.Equal(ReviewReason.Deterioration, after.Single(r => r.PatientId == worse.PatientId).Reason);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReviewTasks.CountAsync(t => t.ReviewId == dies.Id)));
    }

    [Fact]
    public async Task TheDemoSaboLugnetShouldGetAFullEvenPlanOnItsTuesdayRounds()
    {
        var app = factory.At(Instant.FromUtc(2026, 12, 4, 9, 0));
        var unitId = await factory.UnitIdAsync("Lugnet");
        var nurse = await app.SignedInAsync(Nurse);
        var url = $"/enheter/{unitId}/arsplan?ar=2027";
        var made = await nurse.PostFormAsync(url, await nurse.GetStringAsync(url), "replan", []);
        Assert.Contains("Årsplanen är gjord", await made.Content.ReadAsStringAsync());

        var reviews = await app.ReviewsAsync(unitId);
        Assert.Equal(24, reviews.Count(r => r.Status == AnnualReviewStatus.Planned));
        Assert.All(reviews, r => Assert.True(r.Date!.Value.DayOfWeek == IsoDayOfWeek.Tuesday && YearPlanSettings.Default.IsPlanningDay(r.Date.Value) && r.Date <= r.DueBy));
        // 24 reviews over about 20 usable rounds: never more than two on one round.
        Assert.True(reviews.GroupBy(r => r.Date).Max(g => g.Count()) <= 2);
    }
}
