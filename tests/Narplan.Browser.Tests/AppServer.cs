using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Narplan.Browser.Tests;

/// <summary>
/// The app on a real Kestrel port on 127.0.0.1 with its own SQLite file and the demo data, and
/// Debian's Chromium driven by Playwright (no browser download is possible here).
/// </summary>
public class AppServer : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"narplan-browser-{Guid.NewGuid():N}.db");
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _factory = new Factory(_databasePath, Configure);
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("NARPLAN_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Settings beside the defaults below, for a server that is set up differently (e.g. without demo data).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>The running app's services, to look up ids the pages need (e.g. a demo patient's).</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), Locale = "sv-SE", TimezoneId = "Europe/Stockholm" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        File.Delete(_databasePath);
    }

    private sealed class Factory(string databasePath, Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Development serves the project's wwwroot through its static web assets manifest, as `dotnet run` does.
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={databasePath};Pooling=false");
            builder.UseUrls("http://127.0.0.1:0");
            // Every test signs in from 127.0.0.1; the login rate limit has its own tests.
            builder.UseSetting("RateLimiting:Login:PermitLimit", "100000");
            configure(builder);
        }
    }
}
