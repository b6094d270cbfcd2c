using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace Narplan.Data.National;

/// <summary>
/// Writes domain entities straight into their tables, bypassing the change tracker: PostgreSQL through <c>COPY … FROM
/// STDIN (FORMAT BINARY)</c> (Npgsql binary import), SQLite through one prepared <c>INSERT</c> per table in a
/// transaction per batch. Columns, converters and discriminators come from the EF model, so a row is exactly what
/// <c>SaveChanges</c> would have written. Every key made in this run is replaced by a deterministic one from the seed
/// (<see cref="IdMap"/>), and every foreign key with it, so the same seed gives the same database.
/// </summary>
internal abstract class BulkWriter(NarplanDbContext db, IdMap ids) : IAsyncDisposable
{
    private readonly Dictionary<IEntityType, TableShape> _shapes = [];

    protected NarplanDbContext Db => db;

    public long RowsWritten { get; private set; }

    public static BulkWriter For(NarplanDbContext db, IdMap ids) =>
        db.Database.IsNpgsql() ? new PostgresBulkWriter(db, ids) : new SqliteBulkWriter(db, ids);

    /// <summary>Writes rows of one entity type (all of exactly that CLR type) to its table.</summary>
    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var shape = Shape(typeof(T));
        await WriteRowsAsync(shape, rows.Select(row => shape.Values(row, ids)), cancellationToken);
        RowsWritten += rows.Count;
    }

    protected abstract Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    private TableShape Shape(Type clrType)
    {
        var entityType = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        if (!_shapes.TryGetValue(entityType, out var shape))
        {
            shape = new TableShape(entityType, db.Database.IsNpgsql());
            _shapes[entityType] = shape;
        }

        return shape;
    }

    /// <summary>One table's columns as the model maps them for one concrete entity type.</summary>
    protected sealed class TableShape
    {
        private readonly Func<object, object?>[] _getters;
        private readonly ValueConverter?[] _converters;
        private readonly bool _postgres;
        private readonly int _keyColumn;

        public TableShape(IEntityType entityType, bool postgres)
        {
            _postgres = postgres;
            Table = entityType.GetTableName()!;
            var store = StoreObjectIdentifier.Table(Table, entityType.GetSchema());
            var properties = entityType.GetProperties().ToList();
            Columns = properties.Select(p => p.GetColumnName(store)!).ToArray();
            var mappings = properties.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToArray();
            _converters = mappings.Select(m => m.Converter).ToArray();
            ProviderTypes = properties.Select((p, i) => Nullable.GetUnderlyingType(_converters[i]?.ProviderClrType ?? p.ClrType) ?? _converters[i]?.ProviderClrType ?? p.ClrType).ToArray();
            var key = entityType.FindPrimaryKey()!.Properties;
            _keyColumn = key.Count == 1 && key[0].ClrType == typeof(Guid) ? properties.IndexOf(key[0]) : -1;
            var discriminator = entityType.FindDiscriminatorProperty();
            var discriminatorValue = entityType.GetDiscriminatorValue();
            _getters = properties.Select<IProperty, Func<object, object?>>(p =>
            {
                if (p == discriminator)
                {
                    return _ => discriminatorValue;
                }

                if (p.IsShadowProperty())
                {
                    throw new InvalidOperationException($"{entityType.DisplayName()}.{p.Name} is a shadow property: the bulk writer cannot read it.");
                }

                var getter = p.GetGetter();
                return entity => getter.GetClrValueUsingContainingEntity(entity);
            }).ToArray();
        }

        public string Table { get; }

        public string[] Columns { get; }

        /// <summary>The CLR type each column's value has after the model's converter (nullable unwrapped).</summary>
        public Type[] ProviderTypes { get; }

        public object?[] Values(object entity, IdMap ids)
        {
            var values = new object?[_getters.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = _getters[i](entity);
                if (value is not null && _converters[i] is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is Guid guid)
                {
                    value = i == _keyColumn ? ids.Assign(guid) : ids.Map(guid);
                    if (!_postgres)
                    {
                        // EF Core's SQLite provider stores a Guid as upper-case text.
                        value = ((Guid)value).ToString().ToUpperInvariant();
                    }
                }

                values[i] = value;
            }

            return values;
        }
    }
}

/// <summary>PostgreSQL: one binary <c>COPY</c> per table and batch.</summary>
internal sealed class PostgresBulkWriter(NarplanDbContext db, IdMap ids) : BulkWriter(db, ids)
{
    private NpgsqlConnection? _connection;

    protected override async Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(Db.Database.GetConnectionString());
            await _connection.OpenAsync(cancellationToken);
        }

        var types = shape.ProviderTypes.Select(TypeOf).ToArray();
        var columns = string.Join(", ", shape.Columns.Select(c => $"\"{c}\""));
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY \"{shape.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                await WriteAsync(importer, row[i], types[i], cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken ct) => value switch
    {
        null => importer.WriteNullAsync(ct),
        string s => importer.WriteAsync(s, type, ct),
        Guid g => importer.WriteAsync(g, type, ct),
        int n => importer.WriteAsync(n, type, ct),
        long n => importer.WriteAsync(n, type, ct),
        bool b => importer.WriteAsync(b, type, ct),
        DateTime t => importer.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), type, ct),
        DateOnly d => importer.WriteAsync(d, type, ct),
        TimeOnly t => importer.WriteAsync(t, type, ct),
        decimal m => importer.WriteAsync(m, type, ct),
        double d => importer.WriteAsync(d, type, ct),
        _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}."),
    };

    private static NpgsqlDbType TypeOf(Type type) =>
        type == typeof(string) ? NpgsqlDbType.Text
        : type == typeof(Guid) ? NpgsqlDbType.Uuid
        : type == typeof(int) ? NpgsqlDbType.Integer
        : type == typeof(long) ? NpgsqlDbType.Bigint
        : type == typeof(bool) ? NpgsqlDbType.Boolean
        : type == typeof(DateTime) ? NpgsqlDbType.TimestampTz
        : type == typeof(DateOnly) ? NpgsqlDbType.Date
        : type == typeof(TimeOnly) ? NpgsqlDbType.Time
        : type == typeof(decimal) ? NpgsqlDbType.Numeric
        : type == typeof(double) ? NpgsqlDbType.Double
        : throw new InvalidOperationException($"No COPY mapping for {type.Name}.");

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>SQLite: a prepared multi-row-free <c>INSERT</c> per table, all rows of a batch in one transaction.</summary>
internal sealed class SqliteBulkWriter(NarplanDbContext db, IdMap ids) : BulkWriter(db, ids)
{
    private SqliteConnection? _connection;

    protected override async Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(Db.Database.GetConnectionString());
            await _connection.OpenAsync(cancellationToken);
            await using var pragma = _connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{shape.Table}\" ({string.Join(", ", shape.Columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", shape.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = shape.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>
/// The run's keys: every entity key made in this run (a random version-7 Guid) gets the next deterministic key from the
/// seed on first sight, and every foreign key or text naming it is written with that key. Keys not made in this run
/// (the demo data already in the database) pass through unchanged.
/// </summary>
internal sealed class IdMap(int seed)
{
    private readonly Dictionary<Guid, Guid> _map = [];
    private long _next;

    public Guid Assign(Guid generated)
    {
        if (!_map.TryGetValue(generated, out var assigned))
        {
            assigned = Deterministic(seed, ++_next);
            _map[generated] = assigned;
        }

        return assigned;
    }

    public Guid Map(Guid value) => _map.TryGetValue(value, out var assigned) ? assigned : value;

    private static Guid Deterministic(int seed, long n)
    {
        Span<byte> input = stackalloc byte[12];
        BitConverter.TryWriteBytes(input, seed);
        BitConverter.TryWriteBytes(input[4..], n);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), in Guid's little-endian field order
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }
}
