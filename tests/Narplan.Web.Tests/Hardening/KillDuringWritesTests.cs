using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.Postgres;
using Narplan.Data.Sqlite;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using Npgsql;

namespace Narplan.Web.Tests.Hardening;

/// <summary>
/// Issue 15, "tests that keep it so": the built app runs as its own process on SQLite and on
/// PostgreSQL, a signed-in nurse saves unit details over HTTP (antiforgery token and all), the
/// process is killed with SIGKILL in the middle, and after a restart every save that was
/// acknowledged before the kill is there with its audit row, and the audit chain verifies.
/// </summary>
public sealed class KillDuringWritesTests : IAsyncLifetime
{
    private const string CheckpointKey = "kill-9 test checkpoint key, thirty-two bytes or more";
    private static readonly string[] Units = ["Björkhaga", "Galeasen"];
    private readonly string _directory = Directory.CreateTempSubdirectory("narplan-kill-").FullName;
    private string? _postgresDatabase;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldKeepEveryWriteAcknowledgedBeforeAKill9WithItsAuditRowAndAnIntactChain(DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(_directory, "narplan.db")}"
            : await NewPostgresDatabaseAsync();

        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        using (var first = await AppProcess.StartAsync(provider, connectionString, _directory, CheckpointKey))
        {
            var ids = await UnitIdsAsync(provider, connectionString);
            using var stop = new CancellationTokenSource();
            var writers = Units.Select((unit, i) => WriteUntilKilledAsync(first.BaseAddress, unit, ids[unit], 100 * (i + 1), acknowledged.GetOrAdd(unit, _ => []), stop.Token)).ToList();

            // Kill once a dozen saves are acknowledged, with both writers still sending.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (acknowledged.Values.Sum(v => v.Count) < 12 && DateTime.UtcNow < deadline && writers.All(w => !w.IsCompleted))
            {
                await Task.Delay(10);
            }

            first.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            Assert.True(acknowledged.Values.Sum(v => v.Count) >= 12, "Too few saves were acknowledged before the deadline:\n" + first.Output);
        }

        using var second = await AppProcess.StartAsync(provider, connectionString, _directory, CheckpointKey);
        await using (var db = Open(provider, connectionString))
        {
            foreach (var unit in Units)
            {
                var id = (await UnitIdsAsync(provider, connectionString))[unit];
                var places = await db.CareUnits.Where(u => u.Id == id).Select(u => u.Places).SingleAsync();
                var audited = await db.AuditEntries.Where(e => e.EntityType == "CareUnit" && e.EntityId == id.ToString())
                    .Select(e => e.Details).ToListAsync();
                var values = acknowledged[unit].ToList();
                Assert.NotEmpty(values);
                Assert.True(places >= values.Max(), $"{unit}: {places} stored, {values.Max()} acknowledged.");
                foreach (var value in values)
                {
                    Assert.Contains(audited, d => d.Split("; ").Any(part => part.StartsWith("Places: ") && part.EndsWith($" → {value}")));
                }
            }
        }

        // The restarted app still writes, and its own chain check (with the checkpoints) finds nothing wrong.
        var admin = AppProcess.Client(second.BaseAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin@narplan.demo", DemoUsers.Password)).StatusCode);
        var log = await admin.GetStringAsync("/administration/logg");
        var sealedNow = await admin.PostFormAsync("/administration/logg", log, "seal", []);
        // Sealed now, or already by the background writer (every fifth row in this test).
        Assert.Matches("Kedjan är förseglad till och med rad|Kedjans slut är redan förseglat", await sealedNow.Content.ReadAsStringAsync());
        var verified = await (await admin.PostFormAsync("/administration/logg", log, "verify", [])).Content.ReadAsStringAsync();
        Assert.True(verified.Contains("Kedjan är obruten"), System.Text.RegularExpressions.Regex.Match(verified, "Kedjan är bruten[^<]*").Value);
        Assert.DoesNotContain("Kedjan är bruten", verified);
        Assert.True(File.ReadAllLines(Path.Combine(_directory, "checkpoints.jsonl")).Length >= 2);
    }

    /// <summary>Saves the unit's places as start, start+1, … until the process dies; a save counts when the app answered it.</summary>
    private static async Task WriteUntilKilledAsync(Uri app, string unitName, Guid unitId, int start, ConcurrentBag<int> acknowledged, CancellationToken stop)
    {
        var client = AppProcess.Client(app);
        try
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(PatientsTestUser, DemoUsers.Password)).StatusCode);
            for (var value = start; !stop.IsCancellationRequested; value++)
            {
                var page = await client.GetStringAsync($"/enheter/{unitId}");
                var response = await client.PostFormAsync($"/enheter/{unitId}", page, "unit-details", new()
                {
                    ["Details.Name"] = unitName,
                    ["Details.Places"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    // The new number applies from the date the form offers (dated places, decision 0083).
                    ["Details.PlacesFrom"] = System.Text.RegularExpressions.Regex.Match(page, "id=\"places-from\"[^>]*value=\"(?<d>[0-9-]+)\"").Groups["d"].Value,
                });
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("sparat=uppgifter"))
                {
                    acknowledged.Add(value);
                }
                else
                {
                    throw new InvalidOperationException($"Save {value} was refused: {(int)response.StatusCode}.");
                }
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            // The process was killed under the request: that save was never acknowledged.
        }
    }

    private const string PatientsTestUser = "sjukskoterska@lidkoping.demo";

    private static async Task<Dictionary<string, Guid>> UnitIdsAsync(DatabaseProvider provider, string connectionString)
    {
        await using var db = Open(provider, connectionString);
        return await db.CareUnits.Where(u => Units.Contains(u.Name)).ToDictionaryAsync(u => u.Name, u => u.Id);
    }

    private static NarplanDbContext Open(DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteNarplanDbContext>();
            DataSetup.ConfigureSqlite(options, connectionString + ";Pooling=false");
            return new SqliteNarplanDbContext(options.Options);
        }

        var pg = new DbContextOptionsBuilder<PostgresNarplanDbContext>();
        DataSetup.ConfigurePostgres(pg, connectionString);
        return new PostgresNarplanDbContext(pg.Options);
    }

    private async Task<string> NewPostgresDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        _postgresDatabase = $"narplan_kill_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_postgresDatabase}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase, IncludeErrorDetail = false }.ConnectionString;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
