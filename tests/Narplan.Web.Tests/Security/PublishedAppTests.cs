using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Narplan.Web.Tests.Security;

/// <summary>
/// Issue 15.9, the production path of the README: <c>dotnet publish</c>, then the published app started
/// with <c>ASPNETCORE_ENVIRONMENT=Production</c> on a fresh SQLite file, over a real Kestrel socket. One
/// publish per test run (the fixture); slow, about half a minute.
/// </summary>
public class PublishedAppTests(PublishedAppTests.PublishedApp published) : IClassFixture<PublishedAppTests.PublishedApp>
{
    [Fact]
    public Task ShouldServeAPageItsStyleSheetAndItsScriptsFromThePublishedApp() => ProductionApp.AssertPageAndAssetsAsync(published.BaseAddress);

    [Fact]
    public async Task ShouldLetBrowsersKeepThePublishedFingerprintedStyleSheetForAYear()
    {
        using var client = new HttpClient { BaseAddress = published.BaseAddress };
        var css = ProductionApp.Assets(await client.GetStringAsync("/")).Single(u => u.EndsWith(".css"));

        var response = await client.GetAsync("/" + css);

        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"Cache-Control {response.Headers.CacheControl}");
        Assert.False(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task ShouldSendTheSecurityHeadersAndNoServerHeaderOverARealSocket()
    {
        using var client = new HttpClient { BaseAddress = published.BaseAddress };

        foreach (var url in new[] { "/", "/finns-inte-alls", "/health/live" })
        {
            var response = await client.GetAsync(url);
            Assert.False(response.Headers.Contains("Server"), $"{url}: Server {string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : [])}");
            Assert.Equal("'none'", SecurityHeadersTests.Directives(response)["frame-ancestors"]);
            Assert.True(response.Headers.CacheControl?.NoStore == true, url);
        }
    }

    /// <summary>Publishes src/Narplan.Web once to a temporary folder and runs the result until the tests are done.</summary>
    public sealed class PublishedApp : ProductionApp
    {
        protected override async Task<(string Folder, string WorkingDirectory)> PrepareAsync(string root, string configuration, string temporary)
        {
            var project = Path.Combine(root, "src", "Narplan.Web", "Narplan.Web.csproj");
            var output = Path.Combine(temporary, "app");
            // The test run has just built the web project in its own configuration; publish reuses that build
            // and falls back to a full publish when it cannot.
            var (code, log) = await RunAsync("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", output, "-nologo", "-v", "q"], root);
            if (code != 0 || !File.Exists(Path.Combine(output, "Narplan.Web.dll")))
            {
                (code, log) = await RunAsync("dotnet", ["publish", project, "-c", configuration, "-o", output, "-nologo", "-v", "q"], root);
            }

            Assert.True(code == 0, "dotnet publish failed:\n" + log);
            return (output, output);
        }
    }
}

/// <summary>
/// Issue 15.9: <c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> answered 500 for <c>_framework/blazor.web.js</c>
/// and an empty style sheet. The build output, started as <c>dotnet run</c> starts it (from the project folder).
/// </summary>
public class BuildOutputAppTests(BuildOutputAppTests.BuildOutputApp app) : IClassFixture<BuildOutputAppTests.BuildOutputApp>
{
    [Fact]
    public Task ShouldServeAPageItsStyleSheetAndItsScriptsInProductionFromTheBuildOutput() => ProductionApp.AssertPageAndAssetsAsync(app.BaseAddress);

    public sealed class BuildOutputApp : ProductionApp
    {
        protected override Task<(string Folder, string WorkingDirectory)> PrepareAsync(string root, string configuration, string temporary)
        {
            var project = Path.Combine(root, "src", "Narplan.Web");
            var output = Path.Combine(project, "bin", configuration, "net10.0");
            Assert.True(File.Exists(Path.Combine(output, "Narplan.Web.dll")), "No build output in " + output);
            return Task.FromResult((output, project));
        }
    }
}

/// <summary>
/// The app in its own process in Production on a fresh SQLite file and a free port, as an operator starts it.
/// </summary>
public abstract partial class ProductionApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"narplan-production-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where Narplan.Web.dll is, and the folder to start it from (the content root).</summary>
    protected abstract Task<(string Folder, string WorkingDirectory)> PrepareAsync(string root, string configuration, string temporary);

    /// <summary>A page answers 200, and so do its style sheet (text/css, not empty) and its scripts.</summary>
    public static async Task AssertPageAndAssetsAsync(Uri baseAddress)
    {
        // As a browser asks: compressed (br, gzip) when the server has it.
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.All }) { BaseAddress = baseAddress };
        var page = await client.GetAsync("/enheter");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<h1>Enheter</h1>", html);

        var css = Assets(html).Single(u => u.EndsWith(".css"));
        var style = await client.GetAsync("/" + css);
        Assert.Equal(HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".topbar", await style.Content.ReadAsStringAsync());

        var scripts = Assets(html).Where(u => u.EndsWith(".js")).ToList();
        Assert.Contains(scripts, s => s.StartsWith("_framework/blazor.web."));
        foreach (var script in scripts.Append("_framework/blazor.web.js"))
        {
            var response = await client.GetAsync("/" + script);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{script}: {(int)response.StatusCode}");
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, script);
        }
    }

    public static List<string> Assets(string html) => Asset().Matches(html).Select(m => m.Groups["url"].Value).ToList();

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+\\.(?:css|js))\"")]
    private static partial Regex Asset();

    public async Task InitializeAsync()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        var (folder, workingDirectory) = await PrepareAsync(RepositoryRoot(), configuration, _folder);

        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Narplan.Web.dll")])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Narplan"] = $"Data Source={Path.Combine(_folder, "narplan.db")}";
        start.Environment["DataProtection__KeysPath"] = Path.Combine(_folder, "keys");
        start.Environment.Remove("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES");
        Directory.CreateDirectory(_folder);
        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _app.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        // Generous: on a loaded two-core machine the first start (migrations, demo data) has taken over three minutes.
        var until = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < until)
        {
            Assert.False(_app.HasExited, "The app stopped:\n" + Output());
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
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        Assert.Fail("The app did not answer /health within 10 minutes:\n" + Output());
    }

    public Task DisposeAsync()
    {
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            _app.WaitForExit(10_000);
        }

        _app?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Narplan.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Narplan.slnx not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected static async Task<(int Code, string Log)> RunAsync(string file, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
