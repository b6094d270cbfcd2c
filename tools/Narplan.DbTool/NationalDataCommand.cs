using System.Globalization;
using Narplan.Data;
using Microsoft.EntityFrameworkCore;
using Narplan.Data.National;
using Narplan.Domain.Audit;
using NodaTime;

/// <summary>
/// <c>national-data</c>: loads the national data set (decision 0085) into an empty database, or into one that holds
/// data with <c>--replace</c> (which drops it first). Progress goes to the console; a refusal or a bad option exits 2.
/// </summary>
internal static class NationalDataCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = DatabaseProvider.Sqlite;
        string? connection = null;
        var options = new NationalDataSetOptions();
        var verify = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} saknar värde.");
            try
            {
                switch (args[i])
                {
                    case "--provider":
                        provider = Enum.Parse<DatabaseProvider>(Next(), ignoreCase: true);
                        break;
                    case "--connection":
                        connection = Next();
                        break;
                    case "--scale":
                        options = options with { Scale = double.Parse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture) };
                        break;
                    case "--seed":
                        options = options with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) };
                        break;
                    case "--replace":
                        options = options with { Replace = true };
                        break;
                    case "--verify":
                        verify = true;
                        break;
                    default:
                        throw new ArgumentException($"Okänt argument: {args[i]}");
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        }

        if (options.Scale is <= 0 or > 10)
        {
            Console.Error.WriteLine("--scale måste vara större än 0 och högst 10.");
            return 2;
        }

        connection ??= provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine("data", "narplan-national.db")}"
            : throw new ArgumentException("--connection behövs för Postgres.");
        await using var db = NationalDataSet.CreateContext(new DatabaseSettings(provider, connection), SystemClock.Instance);
        try
        {
            var result = await NationalDataSet.LoadAsync(db, options, line => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}"));
            Console.WriteLine($"Totalt i databasen: {result.Totals.Kommuner} kommuner, {result.Totals.CareCentres} vårdcentraler, " +
                $"{result.Totals.Units} enheter, {result.Totals.Patients:N0} patienter; {result.RowsWritten:N0} rader på {result.Elapsed.TotalSeconds:F0} s.");
            if (verify)
            {
                // The whole log, in sequence order, through the app's chain check (decision 0004).
                var watch = System.Diagnostics.Stopwatch.StartNew();
                db.ChangeTracker.Clear();
                var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
                var chain = AuditChain.Verify(entries);
                Console.WriteLine(chain.IsIntact
                    ? $"Loggkedjan är hel: {chain.VerifiedCount:N0} rader kontrollerade på {watch.Elapsed.TotalSeconds:F0} s."
                    : $"Loggkedjan är bruten: {chain.Problem}");
                return chain.IsIntact ? 0 : 1;
            }

            return 0;
        }
        catch (NationalDataSetRefusedException refused)
        {
            Console.Error.WriteLine(refused.Message);
            return 2;
        }
    }
}
