using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Narplan.Web.Features.Demo;
using Narplan.Web.Features.Patients;
using Narplan.Web.Infrastructure;
using Narplan.Web.Tests.Infrastructure;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Narplan.Web.Tests.Scale;

/// <summary>
/// Issue 23 item 5: telemetry reaches an OTLP receiver when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and is off
/// otherwise; <c>/health/ready</c> checks the database and its migrations, <c>/health/live</c> only the process.
/// </summary>
public sealed class TelemetryAndHealthTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task ShouldExportTracesAndMetricsWithNarplansOwnMeterToAnOtlpReceiverWhenTheEndpointIsSet()
    {
        using var receiver = new OtlpReceiver();
        await using var app = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.Endpoint);
            b.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            b.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "250");
            b.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        });
        var client = app.CreateClient();
        var unitId = await factory.UnitIdAsync("Eken");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/units/{unitId}/on-call?at=2026-06-19T22:00:00%2B02:00")).StatusCode);

        // ASP.NET Core spans (the on-call request's route or path among them) and EF Core spans; ASP.NET Core's request
        // duration and Närplan's on-call resolutions.
        string[] traces = ["Microsoft.AspNetCore", "/on-call", "OpenTelemetry.Instrumentation.EntityFrameworkCore", Telemetry.ServiceName];
        string[] metrics = ["http.server.request.duration", "narplan.oncall.resolutions", Narplan.Data.NarplanMeters.Name];
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !(traces.All(t => receiver.Received("/v1/traces", t)) && metrics.All(m => receiver.Received("/v1/metrics", m))))
        {
            await Task.Delay(200);
        }

        Assert.All(traces, t => Assert.True(receiver.Received("/v1/traces", t), $"No trace export mentions '{t}' ({receiver.Summary})."));
        Assert.All(metrics, m => Assert.True(receiver.Received("/v1/metrics", m), $"No metric export mentions '{m}' ({receiver.Summary})."));
        Assert.Equal("application/x-protobuf", receiver.ContentType);
    }

    [Fact]
    public void ShouldCollectNoTelemetryWhenNoOtlpEndpointIsSet()
    {
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task ShouldAnswerReadyAndLiveWhenTheDatabaseIsMigratedAndKeepPlainHealth()
    {
        var client = factory.CreateClient();
        Assert.Equal("Ready", await client.GetStringAsync("/health/ready"));
        Assert.Equal("Live", await client.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task ShouldAnswerNotReadyWhileAMigrationIsPendingAndReadyAfterTheMigrateCommand()
    {
        var path = Path.Combine(Path.GetTempPath(), $"narplan-ready-{Guid.NewGuid():N}.db");
        try
        {
            await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", "Sqlite");
                b.UseSetting("ConnectionStrings:Narplan", $"Data Source={path};Pooling=false");
                b.UseSetting("Database:MigrateOnStart", "false");
            }))
            {
                var client = app.CreateClient();
                var ready = await client.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("Databasen behöver migreras", await ready.Content.ReadAsStringAsync());
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

                // What `dotnet Narplan.Web.dll migrate` runs; then the same instance is ready without a restart.
                await DataStartup.MigrateAndSeedAsync(app.Services, app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>());
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    /// <summary>
    /// Issue 23, bad input: "a lost database connection gives a Swedish 503 page and /health/ready 503, and the app
    /// recovers when the database returns, without a restart". The app reaches PostgreSQL through a TCP forwarder the
    /// test stops (every connection cut, new ones refused) and starts again.
    /// </summary>
    [Fact]
    public async Task ShouldAnswerASwedish503WhileTheDatabaseIsGoneAndRecoverWithoutARestart()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh."));
        var database = $"narplan_outage_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        await using var forwarder = new TcpForwarder(server.Host!, server.Port);
        var viaForwarder = new NpgsqlConnectionStringBuilder(server.ConnectionString)
        {
            Host = "127.0.0.1", Port = forwarder.Port, Database = database, IncludeErrorDetail = false,
        }.ConnectionString;
        var logs = new LogCapture();
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.ConfigureLogging(logging => logging.AddProvider(logs));
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", "Postgres");
                b.UseSetting("ConnectionStrings:Narplan", viaForwarder);
                b.UseSetting("Audit:CheckpointKey", "outage test checkpoint key, thirty-two bytes or more");
                b.UseSetting("Audit:CheckpointFile", Path.Combine(Path.GetTempPath(), $"{database}.jsonl"));
                b.UseSetting("RateLimiting:Login:PermitLimit", "100000");
            });
            var client = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
            Guid patient;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                patient = await scope.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>()
                    .Patients.Where(p => p.Name == "Tolvan Tolvansson").Select(p => p.Id).SingleAsync();
            }

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PatientPage.Url(patient))).StatusCode);

            forwarder.Stop();

            var page = await client.GetAsync(PatientPage.Url(patient));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Närplan når inte databasen just nu", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
            var api = await client.GetAsync("/api/v1/units");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Närplan når inte databasen just nu", await api.Content.ReadAsStringAsync());
            // Probes come without a cookie (a signed-in request validates its session in the database first).
            var probe = app.CreateClient();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);

            forwarder.Start();

            // The same process, the same sign-in: back within seconds (broken pooled connections are dropped as met).
            var deadline = DateTime.UtcNow.AddSeconds(30);
            HttpStatusCode status;
            do
            {
                await Task.Delay(200);
                status = (await client.GetAsync(PatientPage.Url(patient))).StatusCode;
            }
            while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

            Assert.True(status == HttpStatusCode.OK, $"Still {(int)status} 30 s after the database returned:\n"
                + string.Join("\n", logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal)).TakeLast(3)));
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            File.Delete(Path.Combine(Path.GetTempPath(), $"{database}.jsonl"));
        }
    }

    /// <summary>An OTLP/HTTP receiver: keeps every body posted to /v1/traces, /v1/metrics and /v1/logs.</summary>
    private sealed class OtlpReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _bodies = new();

        public OtlpReceiver()
        {
            var port = FreePort();
            Endpoint = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Add(Endpoint + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Endpoint { get; }

        public string? ContentType { get; private set; }

        public string Summary => string.Join(", ", _bodies.GroupBy(b => b.Path).Select(g => $"{g.Key}: {g.Count()}"));

        /// <summary>Protobuf keeps strings as UTF-8 bytes: a name, a scope or a route is found as it is.</summary>
        public bool Received(string path, string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return _bodies.Any(b => b.Path == path && b.Body.AsSpan().IndexOf(bytes) >= 0);
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                ContentType = context.Request.ContentType;
                _bodies.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }

    /// <summary>Forwards a local port to PostgreSQL; <see cref="Stop"/> cuts every connection and refuses new ones.</summary>
    private sealed class TcpForwarder : IAsyncDisposable
    {
        private readonly string _host;
        private readonly int _targetPort;
        private readonly ConcurrentBag<TcpClient> _open = [];
        private TcpListener? _listener;

        public TcpForwarder(string host, int port)
        {
            _host = host;
            _targetPort = port;
            Port = FreePort();
            Start();
        }

        public int Port { get; }

        public void Start()
        {
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            var listener = _listener;
            _ = Task.Run(async () =>
            {
                while (true)
                {
                    TcpClient client;
                    try
                    {
                        client = await listener.AcceptTcpClientAsync();
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    _ = Task.Run(() => PipeAsync(client));
                }
            });
        }

        public void Stop()
        {
            _listener?.Stop();
            while (_open.TryTake(out var client))
            {
                try
                {
                    // A reset, as when the database host goes away, not an orderly close.
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                }

                client.Dispose();
            }
        }

        private async Task PipeAsync(TcpClient client)
        {
            using var target = new TcpClient();
            _open.Add(client);
            _open.Add(target);
            try
            {
                await target.ConnectAsync(_host, _targetPort);
                var a = client.GetStream();
                var b = target.GetStream();
                await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
            }
            finally
            {
                client.Dispose();
            }
        }

        public ValueTask DisposeAsync()
        {
            Stop();
            return ValueTask.CompletedTask;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
