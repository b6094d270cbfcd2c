using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Narplan.Bench;

/// <summary>
/// The "Vem ringer jag?" API's throughput next to a trivial endpoint of the same app in the same run (issue 4):
/// starts the built Narplan.Web (Release) on a free loopback port with a fresh SQLite demo database, loads each
/// endpoint with concurrent keep-alive requests for a few seconds, and prints requests/s and the ratio.
/// </summary>
internal static class ApiThroughput
{
    private const int Workers = 32;
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(6);

    public static async Task RunAsync(string repositoryRoot)
    {
        var dll = Path.Combine(repositoryRoot, "src", "Narplan.Web", "bin", "Release", "net10.0", "Narplan.Web.dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"API-genomströmning: hoppar över, bygg först: dotnet build -c Release src/Narplan.Web ({dll} saknas)");
            return;
        }

        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"narplan-bench-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Narplan"] = $"Data Source={database}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Workers })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await WaitUntilUpAsync(client);
            var units = await client.GetStringAsync("/api/v1/units?kommun=Lidk%C3%B6ping");
            var unitId = System.Text.Json.JsonDocument.Parse(units).RootElement[0].GetProperty("id").GetString();

            // Instants spread over a year so the answer is computed for many different periods.
            var instants = Enumerable.Range(0, 512)
                .Select(i => DateTimeOffset.Parse("2026-01-01T00:00:00+01:00").AddMinutes(i * 1031.0).ToString("yyyy-MM-ddTHH:mm:sszzz"))
                .Select(Uri.EscapeDataString)
                .ToArray();
            var trivial = await LoadAsync(server, client, _ => "/health/live");
            var onCall = await LoadAsync(server, client, i => $"/api/v1/units/{unitId}/on-call?at={instants[i % instants.Length]}");
            Console.WriteLine($"API, trivial endpoint /health/live: {trivial} ({Workers} concurrent keep-alive clients, same machine)");
            Console.WriteLine($"API, GET /api/v1/units/{{id}}/on-call?at=…: {onCall}");
            Console.WriteLine($"API, on-call throughput ÷ trivial endpoint: {onCall.Rate / trivial.Rate:F2} (target ≥ 0.5); server CPU per request, trivial ÷ on-call: {trivial.CpuMicroseconds / onCall.CpuMicroseconds:F2}");

            // Issue 22: the open plan data against the same trivial endpoint, in the same run.
            var kommuner = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/fhir/Organization?type=kommun&_count=200")).RootElement;
            var kommunId = kommuner.GetProperty("entry").EnumerateArray()
                .First(e => e.GetProperty("resource").GetProperty("name").GetString()!.Contains("Lidk")).GetProperty("resource").GetProperty("id").GetString();
            var plans = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/v1/plans?kommun=Herrljunga")).RootElement;
            var planId = plans[0].GetProperty("id").GetString();
            var planUrl = $"/api/v1/plans/{planId}/versions/1";
            var etag = (await client.GetAsync(planUrl)).Headers.ETag!.Tag;
            var timeline = await LoadAsync(server, client, _ => $"/api/v1/units/{unitId}/on-call/timeline?from=2026-06-01&to=2026-09-01");
            var location = await LoadAsync(server, client, _ => $"/fhir/Location?organization=Organization/{kommunId}&_count=200");
            var planJson = await LoadAsync(server, client, _ => planUrl);
            var notModified = await LoadAsync(server, client, _ => planUrl, etag, HttpStatusCode.NotModified);
            // A poller that asks for a new period each time: the timeline resolved on every request (nothing cached).
            var timelineMiss = await LoadAsync(server, client, i => $"/api/v1/units/{unitId}/on-call/timeline?from={Uri.EscapeDataString(Minute(i))}&to=2026-09-01");
            // The machine's load changes during a run: the trivial endpoint again, and the ratios against the mean of both.
            var trivialAgain = await LoadAsync(server, client, _ => "/health/live");
            Console.WriteLine($"API, trivial endpoint again at the end: {trivialAgain}");
            trivial = new Load((trivial.Rate + trivialAgain.Rate) / 2, (trivial.CpuMicroseconds + trivialAgain.CpuMicroseconds) / 2);
            Report("GET …/on-call/timeline (93 days, the same range)", timeline, trivial, 0.3);
            Report("GET /fhir/Location?organization=… (a kommun's units)", location, trivial, 0.3);
            Report("GET …/on-call/timeline (a new start minute each request)", timelineMiss, trivial, null);
            Console.WriteLine($"API, GET /api/v1/plans/{{id}}/versions/1 (plan as JSON, 200): {planJson}, mean latency {1000.0 * Workers / planJson.Rate:F1} ms at {Workers} clients");
            Report("the same with If-None-Match (304)", notModified, trivial, 0.8);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Requests per second over the measured seconds, and the server process's CPU time per request.</summary>
    private sealed record Load(double Rate, double CpuMicroseconds)
    {
        public override string ToString() => $"{Rate:F0} requests/s, server CPU {CpuMicroseconds:F0} µs/request";
    }

    /// <summary>
    /// The throughput ratio the issue asks for, and the same ratio from the server's CPU time per request: on a machine
    /// shared with other work the second is steadier, since it does not depend on how much CPU the run was given.
    /// </summary>
    private static void Report(string name, Load load, Load trivial, double? target) =>
        Console.WriteLine($"API, {name}: {load}; ÷ trivial {load.Rate / trivial.Rate:F2}{(target is { } t ? $" (target ≥ {t})" : "")}, " +
            $"by CPU per request {trivial.CpuMicroseconds / load.CpuMicroseconds:F2}");

    private static string Minute(int i) =>
        DateTimeOffset.Parse("2026-06-01T00:00:00+02:00").AddMinutes(i).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Load> LoadAsync(Process server, HttpClient client, Func<int, string> url, string? ifNoneMatch = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        async Task<long> Worker(int id, DateTime until)
        {
            long done = 0;
            var i = id;
            while (DateTime.UtcNow < until)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url(i += Workers));
                if (ifNoneMatch is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                if (response.StatusCode != expected)
                {
                    throw new InvalidOperationException($"{url(i)} svarade {(int)response.StatusCode}");
                }

                done++;
            }

            return done;
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Worker(w, DateTime.UtcNow + Warmup)));
        server.Refresh();
        var cpu = server.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Worker(w, DateTime.UtcNow + Measure)));
        var elapsed = watch.Elapsed;
        server.Refresh();
        var requests = counts.Sum();
        return new Load(requests / elapsed.TotalSeconds, (server.TotalProcessorTime - cpu).TotalMicroseconds / requests);
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 3000; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Narplan.Web startade inte inom fem minuter.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
