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
