using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Web.Tests.Infrastructure;
using Npgsql;

namespace Narplan.Web.Tests.Scale;

/// <summary>
/// Decision 0098 (issue 23, the load bench's connection errors): on PostgreSQL the pool is capped by
/// <c>Database:MaxPoolSize</c>, and a page whose sections each load their own data (Mina uppgifter with eight task
/// sections, the unit page with rounds, places and ledningsteam) holds at most two connections at once — the page's
/// own and one section's — so 50 users cannot empty the server's connections. Measured from EF's own connection
/// events for each request, on a throw-away database.
/// </summary>
public sealed class ConnectionsPerRequestTests : IAsyncLifetime
{
    private readonly string _database = $"narplan_connections_{Guid.NewGuid():N}";
    private readonly string _checkpoints = Path.Combine(Path.GetTempPath(), $"narplan-connections-{Guid.NewGuid():N}.jsonl");
    private NpgsqlConnectionStringBuilder _server = new();

    [Fact]
    public async Task ShouldHoldAtMostTwoConnectionsAtOnceOnPagesWhoseSectionsLoadTheirOwnData()
    {
        await using var app = App(maxPoolSize: "4");
        using var connections = new OpenConnections(_database);
        var unitId = await app.UnitIdAsync("Bäckliden");
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");

        foreach (var (client, url) in new[] { (manager, $"/enheter/{unitId}"), (nurse, "/uppgifter"), (manager, "/uppgifter") })
        {
            // Several times: whether sections overlap depends on timing, and a page that can hold more shows it soon.
            for (var i = 0; i < 5; i++)
            {
                var response = await client.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            }
        }

        var unitPage = connections.For($"/enheter/{unitId}");
        var tasks = connections.For("/uppgifter");
        // The sections did read (each opens its own connection at least once), so the measure is not vacuous...
        Assert.True(unitPage.Opened >= 5 * 4, $"The unit page opened {unitPage.Opened} connections in five requests.");
        Assert.True(tasks.Opened >= 10 * 9, $"Mina uppgifter opened {tasks.Opened} connections in ten requests.");
        // ...and never more than two at once in one request.
        Assert.InRange(unitPage.MostAtOnce, 1, 2);
        Assert.InRange(tasks.MostAtOnce, 1, 2);
    }

    [Fact]
    public async Task ShouldCapThePoolFromConfigurationAndServePagesWithinIt()
    {
        await using var app = App(maxPoolSize: "3");

        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        Assert.Equal(3, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxPoolSize);
        var contextPool = await app.WithDbAsync(db => Task.FromResult(new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize));
        Assert.Equal(3, contextPool);

        // Three pooled connections for the whole app: six pages at once still answer (they wait for a connection).
        var unitId = await app.UnitIdAsync("Bäckliden");
        var manager = await app.SignedInAsync("enhetschef@lidkoping.demo");
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => manager.GetAsync(i % 2 == 0 ? $"/enheter/{unitId}" : "/uppgifter")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
    }

    private WebApplicationFactory<Program> App(string maxPoolSize) => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseEnvironment("Testing");
        b.UseSetting("Database:Provider", "Postgres");
        b.UseSetting("Database:MaxPoolSize", maxPoolSize);
        b.UseSetting("ConnectionStrings:Narplan", new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = _database }.ConnectionString);
        b.UseSetting("Audit:CheckpointKey", "connections test checkpoint key, thirty-two bytes+");
        b.UseSetting("Audit:CheckpointFile", _checkpoints);
        b.UseSetting("RateLimiting:Login:PermitLimit", "100000");
    });

    public async Task InitializeAsync()
    {
        _server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh."));
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        File.Delete(_checkpoints);
    }

    /// <summary>
    /// EF's connection events (opened, closed, disposed) for one database, counted per request path: how many
    /// connections the requests to a path opened in all, and the most one request held open at the same moment.
    /// </summary>
    private sealed class OpenConnections : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly HttpContextAccessor _http = new();
        private readonly List<IDisposable> _subscriptions = [];
        private readonly Dictionary<DbConnection, HttpContext> _open = [];
        private readonly Dictionary<HttpContext, int> _held = [];
        private readonly Dictionary<string, (int Opened, int MostAtOnce)> _byPath = [];
        private readonly IDisposable _all;

        public OpenConnections(string database)
        {
            _database = database;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public (int Opened, int MostAtOnce) For(string path)
        {
            lock (_byPath)
            {
                return _byPath.GetValueOrDefault(path);
            }
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this, name => name == RelationalEventId.ConnectionOpened.Name
                        || name == RelationalEventId.ConnectionClosed.Name || name == RelationalEventId.ConnectionDisposed.Name));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is not ConnectionEventData { Connection: { } connection } || connection.Database != _database)
            {
                return;
            }

            lock (_byPath)
            {
                if (value.Key == RelationalEventId.ConnectionOpened.Name)
                {
                    if (_http.HttpContext is not { } request)
                    {
                        return; // background work (the checkpoint writer), not a request
                    }

                    _open[connection] = request;
                    var held = _held[request] = _held.GetValueOrDefault(request) + 1;
                    var path = request.Request.Path.Value ?? "";
                    var (opened, most) = _byPath.GetValueOrDefault(path);
                    _byPath[path] = (opened + 1, Math.Max(most, held));
                }
                else if (_open.Remove(connection, out var request))
                {
                    _held[request]--;
                }
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
