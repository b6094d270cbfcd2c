// Plain benchmark runner: prints the figures the README quotes. Run with
//   dotnet run -c Release --project bench/Narplan.Bench
using System.Diagnostics;
using Narplan.Domain.Calendars;
using NodaTime;

var calendar = SwedishCalendar.Instance;
var start = new LocalDate(2026, 1, 1);

// Warm up the per-year cache and the JIT.
for (var i = 0; i < 10_000; i++)
{
    calendar.IsWorkingDay(start.PlusDays(i % 3650));
}

const int days = 3650;
const int rounds = 1_000;
var watch = Stopwatch.StartNew();
var workingDays = 0;
for (var r = 0; r < rounds; r++)
{
    for (var d = 0; d < days; d++)
    {
        if (calendar.IsWorkingDay(start.PlusDays(d)))
        {
            workingDays++;
        }
    }
}

watch.Stop();
var calls = (double)days * rounds;
Console.WriteLine($"SwedishCalendar.IsWorkingDay: {calls / watch.Elapsed.TotalSeconds / 1e6:F1} million calls/s " +
                  $"({watch.Elapsed.TotalNanoseconds / calls:F0} ns/call; {workingDays / rounds} working days in 2026–2035)");

watch.Restart();
var holidays = 0;
for (var year = 1900; year <= 2200; year++)
{
    holidays += new SwedishCalendar().HolidaysIn(year).Count;
}

watch.Stop();
Console.WriteLine($"SwedishCalendar.HolidaysIn, 301 years on a cold calendar: {watch.Elapsed.TotalMilliseconds:F1} ms ({holidays} holidays)");

// "Who do I call now?" resolutions in process, one core: a query every 7 minutes over a year.
var profile = Narplan.Domain.OnCall.OnCallRuleProfile.Vgr();
var unit = new Narplan.Domain.OnCall.OnCallUnit("Bäckliden", "Närhälsan Lidköping vårdcentral", "031-390 06 18", "Sofia Eriksson");
var t0 = Instant.FromUtc(2026, 1, 1, 0, 0);
for (var i = 0; i < 20_000; i++)
{
    Narplan.Domain.OnCall.OnCallResolver.Resolve(new(unit, [], profile, t0 + Duration.FromMinutes(7 * i)));
}

const int resolutions = 500_000;
var onCall = 0;
watch.Restart();
for (var i = 0; i < resolutions; i++)
{
    var answer = Narplan.Domain.OnCall.OnCallResolver.Resolve(new(unit, [], profile, t0 + Duration.FromMinutes(7L * (i % 75_000))));
    if (answer.Kind == Narplan.Domain.OnCall.ResponderKind.Beredskapsjour)
    {
        onCall++;
    }
}

watch.Stop();
Console.WriteLine($"OnCallResolver.Resolve: {resolutions / watch.Elapsed.TotalSeconds / 1e6:F2} million resolutions/s on one core " +
                  $"({100.0 * onCall / resolutions:F0} % of instants are beredskapsjour)");

await PlanExportBench.RunAsync();

/// <summary>
/// Time per DOCX and PDF export of Herrljunga's demo plan (seed 000, loaded into a throw-away
/// SQLite database) and of the same plan with 300 units in Bilaga 1. Target: demo DOCX under 200 ms.
/// </summary>
internal static class PlanExportBench
{
    public static async Task RunAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"narplan-bench-{Guid.NewGuid():N}.db");
        try
        {
            var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<Narplan.Data.Sqlite.SqliteNarplanDbContext>();
            Narplan.Data.DataSetup.ConfigureSqlite(options, $"Data Source={path};Pooling=false");
            await using var db = new Narplan.Data.Sqlite.SqliteNarplanDbContext(options.Options);
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
            await Narplan.Data.Demo.DemoData.SeedIfEmptyAsync(db);
            await Narplan.Data.Demo.PlanDemoData.SeedIfMissingAsync(db);
            var queries = new Narplan.Web.Features.Plans.PlanQueries(db, new Narplan.Web.Features.Plans.NoRoundSummaries(), SystemClock.Instance);
            var planId = db.Plans.AsEnumerable().Single(p => p.Kind == Narplan.Domain.Plans.PlanKind.Naromradesplan).Id;
            var demo = (await queries.DocumentAsync(planId, 1))!;
            var big = demo with
            {
                Appendix1 = Enumerable.Range(1, 300).Select(i => new Narplan.Domain.Plans.Appendix1Row(
                    $"Enhet {i:000}", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg",
                    "tisdagar 13.00, varannan vecka", "På plats", "031-390 06 01")).ToList(),
            };

            Time("DOCX, Herrljunga demo plan", () => Narplan.Web.Features.Plans.Export.PlanDocxExporter.Export(demo));
            Time("PDF,  Herrljunga demo plan", () => Narplan.Web.Features.Plans.Export.PlanPdfExporter.Export(demo));
            Time("DOCX, 300 units in Bilaga 1", () => Narplan.Web.Features.Plans.Export.PlanDocxExporter.Export(big));
            Time("PDF,  300 units in Bilaga 1", () => Narplan.Web.Features.Plans.Export.PlanPdfExporter.Export(big));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static void Time(string name, Func<byte[]> export)
    {
        var size = export().Length; // warm-up: JIT, fonts, styles
        export();
        const int runs = 20;
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            export();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"Plan export {name}: median {times[runs / 2]:F1} ms, slowest {times[^1]:F1} ms ({size / 1024} KiB)");
    }
}
