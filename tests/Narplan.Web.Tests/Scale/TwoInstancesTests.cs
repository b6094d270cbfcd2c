using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.Postgres;
using Narplan.Domain.Calendars;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;
using Npgsql;

namespace Narplan.Web.Tests.Scale;

/// <summary>
/// Issue 23 item 4: two app processes (the built Narplan.Web.dll, each with its own keys folder) on one throw-away
/// PostgreSQL database, started at the same moment. A cookie made on A reads on B (the key ring lives in the database);
/// a redirect saved on A is answered by B within a second although B had the old answer cached (LISTEN/NOTIFY);
/// audited saves on both at once all succeed and the chain, sealed by both, verifies afterwards.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string CheckpointKey = "two-instance test checkpoint key, thirty-two bytes+";
    private readonly string _directory = Directory.CreateTempSubdirectory("narplan-two-").FullName;
    private readonly string _database = $"narplan_two_{Guid.NewGuid():N}";
    private string _connectionString = "";
    private AppProcess? _a;
    private AppProcess? _b;

    [Fact]
    public async Task ShouldShareSignInCachesAndTheAuditChainBetweenTwoInstancesOnOnePostgresDatabase()
    {
        try
        {
            await SignInCachesAndChainAsync(_a!, _b!);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            // An unexpected answer (e.g. a 500): quote what both processes logged.
            Thread.Sleep(2000);
            throw new InvalidOperationException($"{e.Message}\n--- A ---\n{_a!.Output}\n--- B ---\n{_b!.Output}", e);
        }
    }

    private async Task SignInCachesAndChainAsync(AppProcess a, AppProcess b)
    {
        // The console logger writes from a queue: give it a moment before quoting the processes' output in a failure.
        string Logs()
        {
            Thread.Sleep(2000);
            return $"\n--- A ---\n{a.Output}\n--- B ---\n{b.Output}";
        }

        // 1. Sign in on A, read on B with the same cookie (one cookie container: cookies belong to the host, not the port).
        var cookies = new CookieContainer();
        using var onA = Client(a.BaseAddress, cookies);
        using var onB = Client(b.BaseAddress, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.LoginAsync("vcchef@herrljunga-vc.demo", DemoUsers.Password)).StatusCode);
        var (centreId, ekenId) = await IdsAsync();
        var readOnB = await onB.GetAsync($"/vardcentraler/{centreId}/jour");
        if (readOnB.StatusCode != HttpStatusCode.OK)
        {
            Assert.Fail($"B answered {(int)readOnB.StatusCode}: {await readOnB.Content.ReadAsStringAsync()}{Logs()}");
        }

        Assert.Contains("Logga ut", await readOnB.Content.ReadAsStringAsync());

        // 2. B answers (and caches) the on-call question; A saves a redirect; B answers the new responder within a second.
        var day = SwedishCalendar.Instance.NextWorkingDay(Stockholm.Today(SystemClock.Instance).PlusDays(30));
        var at = (day + new LocalTime(9, 0)).InZoneStrictly(Stockholm.Zone).ToOffsetDateTime().ToString("uuuu-MM-dd'T'HH:mm:sso<+HH:mm>", CultureInfo.InvariantCulture);
        var onCallUrl = $"/api/v1/units/{ekenId}/on-call?at={Uri.EscapeDataString(at)}";
        using var anonymousB = new HttpClient { BaseAddress = b.BaseAddress };
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("vardcentral", (await OnCallAsync(anonymousB, onCallUrl)).GetProperty("responder").GetString());
        }

        var page = await onA.GetStringAsync($"/vardcentraler/{centreId}/jour");
        var saved = await onA.PostFormAsync($"/vardcentraler/{centreId}/jour", page, "redirect", new()
        {
            ["Redirect.CareUnitId"] = ekenId.ToString(),
            ["Redirect.From"] = (day + new LocalTime(8, 0)).ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Redirect.Until"] = (day + new LocalTime(10, 0)).ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Redirect.ResponderName"] = "Närhälsan Vårgårda vårdcentral",
            ["Redirect.Phone"] = "070-174 06 59",
            ["Redirect.Reason"] = "Telefonstörning",
        });
        if (saved.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.OK))
        {
            Assert.Fail($"The redirect was not saved: {(int)saved.StatusCode}.{Logs()}");
        }

        var clock = Stopwatch.StartNew();
        JsonElement answer;
        do
        {
            answer = await OnCallAsync(anonymousB, onCallUrl);
        }
        while (answer.GetProperty("responder").GetString() != "tillfallig" && clock.Elapsed < TimeSpan.FromSeconds(1));

        if (answer.GetProperty("responder").GetString() != "tillfallig")
        {
            Assert.Fail($"B still answered the old responder after {clock.ElapsedMilliseconds} ms.{Logs()}");
        }

        Assert.Equal("070-174 06 59", answer.GetProperty("phone").GetString());

        // 3. Audited saves on both instances at once: every one is acknowledged.
        var acknowledged = new ConcurrentBag<string>();
        await Task.WhenAll(
            SaveUnitAsync(a.BaseAddress, "Björkhaga", 200, acknowledged),
            SaveUnitAsync(b.BaseAddress, "Galeasen", 300, acknowledged),
            SaveUnitAsync(a.BaseAddress, "Galeasen", 400, acknowledged, startAfter: TimeSpan.FromMilliseconds(50)),
            SaveUnitAsync(b.BaseAddress, "Björkhaga", 500, acknowledged, startAfter: TimeSpan.FromMilliseconds(50)));
        Assert.True(acknowledged.Count >= 30, $"Only {acknowledged.Count} of 40 saves were acknowledged: {string.Join(", ", acknowledged)}\n{a.Output}\n{b.Output}");

        // 4. The chain: no gap, no fork, and each instance's own check (with every checkpoint, sealed by either) finds it whole.
        await using (var db = Open())
        {
            var sequences = await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
            Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
            var places = await db.AuditEntries.CountAsync(e => e.EntityType == "CareUnit" && e.Details.Contains("Places:"));
            Assert.True(places >= acknowledged.Count, $"{places} audited unit saves for {acknowledged.Count} acknowledged.");
        }

        foreach (var app in new[] { a, b })
        {
            using var admin = Client(app.BaseAddress, new CookieContainer());
            Assert.Equal(HttpStatusCode.Redirect, (await admin.LoginAsync("admin@narplan.demo", DemoUsers.Password)).StatusCode);
            var log = await admin.GetStringAsync("/administration/logg");
            var verified = await (await admin.PostFormAsync("/administration/logg", log, "verify", [])).Content.ReadAsStringAsync();
            Assert.True(verified.Contains("Kedjan är obruten"), System.Text.RegularExpressions.Regex.Match(verified, "Kedjan är bruten[^<]*").Value);
        }

        // Each head was sealed once: the two instances' checkpoint files never hold the same checkpoint twice.
        var sealedA = CheckpointSequences("a");
        var sealedB = CheckpointSequences("b");
        Assert.Empty(sealedA.Intersect(sealedB));
        Assert.NotEmpty(sealedA.Concat(sealedB));
    }

    /// <summary>Ten saves of the unit's places through the unit form, as a signed-in nurse of Lidköping.</summary>
    private async Task SaveUnitAsync(Uri app, string unit, int start, ConcurrentBag<string> acknowledged, TimeSpan startAfter = default)
    {
        await Task.Delay(startAfter);
        using var client = Client(app, new CookieContainer());
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("sjukskoterska@lidkoping.demo", DemoUsers.Password)).StatusCode);
        await using var db = Open();
        var id = await db.CareUnits.Where(u => u.Name == unit).Select(u => u.Id).SingleAsync();
        for (var value = start; value < start + 10; value++)
        {
            // The other instance may save the same unit between our read and our post: a stale form is refused
            // (optimistic concurrency, not an error) and sent again, as a user would.
            for (var attempt = 0; attempt < 5; attempt++)
            {
                var page = await client.GetStringAsync($"/enheter/{id}");
                var response = await client.PostFormAsync($"/enheter/{id}", page, "unit-details", new()
                {
                    ["Details.Name"] = unit,
                    ["Details.Places"] = value.ToString(CultureInfo.InvariantCulture),
                    // The new number applies from the date the form offers (dated places, decision 0083).
                    ["Details.PlacesFrom"] = System.Text.RegularExpressions.Regex.Match(page, "id=\"places-from\"[^>]*value=\"(?<d>[0-9-]+)\"").Groups["d"].Value,
                });
                Assert.True((int)response.StatusCode < 500, $"Save {value} of {unit} on {app} answered {(int)response.StatusCode}.");
                if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("sparat=uppgifter"))
                {
                    acknowledged.Add($"{unit}:{value}");
                    break;
                }
            }
        }
    }

    private static async Task<JsonElement> OnCallAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<(Guid Centre, Guid Eken)> IdsAsync()
    {
        await using var db = Open();
        var centre = await db.RegionalUnits.Where(c => c.Name == "Närhälsan Herrljunga vårdcentral").Select(c => c.Id).SingleAsync();
        var eken = await db.CareUnits.Where(u => u.Name == "Eken").Select(u => u.Id).SingleAsync();
        return (centre, eken);
    }

    private HashSet<long> CheckpointSequences(string instance)
    {
        var file = Path.Combine(_directory, instance, "checkpoints.jsonl");
        return File.Exists(file)
            ? File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Sequence").GetInt64()).ToHashSet()
            : [];
    }

    private NarplanDbContext Open()
    {
        var options = new DbContextOptionsBuilder<PostgresNarplanDbContext>();
        DataSetup.ConfigurePostgres(options, _connectionString);
        return new PostgresNarplanDbContext(options.Options);
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = _database, IncludeErrorDetail = false }.ConnectionString;

        // Both start at once on the empty database: one migrates and seeds, the other waits and finds it done.
        // Each has its own keys folder and checkpoint file; only the checkpoint key is shared (a setting every instance needs).
        var starting = new[] { "a", "b" }.Select(name =>
        {
            var folder = Directory.CreateDirectory(Path.Combine(_directory, name)).FullName;
            return AppProcess.StartAsync(DatabaseProvider.Postgres, _connectionString, folder, CheckpointKey);
        }).ToList();
        try
        {
            var started = await Task.WhenAll(starting);
            (_a, _b) = (started[0], started[1]);
        }
        catch
        {
            foreach (var task in starting.Where(t => t.IsCompletedSuccessfully))
            {
                task.Result.Dispose();
            }

            throw;
        }
    }

    public async Task DisposeAsync()
    {
        _a?.Dispose();
        _b?.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
