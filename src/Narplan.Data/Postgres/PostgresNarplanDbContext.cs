using Microsoft.EntityFrameworkCore;

namespace Narplan.Data.Postgres;

/// <summary>The model on PostgreSQL; its migrations live in Postgres/Migrations.</summary>
public sealed class PostgresNarplanDbContext(DbContextOptions<PostgresNarplanDbContext> options) : NarplanDbContext(options);
