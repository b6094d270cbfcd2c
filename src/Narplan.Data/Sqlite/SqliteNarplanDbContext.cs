namespace Narplan.Data.Sqlite;

/// <summary>The model on SQLite, the embedded default; its migrations live in Sqlite/Migrations.</summary>
public sealed class SqliteNarplanDbContext(DbContextOptions<SqliteNarplanDbContext> options) : NarplanDbContext(options);
