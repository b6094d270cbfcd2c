using Microsoft.EntityFrameworkCore;
using Narplan.Data.Audit;
using Narplan.Data.Postgres;
using Narplan.Data.Sqlite;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Data.Tests;

/// <summary>
/// Fresh, empty databases for a test: a temporary SQLite file, or a new database on the
/// PostgreSQL server that ./test.sh starts (NARPLAN_TEST_POSTGRES). Without that server the
/// PostgreSQL tests fail rather than skip: run them through ./test.sh.
/// </summary>
public static class TestDatabases
{
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 19, 21, 0));

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    /// <summary>
    /// One folder per test run for the SQLite files, removed when the test process ends, so that a run
    /// leaves nothing behind in the temporary folder.
    /// </summary>
    private static readonly Lazy<string> SqliteFolder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("narplan-data-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open at exit: the operating system's temp cleaning takes it.
            }
        };
        return folder;
    });

    public static NarplanDbContext NewSqlite(IAuditActorAccessor? actor = null)
    {
        var path = Path.Combine(SqliteFolder.Value, $"{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteNarplanDbContext>();
        DataSetup.ConfigureSqlite(options, $"Data Source={path};Pooling=false")
            .AddInterceptors(new AuditSaveChangesInterceptor(actor ?? new SystemAuditActorAccessor(), Clock));
        return new SqliteNarplanDbContext(options.Options);
    }

    public static async Task<NarplanDbContext> NewPostgresAsync(IAuditActorAccessor? actor = null)
    {
        var name = $"narplan_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        var options = new DbContextOptionsBuilder<PostgresNarplanDbContext>();
        DataSetup.ConfigurePostgres(options, builder.ConnectionString)
            .AddInterceptors(new AuditSaveChangesInterceptor(actor ?? new SystemAuditActorAccessor(), Clock));
        return new PostgresNarplanDbContext(options.Options);
    }

    /// <summary>A migrated database with the demo data loaded.</summary>
    public static async Task<NarplanDbContext> NewWithDemoDataAsync(DatabaseProvider provider, IAuditActorAccessor? actor = null)
    {
        var db = await NewAsync(provider, actor);
        await db.Database.MigrateAsync();
        await Demo.DemoData.SeedIfEmptyAsync(db);
        return db;
    }

    public static async Task<NarplanDbContext> NewAsync(DatabaseProvider provider, IAuditActorAccessor? actor = null) =>
        provider == DatabaseProvider.Sqlite ? NewSqlite(actor) : await NewPostgresAsync(actor);
}
