// Plain benchmark runner: prints the figures the README quotes. Run with
//   dotnet run -c Release --project bench/Narplan.Bench
using System.Diagnostics;
using Narplan.Domain.Calendars;
using NodaTime;

// `-- yearplan` runs only the national year-plan benchmark (issue 7).
if (args is ["debug"]) { Narplan.Bench.DebugLate.Run(); return; }
// `-- plans` runs only the plan export benchmark (issue 6).
if (args is ["plans"])
{
    await Narplan.Bench.PlanExportBench.RunAsync();
    return;
}

// `-- import [rows ...]` runs only the Bilaga 1 import preview benchmark (issue 15).
if (args is ["import", ..])
{
    await Narplan.Bench.ImportPreviewBench.RunAsync(args.Length > 1 ? args[1..].Select(int.Parse).ToArray() : null);
    return;
}

// `-- api` runs only the API throughput runs (issues 4 and 22; needs src/Narplan.Web built in Release).
if (args is ["api"])
{
    var apiRoot = AppContext.BaseDirectory;
    while (apiRoot is not null && !File.Exists(Path.Combine(apiRoot, "Narplan.slnx")))
    {
        apiRoot = Path.GetDirectoryName(apiRoot);
    }

    await Narplan.Bench.ApiThroughput.RunAsync(apiRoot!);
    return;
}

// `-- followup [postgres "<connection string>"]` runs only the follow-up dashboard benchmark (issue 20).
if (args is ["followup", ..])
{
    await Narplan.Bench.FollowUpBench.RunAsync(args is [_, "postgres", _] ? "postgres" : "sqlite", args is [_, "postgres", var cs] ? cs : null);
    return;
}

// `-- load --provider Postgres --connection "…" [--users 50] [--seconds 60]` runs the mixed-workload load bench on a
// database holding the national data set (issue 23 item 3; needs src/Narplan.Web built in Release).
if (args is ["load", ..])
{
    var loadRoot = AppContext.BaseDirectory;
    while (loadRoot is not null && !File.Exists(Path.Combine(loadRoot, "Narplan.slnx")))
    {
        loadRoot = Path.GetDirectoryName(loadRoot);
    }

    Environment.ExitCode = await Narplan.Bench.LoadBench.RunAsync(loadRoot!, args[1..]);
    return;
}

if (args is ["yearplan"])
{
    Narplan.Bench.NationalYearPlanBench.Run();
    return;
}

// `-- yearplan-dump <file>` writes every plan and a re-plan of each, to compare two builds with cmp.
if (args is ["yearplan-dump", var dumpPath])
{
    Narplan.Bench.YearPlanDump.Run(dumpPath);
    return;
}

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
var profile = Narplan.Domain.OnCall.SeedOnCallProfiles.Skaraborg();
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

Narplan.Bench.NationalYearPlanBench.Run();
await Narplan.Bench.PlanExportBench.RunAsync();

// The on-call API against a trivial endpoint of the same app (needs src/Narplan.Web built in Release).
var root = AppContext.BaseDirectory;
while (root is not null && !File.Exists(Path.Combine(root, "Narplan.slnx")))
{
    root = Path.GetDirectoryName(root);
}

if (root is not null)
{
    await Narplan.Bench.ApiThroughput.RunAsync(root);
}
