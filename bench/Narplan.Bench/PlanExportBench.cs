using System.Diagnostics;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// Time per DOCX and PDF export of Herrljunga's demo plan (seed 000, loaded into a throw-away
/// SQLite database) and of the same plan with 300 units in Bilaga 1 (and its Bilaga 1/2 as XLSX).
/// Target: demo DOCX under 200 ms.
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
            var queries = new Narplan.Web.Features.Plans.PlanQueries(db, new Narplan.Web.Features.Plans.RoundSeriesSummaries(db), SystemClock.Instance);
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
            Time("XLSX, 300 units in Bilaga 1", () => Narplan.Web.Features.Plans.Export.PlanXlsxExporter.Export(big));

            // Issue 22.1: the plan as JSON in process — load the version and its appendices, map, serialise (target < 20 ms median).
            var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
            json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            NodaTime.Serialization.SystemTextJson.Extensions.ConfigureForNodaTime(json, DateTimeZoneProviders.Tzdb);
            Time("JSON, Herrljunga demo plan (load, map, serialise)", () =>
            {
                var view = queries.PlanAsync(planId).GetAwaiter().GetResult()!;
                var document = queries.DocumentAsync(view, view.Plan.Version(1)).GetAwaiter().GetResult();
                var dto = Narplan.Web.Features.Plans.PlanJsonApi.ToJson(planId, view.Plan.Version(1), document);
                return System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(dto, json);
            });
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
