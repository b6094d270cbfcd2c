// Närplan database tool: scaffolds one migration for each provider, since the dotnet-ef tool is
// not available from the package registry here; and loads the national data set (issue 23, decision 0085).
// Usage, from the repository root:
//   dotnet run --project tools/Narplan.DbTool -- add-migration AddRounds
//   dotnet run -c Release --project tools/Narplan.DbTool -- national-data --provider Postgres
//       --connection "Host=127.0.0.1;Port=5432;Username=postgres;Database=narplan_national" [--scale 0.01] [--seed N] [--replace] [--verify]
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data;
using Narplan.Data.Postgres;
using Narplan.Data.Sqlite;

#pragma warning disable EF1001 // DesignTimeServicesBuilder is what dotnet-ef itself uses.

if (args is ["national-data", ..])
{
    return await NationalDataCommand.RunAsync(args[1..]);
}

if (args is not ["add-migration", var name])
{
    Console.Error.WriteLine("usage: add-migration <Name> | national-data --provider Sqlite|Postgres --connection <cs> [--scale S] [--seed N] [--replace] [--verify]");
    return 2;
}

var dataProject = Path.GetFullPath(Path.Combine(FindRoot(), "src", "Narplan.Data"));

var sqlite = new SqliteNarplanDbContext(
    (DbContextOptions<SqliteNarplanDbContext>)DataSetup.ConfigureSqlite(new DbContextOptionsBuilder<SqliteNarplanDbContext>(), "Data Source=design.db").Options);
var postgres = new PostgresNarplanDbContext(
    (DbContextOptions<PostgresNarplanDbContext>)DataSetup.ConfigurePostgres(new DbContextOptionsBuilder<PostgresNarplanDbContext>(), "Host=127.0.0.1;Database=design").Options);

Scaffold(sqlite, "Sqlite");
Scaffold(postgres, "Postgres");
return 0;

void Scaffold(DbContext context, string provider)
{
    var reporter = new OperationReporter(new OperationReportHandler(
        Console.Error.WriteLine, Console.Error.WriteLine, Console.WriteLine, _ => { }));
    var services = new DesignTimeServicesBuilder(typeof(NarplanDbContext).Assembly, Assembly.GetExecutingAssembly(), reporter, [])
        .Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(name, "Narplan.Data", $"{provider}.Migrations");
    var files = scaffolder.Save(dataProject, migration, Path.Combine(dataProject, provider, "Migrations"));
    Console.WriteLine($"{provider}: {Path.GetFileName(files.MigrationFile)}");
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Narplan.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the Närplan repository.");
}
