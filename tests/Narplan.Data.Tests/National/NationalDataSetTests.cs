using Microsoft.EntityFrameworkCore;
using Narplan.Data.National;
using Narplan.Domain.Audit;
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

        // Three years of rounds, reviews, acute contacts and care contacts came with them (palliative courses are not
        // generated since they became one aggregate with owned types; decision 0087).
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
        Assert.Equal(result.AuditRows, entries.Count(e => e.Role == "KommunNurse" && e.EntityType == "Patient" && e.PatientId is { } id && e.EntityId == id.ToString()));

        // A second load without --replace is refused, and nothing changes.
        var refused = await Assert.ThrowsAsync<NationalDataSetRefusedException>(() => NationalDataSet.LoadAsync(db, new NationalDataSetOptions { Scale = Scale }));
        Assert.Contains("--replace", refused.Message);
        Assert.Equal(counted, await NationalDataSet.CountAsync(db));
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
