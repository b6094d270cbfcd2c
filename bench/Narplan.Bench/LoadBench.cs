using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.National;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Bench;

/// <summary>
/// The load bench (issue 23 item 3, decision 0086): starts the built Narplan.Web (Release) on a given database, signs
/// in as several roles (kommun nurse, unit manager, MAS, vårdcentral doctor) and runs a mixed workload with N concurrent
/// users for a fixed time: units API, unit page, patient list, patient page (each read audited), Vem ringer jag, a
/// unit's year plan, the acute follow-up figures, NEWS2 (the acute form's compute), the on-call API and a trivial
/// endpoint. Prints per route p50/p95/p99, throughput and errors; then each public API route alone against the trivial
/// endpoint alone, with the same number of users, for the ratio. Usage:
/// <code>dotnet run -c Release --project bench/Narplan.Bench -- load --provider Postgres --connection "…" [--users 50] [--seconds 60]</code>
/// </summary>
internal static partial class LoadBench
{
    private sealed record Role(string Email, string Kommun);

    private static readonly Role[] Roles =
    [
        new("sjukskoterska@lidkoping.demo", "Lidköping"),
        new("enhetschef@lidkoping.demo", "Lidköping"),
        new("mas@herrljunga.demo", "Herrljunga"),
        new("lakare@herrljunga-vc.demo", "Herrljunga"),
    ];

    private const string News2Body =
        "{\"respirationRate\":24,\"spO2\":92,\"scale\":1,\"airOrOxygen\":\"Air\",\"systolicBloodPressure\":104,\"pulse\":112,\"consciousness\":\"Alert\",\"temperature\":38.6}";

    private sealed record Target(string Route, bool Page, Func<int, HttpRequestMessage> Request);

    public static async Task<int> RunAsync(string repositoryRoot, string[] args)
    {
        var provider = DatabaseProvider.Postgres;
        string? connection = null;
        var users = 50;
        var seconds = 60;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--provider": provider = Enum.Parse<DatabaseProvider>(args[++i], ignoreCase: true); break;
                case "--connection": connection = args[++i]; break;
                case "--users": users = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"Okänt argument: {args[i]}"); return 2;
            }
        }

        if (connection is null)
        {
            Console.Error.WriteLine("--connection behövs (en databas med det nationella datasetet, se tools/Narplan.DbTool national-data).");
            return 2;
        }

        var dll = Path.Combine(repositoryRoot, "src", "Narplan.Web", "bin", "Release", "net10.0", "Narplan.Web.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"Bygg först: dotnet build -c Release src/Narplan.Web ({dll} saknas)");
            return 2;
        }

        // What each role looks at: units of its kommun (the fictional ones first) and a sample of their patients.
        var picks = new Dictionary<string, (Guid Kommun, Guid[] Units, Guid[] Patients)>();
        await using (var db = Narplan.Data.National.NationalDataSet.CreateContext(new DatabaseSettings(provider, connection), SystemClock.Instance))
        {
            var totals = await Narplan.Data.National.NationalDataSet.CountAsync(db);
            Console.WriteLine($"Databas: {totals.Kommuner} kommuner, {totals.CareCentres} vårdcentraler, {totals.Units} enheter, {totals.Patients:N0} patienter ({provider}).");
            foreach (var role in Roles)
            {
                var kommun = role.Kommun;
                var kommunId = await db.Kommuner.Where(k => k.Name == kommun).Select(k => k.Id).SingleAsync();
                // The vårdcentral doctor sees the patients of the units their vårdcentral answers for.
                var centre = role.Email.StartsWith("lakare@", StringComparison.Ordinal)
                    ? await db.RegionalUnits.Where(c => c.Name == "Närhälsan Herrljunga vårdcentral").Select(c => (Guid?)c.Id).SingleAsync()
                    : null;
                var units = await db.CareUnits.Where(u => u.KommunId == kommunId && u.Type != CareUnitType.Dagverksamhet)
                    .Where(u => centre == null || u.Responsibilities.Any(r => r.CareCentreId == centre && r.ValidUntil == null))
                    .OrderBy(u => u.Name).Select(u => u.Id).Take(40).ToArrayAsync();
                var patients = await db.Patients.Where(p => p.KommunId == kommunId && units.Contains(p.CareUnitId) && p.DiedOn == null)
                    .OrderBy(p => p.StoredIdentityNumber).Select(p => p.Id).Take(400).ToArrayAsync();
                picks[role.Email] = (kommunId, units, patients);
            }
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider.ToString();
        start.Environment["ConnectionStrings__Narplan"] = connection;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["RateLimiting__Login__PermitLimit"] = "100000";
        using var server = Process.Start(start)!;
        var serverErrors = new StringBuilder();
        server.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && (line.StartsWith("fail:", StringComparison.Ordinal) || line.Contains("Exception:", StringComparison.Ordinal)))
            {
                lock (serverErrors) { serverErrors.AppendLine(line); }
            }
        };
        server.ErrorDataReceived += (_, e) => { lock (serverErrors) { serverErrors.AppendLine(e.Data); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var probe = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(probe);

            // One client (own cookies, own connection) per user; users take the roles in turn.
            var clients = new HttpClient[users];
            var roleOf = new Role[users];
            for (var u = 0; u < users; u++)
            {
                roleOf[u] = Roles[u % Roles.Length];
                clients[u] = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
                {
                    BaseAddress = probe.BaseAddress,
                    Timeout = TimeSpan.FromSeconds(30),
                };
                await SignInAsync(clients[u], roleOf[u].Email);
            }

            var instants = Enumerable.Range(0, 512)
                .Select(i => Uri.EscapeDataString(DateTimeOffset.Parse("2026-01-01T00:00:00+01:00", CultureInfo.InvariantCulture).AddMinutes(i * 1031.0).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)))
                .ToArray();
            Target[] TargetsFor(int user)
            {
                var (kommun, units, patients) = picks[roleOf[user].Email];
                Guid Unit(int i) => units[(i + user) % units.Length];
                Guid Patient(int i) => patients[(i * 7 + user) % patients.Length];
                HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);
                return
                [
                    new("GET /api/v1/units (API)", false, _ => Get("/api/v1/units")),
                    new("GET /enheter/{id} (enhetssida)", true, i => Get($"/enheter/{Unit(i)}")),
                    new("GET /enheter/{id}/patienter (patientlista, loggas)", true, i => Get($"/enheter/{Unit(i)}/patienter")),
                    new("GET /patienter/{id} (patientsida, loggas)", true, i => Get($"/patienter/{Patient(i)}")),
                    new("GET /vem-ringer-jag?enhet= (Vem ringer jag)", true, i => Get($"/vem-ringer-jag?enhet={Unit(i)}")),
                    new("GET /enheter/{id}/arsplan (årsplan)", true, i => Get($"/enheter/{Unit(i)}/arsplan")),
                    new("GET /naromraden/{id}/uppfoljning-akut (uppföljning)", true, _ => Get($"/naromraden/{kommun}/uppfoljning-akut")),
                    new("POST /api/v1/news2 (akutformulärets NEWS2, API)", false, _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/news2")
                    {
                        Content = new StringContent(News2Body, Encoding.UTF8, "application/json"),
                    }),
                    new("GET /api/v1/units/{id}/on-call (API)", false, i => Get($"/api/v1/units/{Unit(i)}/on-call?at={instants[i % instants.Length]}")),
                    new("GET /health/live (trivial)", false, _ => Get("/health/live")),
                ];
            }

            var targets = Enumerable.Range(0, users).Select(TargetsFor).ToArray();

            // Every route once per role first: a wrong pick (403, 404) shows here, not as a thousand errors.
            for (var u = 0; u < Math.Min(users, Roles.Length); u++)
            {
                foreach (var target in targets[u])
                {
                    using var response = await clients[u].SendAsync(target.Request(0));
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Console.WriteLine($"Kontroll: {roleOf[u].Email} {target.Route} svarade {(int)response.StatusCode}");
                    }
                }
            }

            Console.WriteLine($"Blandad last: {users} samtidiga användare ({string.Join(", ", Roles.Select(r => r.Email))}), {seconds} s efter 10 s uppvärmning.");
            await MixedAsync(clients, targets, TimeSpan.FromSeconds(10), record: false);
            server.Refresh();
            var cpuBefore = server.TotalProcessorTime;
            var (samples, errors, elapsed) = await MixedAsync(clients, targets, TimeSpan.FromSeconds(seconds), record: true);
            server.Refresh();
            var cpu = server.TotalProcessorTime - cpuBefore;
            var total = samples.Sum(s => s.Count);
            Console.WriteLine($"{"Route",-58} {"antal",7} {"/s",7} {"p50",7} {"p95",7} {"p99",7} {"fel",5}");
            for (var r = 0; r < targets[0].Length; r++)
            {
                var times = samples[r];
                times.Sort();
                var target = targets[0][r];
                var verdict = target.Page ? (Percentile(times, 0.95) < 150 ? "" : "  (över 150 ms)") : "";
                Console.WriteLine($"{target.Route,-58} {times.Count,7} {times.Count / elapsed.TotalSeconds,7:F1} {Percentile(times, 0.50),6:F0}ms {Percentile(times, 0.95),6:F0}ms {Percentile(times, 0.99),6:F0}ms {errors[r],5}{verdict}");
            }

            Console.WriteLine($"Totalt: {total / elapsed.TotalSeconds:F0} anrop/s, {errors.Sum()} fel, serverns CPU {cpu.TotalMicroseconds / Math.Max(1, total):F0} µs/anrop; lasten på maskinen: {File.ReadAllText("/proc/loadavg").Trim()}");

            // Each public API route alone, then the trivial endpoint alone, the same users: the throughput ratio.
            var apiRoutes = new[] { 0, 7, 8 };
            var trivial = await AloneAsync(clients, targets, 9, TimeSpan.FromSeconds(10));
            foreach (var r in apiRoutes)
            {
                var alone = await AloneAsync(clients, targets, r, TimeSpan.FromSeconds(10));
                Console.WriteLine($"Ensam: {targets[0][r].Route,-50} {alone.Rate,7:F0} anrop/s, {alone.Errors} fel; ÷ trivial ({trivial.Rate:F0}/s) = {alone.Rate / trivial.Rate:F2} (mål ≥ 0,5)");
            }

            var trivialAgain = await AloneAsync(clients, targets, 9, TimeSpan.FromSeconds(10));
            Console.WriteLine($"Trivial igen i slutet: {trivialAgain.Rate:F0} anrop/s (maskinens last växlar; kvoterna ovan mot första mätningen)");
            return errors.Sum() == 0 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            lock (serverErrors)
            {
                var text = serverErrors.ToString().Trim();
                if (text.Length > 0)
                {
                    var file = Path.Combine(Path.GetTempPath(), $"narplan-load-server-errors-{DateTime.UtcNow:yyyyMMdd-HHmmss}.log");
                    File.WriteAllText(file, text);
                    Console.WriteLine($"Serverns felutskrifter (alla i {file}; sista 2000 tecken): " + text[Math.Max(0, text.Length - 2000)..]);
                }
            }
        }
    }

    private static async Task<(List<double>[] Samples, int[] Errors, TimeSpan Elapsed)> MixedAsync(
        HttpClient[] clients, Target[][] targets, TimeSpan duration, bool record)
    {
        var routes = targets[0].Length;
        var samples = Enumerable.Range(0, routes).Select(_ => new List<double>()).ToArray();
        var errors = new int[routes];
        var watch = Stopwatch.StartNew();
        var until = DateTime.UtcNow + duration;

        async Task User(int u)
        {
            var mine = Enumerable.Range(0, routes).Select(_ => new List<double>()).ToArray();
            var myErrors = new int[routes];
            var i = u; // users start at different routes
            while (DateTime.UtcNow < until)
            {
                var r = i % routes;
                using var request = targets[u][r].Request(i / routes);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await clients[u].SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        myErrors[r]++;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    myErrors[r]++;
                }

                mine[r].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                i++;
            }

            lock (samples)
            {
                for (var r = 0; r < routes; r++)
                {
                    samples[r].AddRange(mine[r]);
                    errors[r] += myErrors[r];
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients.Length).Select(User));
        return record ? (samples, errors, watch.Elapsed) : (samples, errors, watch.Elapsed);
    }

    private static async Task<(double Rate, int Errors)> AloneAsync(HttpClient[] clients, Target[][] targets, int route, TimeSpan duration)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        async Task<(long Done, int Errors)> User(int u, DateTime stop)
        {
            long done = 0;
            var errors = 0;
            var i = u;
            while (DateTime.UtcNow < stop)
            {
                using var request = targets[u][route].Request(i++);
                try
                {
                    using var response = await clients[u].SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    errors += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors++;
                }

                done++;
            }

            return (done, errors);
        }

        await Task.WhenAll(Enumerable.Range(0, clients.Length).Select(u => User(u, until)));
        var watch = Stopwatch.StartNew();
        var stop = DateTime.UtcNow + duration;
        var results = await Task.WhenAll(Enumerable.Range(0, clients.Length).Select(u => User(u, stop)));
        return (results.Sum(r => r.Done) / watch.Elapsed.TotalSeconds, results.Sum(r => r.Errors));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var page = await client.GetStringAsync("/konto/logga-in");
        var form = Forms().Matches(page).Select(m => m.Value).First(f => f.Contains("value=\"login\""));
        var values = HiddenInputs().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        values["Input.Email"] = email;
        values["Input.Password"] = "Narplan-demo-2026";
        using var response = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(values));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Inloggningen som {email} misslyckades ({(int)response.StatusCode}).");
        }
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputs();

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
