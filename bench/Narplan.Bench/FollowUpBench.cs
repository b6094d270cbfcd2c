using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Domain.Acute;
using Narplan.Domain.Calendars;
using Narplan.Domain.FollowUp;
using Narplan.Domain.OnCall;
using Narplan.Domain.Organisations;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;
using Narplan.Domain.Rounds;
using Narplan.Domain.YearPlans;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.FollowUp;
using Narplan.Web.Features.Rounds;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// Issue 20's performance: the follow-up dashboard's query (a period and the one before it, as the page loads them) for
/// one närområde and a year. On the demo data (Lidköping, 2026; target &lt; 300 ms) and on a generated kommun with 5,000
/// patients and three years of events (2024–2026: annual reviews, acute contacts, deaths with brytpunktssamtal, weekly
/// rounds on 25 units; target &lt; 2 s). SQLite by default; <c>-- followup postgres "Host=…"</c> runs the same on PostgreSQL
/// in a throw-away database.
/// </summary>
internal static class FollowUpBench
{
    private static readonly QueryCounter Counter = new();

    public static async Task RunAsync(string provider, string? postgres)
    {
        var isPostgres = provider == "postgres";
        var path = Path.Combine(Path.GetTempPath(), $"narplan-bench-{Guid.NewGuid():N}.db");
        var database = $"narplan_bench_{Guid.NewGuid():N}";
        var connection = isPostgres
            ? new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString
            : $"Data Source={path};Pooling=false";
        try
        {
            await using var db = Create(isPostgres, connection);
            await db.Database.MigrateAsync();
            await Narplan.Data.Demo.DemoData.SeedIfEmptyAsync(db);
            var clock = SystemClock.Instance;
            var lidkoping = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
            await TimeAsync($"{provider}: Lidköping demo, helåret 2026", () => Queries(db, clock).CompareAsync(lidkoping, FollowUpPeriod.Year(2026)));
            await ProfileAsync(db, clock, lidkoping, FollowUpPeriod.Year(2026));

            var watch = Stopwatch.StartNew();
            var generated = await GenerateAsync(db, clock);
            Console.WriteLine($"{provider}: generated kommun with 5,000 patients and three years of events in {watch.Elapsed.TotalSeconds:F0} s");
            db.ChangeTracker.Clear();
            await TimeAsync($"{provider}: generated kommun, helåret 2026", () => Queries(db, clock).CompareAsync(generated, FollowUpPeriod.Year(2026)), runs: 5);
            await ProfileAsync(db, clock, generated, FollowUpPeriod.Year(2026));
            await TimeAsync($"{provider}: generated kommun, 2024-01-01–2026-11-30", () => Queries(db, clock).CompareAsync(generated, FollowUpPeriod.Between(new(2024, 1, 1), new(2026, 11, 30))), runs: 5);
        }
        finally
        {
            if (isPostgres)
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                await using var admin = new Npgsql.NpgsqlConnection(postgres);
                await admin.OpenAsync();
                await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
            else
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                File.Delete(path);
            }
        }
    }

    private static NarplanDbContext Create(bool postgres, string connection)
    {
        if (postgres)
        {
            var options = new DbContextOptionsBuilder<Narplan.Data.Postgres.PostgresNarplanDbContext>();
            DataSetup.ConfigurePostgres(options, connection);
            options.AddInterceptors(Counter);
            return new Narplan.Data.Postgres.PostgresNarplanDbContext(options.Options);
        }

        var sqlite = new DbContextOptionsBuilder<Narplan.Data.Sqlite.SqliteNarplanDbContext>();
        DataSetup.ConfigureSqlite(sqlite, connection);
        sqlite.AddInterceptors(Counter);
        return new Narplan.Data.Sqlite.SqliteNarplanDbContext(sqlite.Options);
    }

    private static FollowUpQueries Queries(NarplanDbContext db, IClock clock) =>
        new(db, new AcuteFiguresQueries(db), new RoundQueries(db, clock), [], clock);

    /// <summary>Where the time goes: the SQL commands of one comparison, and each built-in source on its own.</summary>
    private static async Task ProfileAsync(NarplanDbContext db, IClock clock, Guid kommunId, FollowUpPeriod period)
    {
        Counter.Reset();
        Counter.Enabled = true;
        await Queries(db, clock).CompareAsync(kommunId, period);
        Counter.Enabled = false;
        Counter.Report("one comparison (period and previous period)");
        var unitIds = await db.CareUnits.Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync();
        async Task Part(string name, Func<Task> work)
        {
            var watch = Stopwatch.StartNew();
            await work();
            Console.WriteLine($"  {name}: {watch.Elapsed.TotalMilliseconds:F0} ms");
        }

        await Part("acute contacts and deaths (one period)", () => new AcuteFiguresQueries(db).ForKommunAsync(kommunId, period.From, period.To));
        await Part("rounds expanded (one period)", () => new RoundQueries(db, clock).ForUnitsAsync(unitIds, period.From, period.To));
        await Part("annual reviews (one period)", () => Queries(db, clock).ReviewRowsAsync(kommunId, period, default));
    }

    private static async Task TimeAsync(string name, Func<Task<FollowUpComparison?>> work, int runs = 20)
    {
        var result = await work(); // warm-up: JIT, query compilation
        var indicators = result!.Current.Groups.Sum(g => g.Indicators.Count);
        var times = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        // CPU time as well as wall time: on a shared machine the wall time also counts the waits for a core.
        Console.WriteLine($"Follow-up dashboard {name}: median {times[runs / 2]:F0} ms, slowest {times[^1]:F0} ms, CPU median {cpu[runs / 2]:F0} ms ({indicators} indicators, period and previous period)");
    }

    /// <summary>A kommun "Benchköping" in Skaraborg: 25 units, 5,000 patients, 2024–2026 of events. Deterministic.</summary>
    private static async Task<Guid> GenerateAsync(NarplanDbContext db, IClock clock)
    {
        var region = await db.Regions.SingleAsync(r => r.ShortName == "VGR");
        var sub = await db.SubRegions.SingleAsync(s => s.Name == "Skaraborg");
        var kommun = new Kommun(region, sub, "Benchköping");
        db.Add(kommun);
        var centre = new RegionalUnit(kommun, "Benchköpings vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, "031-390 06 99");
        db.Add(centre);
        var units = new List<CareUnit>();
        for (var u = 0; u < 25; u++)
        {
            var unit = new CareUnit(kommun, $"Benchenhet {u + 1:00}", u % 5 == 4 ? CareUnitType.OrdinartBoende : CareUnitType.SarskiltBoende, 200);
            unit.AssignResponsibility(centre, null, null, MeetingForm.PaPlats, new LocalDate(2023, 1, 1));
            units.Add(unit);
            db.Add(unit);
        }

        await db.SaveChangesAsync();
        var series = units.Select(u => new RoundSeries(u.Id, new RoundSchedule(null, RoundRecurrence.Weekly, IsoDayOfWeek.Tuesday, null, null,
            new LocalTime(9, 0), 90, MeetingForm.PaPlats, "Expeditionen", new LocalDate(2024, 1, 1), null, HolidayPolicy.MoveToNextWorkingDay))).ToList();
        db.RoundSeries.AddRange(series);
        foreach (var s in series)
        {
            var n = 0;
            foreach (var o in s.OccurrencesBetween(new LocalDate(2024, 1, 1), new LocalDate(2026, 10, 31)))
            {
                var record = new RoundOccurrenceRecord(s.Id, o.OriginalDate);
                if (++n % 11 == 0)
                {
                    record.Cancel(RoundCancelReason.DoctorAbsent, null);
                }
                else
                {
                    record.MarkHeld(o, Instant.FromUtc(2026, 11, 1, 0, 0));
                }

                db.RoundOccurrenceRecords.Add(record);
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var today = Stockholm.Today(clock);
        var profile = SeedOnCallProfiles.Skaraborg();
        var unitById = units.ToDictionary(u => u.Id);
        var random = new Random(20);
        for (var batch = 0; batch < 10; batch++)
        {
            for (var i = batch * 500; i < (batch + 1) * 500; i++)
            {
                var unit = unitById[units[i % units.Count].Id];
                var born = new LocalDate(1925, 1, 1).PlusDays(i); // unique: the stored identity number is unique
                var patient = Patient.Enrol(IdentityNumber.ParseOrThrow($"{born:yyyyMMdd}-BX{i % 100:00}", today), $"Benchpatient {i}", unit,
                    new LocalDate(2023, 6, 1), centre.Id, today, listedCareCentreId: centre.Id, previousAnnualReview: new LocalDate(2023, 1, 10).PlusDays(i % 340));
                db.Add(patient);
                for (var year = 2024; year <= 2026; year++)
                {
                    var due = new LocalDate(year, 1, 10).PlusDays(i % 340); // held within its planning year
                    var review = new AnnualReview(patient.Id, unit.Id, year, due.PlusYears(-1), null);
                    var held = due.PlusDays((i % 7) - 4);
                    review.Place(held, due, ReviewReason.Annual, ReviewSlotSource.RoundOccurrence, null);
                    if (held < today && i % 13 != 0)
                    {
                        review.MarkDone(held, new ReviewOutcome(i % 4 != 0, true, true, null, null, i % 3 == 0), today);
                    }

                    db.Add(review);
                    if (i % 3 == 0)
                    {
                        var called = new LocalDateTime(year, 1 + (i % 11), 1 + (i % 27), 8 + (i % 14), i % 60).InZoneLeniently(Stockholm.Zone).ToInstant();
                        var answer = OnCallResolver.Resolve(new OnCallQuery(new OnCallUnit(unit.Name, centre.Name, centre.Phone), [], profile, called));
                        var contact = AcuteContact.Record(patient.Id, unit.Id, called, "Benchsköterska", "Försämring.",
                            new VitalSigns(20, 94, SpO2Scale.Scale1, AirOrOxygen.Air, 120, 90, Consciousness.Alert, 37.8m),
                            i % 5 == 0 ? null : new DecisionSupportAssessment(DecisionSupportTool.BViS, DecisionSupportResult.Green), null, null, answer);
                        var answered = called + Duration.FromMinutes(5 + random.Next(50));
                        contact.RecordTimes(answered, null, null, called + Duration.FromDays(1));
                        contact.RecordOutcome(AcuteContactOutcome.Advice, null, null);
                        db.Add(contact);
                    }
                }

                if (i % 12 == 0)
                {
                    var diedAt = new LocalDateTime(2024 + (i % 3), 1 + (i % 12), 1 + (i % 27), 3, 0).InZoneLeniently(Stockholm.Zone).ToInstant();
                    var course = new PalliativeCourse(patient.Id);
                    if (i % 5 != 0)
                    {
                        course.RecordConversation(new BreakpointConversation(diedAt.InZone(Stockholm.Zone).Date.PlusDays(-10), "Benchläkare", ["Patienten"]), clock);
                    }

                    var establishment = new DeathEstablishment(diedAt + Duration.FromHours(7), "Benchläkare", DeathEstablishedBy.CareCentreDoctor, new(centre.Id, centre.Name));
                    course.RecordDeath(patient, new DeathReport(diedAt, IsExpected: i % 7 != 0, IdentityUnknown: false, null, establishment), null, null, "Benchsköterska", clock);
                    db.Add(course);
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return kommun.Id;
    }
}
