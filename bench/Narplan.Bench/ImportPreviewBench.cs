using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// Time of a Bilaga 1 import preview (<c>AppendixImporter.PreviewAsync</c>: read the CSV, check every row, apply it to
/// the loaded registers in memory) for Herrljunga with 2,000 to 20,000 new units, on a throw-away SQLite database with
/// the demo data. Issue 15: 20,000 rows took 48–109 s (quadratic); target under 2 s.
/// </summary>
internal static class ImportPreviewBench
{
    public static async Task RunAsync(int[]? sizes = null)
    {
        sizes ??= [2_000, 8_000, 16_000, 20_000];
        var path = Path.Combine(Path.GetTempPath(), $"narplan-bench-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<Narplan.Data.Sqlite.SqliteNarplanDbContext>();
            Narplan.Data.DataSetup.ConfigureSqlite(options, $"Data Source={path};Pooling=false");
            await using (var setup = new Narplan.Data.Sqlite.SqliteNarplanDbContext(options.Options))
            {
                await setup.Database.MigrateAsync();
                await Narplan.Data.Demo.DemoData.SeedIfEmptyAsync(setup);
            }

            Guid kommunId;
            await using (var db = new Narplan.Data.Sqlite.SqliteNarplanDbContext(options.Options))
            {
                kommunId = await db.Kommuner.Where(k => k.Name == "Herrljunga").Select(k => k.Id).SingleAsync();
            }

            // Warm-up: JIT and EF model on a small file.
            await PreviewAsync(options.Options, kommunId, Csv(200));
            foreach (var rows in sizes)
            {
                var csv = Csv(rows);
                var times = new List<double>();
                var result = "";
                for (var run = 0; run < 3; run++)
                {
                    var (elapsed, summary) = await PreviewAsync(options.Options, kommunId, csv);
                    times.Add(elapsed);
                    result = summary;
                }

                times.Sort();
                Console.WriteLine($"Import preview, Bilaga 1 CSV with {rows:N0} rows ({csv.Length / 1024:N0} KiB): median {times[1]:F0} ms, slowest {times[^1]:F0} ms; {result}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task<(double Ms, string Summary)> PreviewAsync(DbContextOptions options, Guid kommunId, byte[] csv)
    {
        await using var db = new Narplan.Data.Sqlite.SqliteNarplanDbContext((DbContextOptions<Narplan.Data.Sqlite.SqliteNarplanDbContext>)options);
        var importer = new Narplan.Web.Features.Plans.Import.AppendixImporter(db);
        var watch = Stopwatch.StartNew();
        var preview = await importer.PreviewAsync(kommunId, Narplan.Web.Features.Plans.Import.AppendixKind.Bilaga1, "bilaga1.csv", csv, new LocalDate(2026, 12, 1));
        watch.Stop();
        var created = preview.Rows.Count(r => r.Action == Narplan.Web.Features.Plans.Import.ImportAction.Create);
        return (watch.Elapsed.TotalMilliseconds, $"{created:N0} new units, {preview.ErrorCount} errors{(preview.FileError is null ? "" : ", " + preview.FileError)}");
    }

    /// <summary>A Bilaga 1 file as Excel saves it: semicolons, UTF-8; every unit new, at the demo's vårdcentral.</summary>
    private static byte[] Csv(int rows)
    {
        var text = new StringBuilder("Enhet;Typ;Ansvarig vårdcentral;Fast läkarkontakt;Mötesform;Direktnummer;Platser\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append($"Boende {i:00000};Särskilt boende;Närhälsan Herrljunga vårdcentral;Karin Åberg;;;{i % 40 + 8}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
