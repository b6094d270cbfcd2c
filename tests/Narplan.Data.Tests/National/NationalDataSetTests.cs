using Microsoft.EntityFrameworkCore;
using Narplan.Data.National;
using Narplan.Domain.Audit;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;

namespace Narplan.Data.Tests.National;

/// <summary>
/// Issue 23 item 1: the national data set command, run at a small scale on both providers (the full set is loaded by
/// hand with tools/Narplan.DbTool, see the README). Counts, the audit chain, valid identity numbers, refusal on a
/// database that holds data, and the same database again from the same seed with --replace.
/// </summary>
public sealed class NationalDataSetTests
{
    private const double Scale = 0.005;

    [Fact]
    public void ShouldAimAt290Kommuner1200Vardcentraler4000UnitsAnd400000PatientsAtFullScale()
    {
        Assert.Equal(new NationalDataSetSize(290, 1_200, 4_000, 400_000), NationalDataSetSize.At(1.0));
        Assert.Equal(new NationalDataSetSize(3, 12, 40, 4_000), NationalDataSetSize.At(0.01));
        // A small scale still adds fictional rows where the demo data alone reaches the target.
        Assert.Equal(new NationalDataSetSize(5, 12, 41, 4_000), NationalDataSetSize.At(0.01).AtLeastOneMoreThan(new(4, 10, 40, 100)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldLoadTheSetAtAHalfPercentWithAnIntactAuditChainAndRefuseToLoadAgainWithoutReplace(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);
        var result = await NationalDataSet.LoadAsync(db, new NationalDataSetOptions { Scale = Scale });

        // The totals are the scaled targets (400,000 × 0.005 = 2,000 patients), the demo data included.
        var counted = await NationalDataSet.CountAsync(db);
        Assert.Equal(NationalDataSetSize.At(Scale).AtLeastOneMoreThan(result.Demo), counted);
        Assert.Equal(counted, result.Totals);
        Assert.Equal(2_000, counted.Patients);
        Assert.True(counted.Kommuner > result.Demo.Kommuner);
        Assert.True(counted.Units > result.Demo.Units);

        // Every patient's identity number passes the domain's rules; the fictional ones are reservnummer with the letter N.
        var numbers = await db.Patients.Select(p => p.StoredIdentityNumber).ToListAsync();
        Assert.All(numbers, n => Assert.True(IdentityNumber.Parse(n, NationalDataSet.Reference).Value is not null, n));
        var fictional = numbers.Where(n => n[8] == 'N').ToList();
        Assert.Equal(counted.Patients - result.Demo.Patients, fictional.Count);
        Assert.All(fictional, n => Assert.Equal(IdentityNumberKind.Reservnummer, IdentityNumber.Parse(n, NationalDataSet.Reference).Value!.Kind));

        // Three years of rounds, reviews, acute contacts and care contacts came with them (palliative courses: the next test).
        // (The demo rounds are recorded for January–October 2026 only.)
        Assert.True(await db.RoundOccurrenceRecords.AnyAsync(r => r.OriginalDate < new NodaTime.LocalDate(2024, 1, 15)));
        Assert.True(await db.RoundOccurrenceRecords.AnyAsync(r => r.OriginalDate >= new NodaTime.LocalDate(2026, 11, 1)));
        Assert.True(await db.AnnualReviews.CountAsync() > fictional.Count);
        Assert.True(await db.AcuteContacts.CountAsync() > fictional.Count / 8);
        Assert.True(await db.PatientCareContacts.CountAsync() >= fictional.Count);

        // The audit rows continue the demo data's chain, and the chain holds.
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
        var chain = AuditChain.Verify(entries);
        Assert.True(chain.IsIntact, chain.Problem);
        Assert.Equal(entries.Count, chain.VerifiedCount);
        Assert.True(result.AuditRows >= 2 * fictional.Count);
        // The fictional rows: the patient's creation and reads, and each palliative course's and death's creation.
        Assert.Equal(result.AuditRows, entries.Count(e => e.Role == "KommunNurse" && e.PatientId is { } id
            && (e.EntityType is "Patient" or "PalliativeCourse" && e.EntityId == id.ToString() || e.EntityType == "DeathRecord")));

        // A second load without --replace is refused, and nothing changes.
        var refused = await Assert.ThrowsAsync<NationalDataSetRefusedException>(() => NationalDataSet.LoadAsync(db, new NationalDataSetOptions { Scale = Scale }));
        Assert.Contains("--replace", refused.Message);
        Assert.Equal(counted, await NationalDataSet.CountAsync(db));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldWritePalliativeCoursesThatLoadWholeThroughTheDbContextWithFollowUpFiguresUnderTheTargets(DatabaseProvider provider)
    {
        await using var db = await TestDatabases.NewAsync(provider);
        var result = await NationalDataSet.LoadAsync(db, new NationalDataSetOptions { Scale = 0.003 });
        db.ChangeTracker.Clear();
        var fictional = result.Totals.Patients - result.Demo.Patients;

        // The courses load through the aggregate's owned types (decision 0087), parts included, each part naming its patient.
        var courses = await db.PalliativeCourses.AsNoTracking().AsSplitQuery()
            .Where(c => db.Patients.Any(p => p.Id == c.PatientId && p.IsDemo && p.StoredIdentityNumber.Contains("N")))
            .ToListAsync();
        var deaths = courses.Where(c => c.Death is not null).ToList();
        // One fictional patient in ten died during the three years (about 120 of 1,200), every death with a course.
        Assert.InRange(deaths.Count, fictional / 20, fictional / 5);
        Assert.True(courses.Count > deaths.Count, "living patients in a palliative phase have courses too");
        var full = deaths.First(c => c.Death!.IsExpected && c.Decisions.Count > 0 && c.Conversations.Count > 0 && c.CarePlans.Count > 0
            && c.Ordinations.Count > 0 && c.Delegations.Count > 0 && c.Tasks.Count > 0);
        Assert.All(full.Decisions, d => Assert.Equal(full.PatientId, d.PatientId));
        Assert.All(full.Tasks, t => Assert.Equal(full.PatientId, t.PatientId));
        Assert.True(full.Death!.EstablishedAt >= full.Death.DiedAt);
        Assert.True(full.Conversations.All(c => c.HeldOn <= full.Death.DiedOn));
        Assert.Contains(deaths, c => c.Ordinations.Any(o => o.DoctorContacts.Count > 0 && o.DoctorContacts.All(k => k.Date >= o.OrderedOn)));
        Assert.Contains(deaths, c => c.ExaminationDelegation is { } d && d.NurseName == c.Death!.ExaminingNurse);
        Assert.Contains(deaths, c => c.Tasks.Any(t => t.IsCompleted) && c.Tasks.Any(t => t.CareCentre is { Name.Length: > 0 }));

        // The patient holds the same day of death as the course (decision 0087: one source for the day).
        var diedOn = await db.Patients.AsNoTracking().Where(p => p.Id == full.PatientId).Select(p => p.DiedOn).SingleAsync();
        Assert.Equal(full.Death.DiedOn, diedOn);
        var deadPatients = await db.Patients.CountAsync(p => p.IsDemo && p.DiedOn != null && p.StoredIdentityNumber.Contains("N"));
        Assert.Equal(deaths.Count, deadPatients);

        // The follow-up figures (decision 0088) are meaningful: most deaths expected, each item answered for most of
        // them, the brytpunktssamtal a little under Socialstyrelsen's 98 % and pain rating under 100 %.
        var figures = PalliativeFigures.For(deaths.Select(c => new DeathForFollowUp(
            c.PatientId, c.Death!.IsExpected, c.Conversations.Any(b => b.HeldOn <= c.Death.DiedOn), c.Death.LastWeek)));
        Assert.InRange(figures.ExpectedDeaths, figures.Deaths * 7 / 10, figures.Deaths * 95 / 100);
        Assert.InRange(figures.BreakpointConversation.Share.Count, figures.ExpectedDeaths * 8 / 10, figures.ExpectedDeaths - 1);
        Assert.False(figures.PainRating.Share.MeetsTarget);
        Assert.All(figures.Items.Skip(1), item => Assert.InRange(item.Unknown, 0, figures.ExpectedDeaths / 4));
    }

    [Fact]
    public async Task ShouldBuildTheSameFictionalPatientsAgainFromTheSameSeedWhenAskedToReplace()
    {
        await using var db = await TestDatabases.NewAsync(DatabaseProvider.Sqlite);
        var options = new NationalDataSetOptions { Scale = 0.002, Seed = 42 };
        await NationalDataSet.LoadAsync(db, options);
        var first = await FictionalPatientsAsync(db);

        await NationalDataSet.LoadAsync(db, options with { Replace = true });
        var second = await FictionalPatientsAsync(db);

        Assert.Equal(800, (await NationalDataSet.CountAsync(db)).Patients);
        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    private static async Task<List<string>> FictionalPatientsAsync(NarplanDbContext db)
    {
        db.ChangeTracker.Clear();
        var patients = await db.Patients.AsNoTracking().Where(p => p.IsDemo).ToListAsync();
        return patients.Where(p => p.StoredIdentityNumber[8] == 'N').OrderBy(p => p.StoredIdentityNumber)
            .Select(p => $"{p.Id} {p.StoredIdentityNumber} {p.Name} {p.CareUnitId} {p.EnrolledOn} {p.RegularDoctorId}").ToList();
    }
}
