using Narplan.Data.Demo;
using Narplan.Web.Features.Audit;
using Narplan.Web.Features.Demo;

namespace Narplan.Web.Infrastructure;

public static class DataStartup
{
    /// <summary>The database from configuration (SQLite under data/ by default), the clock and the audit actor.</summary>
    public static WebApplicationBuilder AddNarplanData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActorAccessor, HttpAuditActorAccessor>();
        var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddNarplanData(settings);
        var keysPath = KeysPath(builder.Configuration, settings);
        builder.AddNarplanInstances(settings, keysPath);
        builder.AddAuditCheckpoints(settings, keysPath);
        return builder;
    }

    /// <summary>
    /// Where the data-protection keys (sign-in cookies, antiforgery) live, so that a restart does not sign
    /// everyone out or void a half-filled form: <c>DataProtection:KeysPath</c>, else a <c>keys</c> folder
    /// beside the SQLite file (data/keys), else the user profile's default. On PostgreSQL the key ring
    /// itself lives in the database (<c>DataProtection:Store</c>, decision 0054); the folder then only holds the
    /// default audit checkpoint key.
    /// </summary>
    public static string KeysPath(IConfiguration configuration, DatabaseSettings settings)
    {
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } configured)
        {
            return configured;
        }

        if (settings.Provider == DatabaseProvider.Sqlite
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource is { Length: > 0 } file
            && file != ":memory:")
        {
            return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "keys");
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aspnet", "narplan-keys");
    }

    /// <summary>
    /// <c>dotnet Narplan.Web.dll migrate</c> (or <c>dotnet run --project src/Narplan.Web -- migrate</c>): applies the
    /// migrations (and the demo data unless <c>Demo:Seed</c> is false) and exits, for upgrades where the instances run
    /// with <c>Database:MigrateOnStart=false</c>. True when the command ran.
    /// </summary>
    public static async Task<bool> RunMigrateCommandAsync(this WebApplication app, string[] args)
    {
        if (args is not ["migrate", ..])
        {
            return false;
        }

        await app.PrepareDatabaseAsync(migrate: true);
        Console.WriteLine("Databasen är migrerad.");
        return true;
    }

    /// <summary>
    /// The one place migrations are applied: at start-up (unless <c>Database:MigrateOnStart</c> is false), for the
    /// configured provider, or by the <c>migrate</c> command. An empty database then gets the demo data (unless
    /// <c>Demo:Seed</c> is false), and in Development the URL and demo logins are printed. On PostgreSQL one instance at
    /// a time does this (advisory lock), so instances starting together do not seed twice.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool? migrate = null)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (!(migrate ?? app.Configuration.GetValue("Database:MigrateOnStart", true)))
        {
            app.Logger.LogInformation("Database:MigrateOnStart is false: migrations are applied by the migrate command; /health/ready answers 503 while any are pending.");
            PrintWelcomeInDevelopment(app);
            return;
        }

        string? setupToken = null;
        await Instances.OneAtATimeAsync(settings, async () => setupToken = await MigrateAndSeedAsync(app.Services, app.Configuration));
        if (setupToken is not null)
        {
            var console = app.Services.GetRequiredService<Features.Account.ISetupLinkConsole>();
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var url = app.Urls.FirstOrDefault(u => !u.Contains("://*", StringComparison.Ordinal) && !u.Contains("://+", StringComparison.Ordinal))?.TrimEnd('/') ?? "";
                console.Show("");
                console.Show("  Närplan har inga konton ännu. Skapa den första administratören med engångslänken (den fungerar en gång):");
                console.Show($"    {url}{Features.Account.FirstAdministrator.SetupPath}/{setupToken}");
                console.Show("");
            });
        }

        PrintWelcomeInDevelopment(app);
    }

    private static void PrintWelcomeInDevelopment(WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
        }
    }

    /// <summary>Applies the migrations, then the demo data and users (unless <c>Demo:Seed</c> is false) and the first key.</summary>
    /// <returns>The one-time setup token when the database has no account yet (to print on the console), else null.</returns>
    public static async Task<string?> MigrateAndSeedAsync(IServiceProvider root, IConfiguration configuration)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<NarplanDbContext>();
        var settings = services.GetRequiredService<DatabaseSettings>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Narplan.Startup");

        if (configuration.GetValue<bool>("Demo:Reset") && settings.Provider == DatabaseProvider.Sqlite)
        {
            logger.LogWarning("Demo:Reset is set: the SQLite database is deleted and rebuilt with demo data.");
            await db.Database.EnsureDeletedAsync();
        }

        await db.Database.MigrateAsync();
        logger.LogInformation("Database ready ({Provider}).", settings.Provider);

        if (configuration.GetValue("Demo:Seed", true))
        {
            if (await DemoData.SeedIfEmptyAsync(db))
            {
                logger.LogInformation("Demo data loaded from the seeds.");
            }

            if (await PlanDemoData.SeedIfMissingAsync(db))
            {
                logger.LogInformation("Demo plans loaded (Herrljunga, Vänersborg).");
            }

            await DemoUsers.EnsureAsync(services);
        }

        Instances.EnsureKeyRing(services, configuration, settings);

        // A real installation's first start: no account yet, so a one-time setup link for the first administrator,
        // shown on the console only (decision 0063).
        var setupToken = await services.GetRequiredService<Features.Account.FirstAdministrator>().CreateSetupLinkIfNeededAsync();
        if (setupToken is not null)
        {
            logger.LogWarning("Närplan has no account yet: a one-time setup link for the first administrator is printed on the console.");
        }

        return setupToken;
    }

    private static void PrintWelcome(WebApplication app)
    {
        var urls = string.Join(", ", app.Urls);
        Console.WriteLine();
        Console.WriteLine($"  Närplan körs på {urls}");
        Console.WriteLine($"  Demoinloggningar (lösenord för alla: {DemoUsers.Password}):");
        foreach (var user in DemoUsers.All)
        {
            Console.WriteLine($"    {user.Email,-34} {user.Description}");
        }

        Console.WriteLine();
    }
}
