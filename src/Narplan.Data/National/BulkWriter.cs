using System.Data.Common;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
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

    /// <summary>Rows written and time spent per table taking their values and writing them (read after <see cref="FlushAsync"/>).</summary>
    public IReadOnlyDictionary<string, (long Rows, TimeSpan Elapsed)> Tables => _tables;

    private readonly Dictionary<string, (long Rows, TimeSpan Elapsed)> _tables = new(StringComparer.Ordinal);

    /// <summary>
    /// Before the bulk writes: takes away what makes each row slow to write (PostgreSQL: the tables' foreign keys,
    /// primary keys and secondary indexes; SQLite: its secondary indexes, with foreign keys checked at the end), so
    /// that <see cref="FinishLoadAsync"/> can build them once over all rows.
    /// </summary>
    public abstract Task PrepareLoadAsync(IReadOnlyCollection<string> tables, Action<string> report, CancellationToken cancellationToken);

    /// <summary>
    /// After the bulk writes to <paramref name="tables"/> (null: all the rest): builds back what
    /// <see cref="PrepareLoadAsync"/> took away from them (validating every foreign key between finished tables) and
    /// analyses them. On PostgreSQL this runs on a connection of its own, so it may run while rows are still written to
    /// other tables (<see cref="FinishesAlongsideWrites"/>).
    /// </summary>
    public abstract Task FinishLoadAsync(IReadOnlyCollection<string>? tables, Action<string> report, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="FinishLoadAsync"/> for some tables may run while rows are written to others.</summary>
    public abstract bool FinishesAlongsideWrites { get; }

    /// <summary>The table an entity type is written to.</summary>
    public string TableOf(Type clrType) => Shape(clrType).Table;

    public static BulkWriter For(NarplanDbContext db, IdMap ids) =>
        db.Database.IsNpgsql() ? new PostgresBulkWriter(db, ids) : new SqliteBulkWriter(db, ids);

    /// <summary>
    /// Writes rows of one entity type (all of exactly that CLR type) to its table. One background task takes the rows'
    /// values (keys mapped, <see cref="IdMap"/>) and writes them, in the order they were handed over, so the keys stay
    /// deterministic and generating the next batch overlaps writing this one (<see cref="FlushAsync"/> waits). The
    /// caller must not change the rows or the collection afterwards, nor use the key map before <see cref="FlushAsync"/>.
    /// </summary>
    /// <param name="rows">The rows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <param name="shadow">The value of a shadow property (by name) of a row, e.g. an owned collection's foreign key to its owner.</param>
    public async Task WriteAsync<T>(IReadOnlyCollection<T> rows, CancellationToken cancellationToken, Func<T, string, object?>? shadow = null) where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var shape = Shape(typeof(T));
        Func<object, string, object?>? shadowOf = shadow is null ? null : (row, name) => shadow((T)row, name);
        RowsWritten += rows.Count;
        _consumer ??= Task.Run(() => ConsumeAsync(_queue, cancellationToken), cancellationToken);
        await _queue.Writer.WriteAsync(new Pending(shape, rows, shadowOf), cancellationToken);
    }

    /// <summary>Rows handed to the writer: their values are taken (keys mapped) by the writing task, in order.</summary>
    private sealed record Pending(TableShape Shape, System.Collections.IEnumerable Rows, Func<object, string, object?>? Shadow)
    {
        public int Count => ((System.Collections.ICollection)Rows).Count;
    }

    /// <summary>Waits until every row handed to <see cref="WriteAsync{T}"/> is in the database (and throws what the write threw).</summary>
    public async Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        if (_consumer is not null)
        {
            await _consumer;
        }

        _queue = NewQueue();
        _consumer = null;
    }

    private static Channel<Pending> NewQueue() =>
        Channel.CreateBounded<Pending>(new BoundedChannelOptions(16) { SingleReader = true, SingleWriter = true });

    private Channel<Pending> _queue = NewQueue();
    private Task? _consumer;

    private async Task ConsumeAsync(Channel<Pending> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(cancellationToken))
            {
                var watch = Stopwatch.StartNew();
                var shape = pending.Shape;
                var shadow = pending.Shadow;
                await WriteRowsAsync(shape, pending.Rows.Cast<object>().Select(row => shape.Values(row, ids, shadow is null ? null : name => shadow(row, name))), cancellationToken);
                lock (_tables)
                {
                    var (count, elapsed) = _tables.GetValueOrDefault(shape.Table);
                    _tables[shape.Table] = (count + pending.Count, elapsed + watch.Elapsed);
                }
            }
        }
        catch (Exception e)
        {
            // The producer's next write fails instead of waiting for a reader that is gone.
            queue.Writer.TryComplete(e);
            throw;
        }
    }

    protected abstract Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_consumer is not null)
        {
            try
            {
                await _consumer;
            }
            catch (Exception)
            {
                // Already reported to the writer that waited for it; disposing must not hide the first error.
            }
        }

        await DisposeConnectionAsync();
    }

    protected abstract ValueTask DisposeConnectionAsync();

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
                    var slot = new ShadowSlot(p.Name);
                    return _ => slot;
                }

                var getter = p.GetGetter();
                return entity => getter.GetClrValueUsingContainingEntity(entity);
            }).ToArray();
        }

        public string Table { get; }

        public string[] Columns { get; }

        /// <summary>The CLR type each column's value has after the model's converter (nullable unwrapped).</summary>
        public Type[] ProviderTypes { get; }

        public object?[] Values(object entity, IdMap ids, Func<string, object?>? shadow)
        {
            var values = new object?[_getters.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = _getters[i](entity);
                if (value is ShadowSlot slot)
                {
                    value = shadow is not null
                        ? shadow(slot.Property)
                        : throw new InvalidOperationException($"{Table}.{slot.Property} is a shadow property: pass its value to WriteAsync.");
                }

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

/// <summary>What a shadow property's getter returns: the caller of <see cref="BulkWriter.WriteAsync{T}"/> gives the value.</summary>
internal sealed record ShadowSlot(string Property);

/// <summary>
/// PostgreSQL: one binary <c>COPY</c> per table and batch, on a connection with <c>synchronous_commit</c> off. The
/// loaded tables' keys, indexes and foreign keys are dropped first and built once at the end (as pg_restore does):
/// maintaining a B-tree of random keys row by row and checking each foreign key per row made the load 25 minutes.
/// </summary>
internal sealed class PostgresBulkWriter(NarplanDbContext db, IdMap ids) : BulkWriter(db, ids)
{
    private NpgsqlConnection? _connection;
    private readonly List<(string Table, string Sql)> _rebuildKeys = [];
    private readonly List<(string Table, string Sql)> _rebuildIndexes = [];
    private readonly List<(string Table, string Referenced, string Sql)> _rebuildForeignKeys = [];
    private readonly List<string> _tablesLoaded = [];
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);

    public override bool FinishesAlongsideWrites => true;

    private async Task<NpgsqlConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(Db.Database.GetConnectionString());
            await _connection.OpenAsync(cancellationToken);
            await ExecuteAsync("SET synchronous_commit = off; SET maintenance_work_mem = '256MB';", cancellationToken);
        }

        return _connection;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, await ConnectionAsync(cancellationToken)) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task PrepareLoadAsync(IReadOnlyCollection<string> tables, Action<string> report, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        _tablesLoaded.AddRange(tables);
        var drops = new List<string>();

        // Foreign keys on the tables and foreign keys from any table to them (their primary keys are dropped too).
        await using (var command = new NpgsqlCommand(
            """
            SELECT format('%I', cl.relname), format('%I', co.conname), pg_get_constraintdef(co.oid), cl.relname, ref.relname
            FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_class ref ON ref.oid = co.confrelid
            WHERE co.contype = 'f' AND cl.relnamespace = 'public'::regnamespace AND (cl.relname = ANY(@t) OR ref.relname = ANY(@t))
            ORDER BY 1, 2
            """, connection))
        {
            command.Parameters.AddWithValue("t", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                drops.Add($"ALTER TABLE {reader.GetString(0)} DROP CONSTRAINT {reader.GetString(1)};");
                _rebuildForeignKeys.Add((reader.GetString(3), reader.GetString(4), $"ALTER TABLE {reader.GetString(0)} ADD CONSTRAINT {reader.GetString(1)} {reader.GetString(2)};"));
            }
        }

        // Primary keys and unique constraints of the tables.
        await using (var command = new NpgsqlCommand(
            """
            SELECT format('%I', cl.relname), format('%I', co.conname), pg_get_constraintdef(co.oid), cl.relname
            FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
            WHERE co.contype IN ('p', 'u') AND cl.relnamespace = 'public'::regnamespace AND cl.relname = ANY(@t)
            ORDER BY 1, 2
            """, connection))
        {
            command.Parameters.AddWithValue("t", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                drops.Add($"ALTER TABLE {reader.GetString(0)} DROP CONSTRAINT {reader.GetString(1)};");
                _rebuildKeys.Add((reader.GetString(3), $"ALTER TABLE {reader.GetString(0)} ADD CONSTRAINT {reader.GetString(1)} {reader.GetString(2)};"));
            }
        }

        // The other indexes of the tables.
        await using (var command = new NpgsqlCommand(
            """
            SELECT format('%I', ix.relname), pg_get_indexdef(i.indexrelid), cl.relname
            FROM pg_index i JOIN pg_class cl ON cl.oid = i.indrelid JOIN pg_class ix ON ix.oid = i.indexrelid
            WHERE cl.relnamespace = 'public'::regnamespace AND cl.relname = ANY(@t)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = i.indexrelid)
            ORDER BY 1
            """, connection))
        {
            command.Parameters.AddWithValue("t", tables.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                drops.Add($"DROP INDEX {reader.GetString(0)};");
                _rebuildIndexes.Add((reader.GetString(2), reader.GetString(1)));
            }
        }

        await ExecuteAsync("BEGIN; " + string.Join(" ", drops) + " COMMIT;", cancellationToken);
        report($"Före inläsningen: {_rebuildForeignKeys.Count} främmande nycklar, {_rebuildKeys.Count} primär- och unika nycklar och {_rebuildIndexes.Count} index på {tables.Count} tabeller tas bort och byggs efteråt.");
    }

    public override async Task FinishLoadAsync(IReadOnlyCollection<string>? tables, Action<string> report, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var these = (tables ?? _tablesLoaded.Except(_finished)).ToHashSet(StringComparer.Ordinal);
        if (tables is null)
        {
            await FlushAsync();
            report($"Sista raderna skrivna: {Seconds(watch)}");
            watch.Restart();
        }

        // A connection of its own: rows may still be copied into other tables on the writer's.
        await using var connection = new NpgsqlConnection(Db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);

        async Task ExecuteAllAsync(IEnumerable<string> statements)
        {
            foreach (var sql in statements)
            {
                await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await ExecuteAllAsync(["SET maintenance_work_mem = '256MB'; SET synchronous_commit = off;"]);
        var name = these.Count == 1 ? these.Single() : $"{these.Count} tabeller";
        await ExecuteAllAsync(_rebuildKeys.Where(k => these.Contains(k.Table)).Select(k => k.Sql));
        report($"{name}: primärnycklar och unika nycklar byggda: {Seconds(watch)}");
        watch.Restart();
        await ExecuteAllAsync(_rebuildIndexes.Where(i => these.Contains(i.Table)).Select(i => i.Sql));
        report($"{name}: index byggda: {Seconds(watch)}");
        watch.Restart();
        lock (_finished)
        {
            _finished.UnionWith(these);
        }

        // A foreign key once both its tables (or tables not loaded here) are finished.
        bool Ready(string table) => _finished.Contains(table) || !_tablesLoaded.Contains(table);
        var foreignKeys = _rebuildForeignKeys.Where(f => (these.Contains(f.Table) || these.Contains(f.Referenced)) && Ready(f.Table) && Ready(f.Referenced)).ToList();
        await ExecuteAllAsync(foreignKeys.Select(f => f.Sql));
        report($"{name}: {foreignKeys.Count} främmande nycklar tillagda och kontrollerade: {Seconds(watch)}");
        watch.Restart();
        await ExecuteAllAsync(these.Count == 0 ? [] : ["ANALYZE " + string.Join(", ", these.Select(t => $"\"{t}\"")) + ";"]);
        report($"{name}: ANALYZE: {Seconds(watch)}");
    }

    private static string Seconds(Stopwatch watch) => $"{watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s";

    protected override async Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        var types = shape.ProviderTypes.Select(TypeOf).ToArray();
        var columns = string.Join(", ", shape.Columns.Select(c => $"\"{c}\""));
        await using var importer = await connection.BeginBinaryImportAsync($"COPY \"{shape.Table}\" ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            // Synchronous writes: they only fill Npgsql's buffer (flushed when full); an awaited call per value cost a
            // state machine per value (tens of millions in the full set).
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                Write(importer, row[i], types[i]);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type)
    {
        switch (value)
        {
            case null: importer.WriteNull(); break;
            case string s: importer.Write(s, type); break;
            case Guid g: importer.Write(g, type); break;
            case int n: importer.Write(n, type); break;
            case long n: importer.Write(n, type); break;
            case bool b: importer.Write(b, type); break;
            case DateTime t: importer.Write(DateTime.SpecifyKind(t, DateTimeKind.Utc), type); break;
            case DateOnly d: importer.Write(d, type); break;
            case TimeOnly t: importer.Write(t, type); break;
            case decimal m: importer.Write(m, type); break;
            case double d: importer.Write(d, type); break;
            default: throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name}.");
        }
    }

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

    protected override async ValueTask DisposeConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}

/// <summary>
/// SQLite: a prepared <c>INSERT</c> per table, all rows of a batch in one transaction. The loaded tables' secondary
/// indexes are dropped first and created again at the end; foreign keys are off during the load and checked at the end
/// (<c>PRAGMA foreign_key_check</c>).
/// </summary>
internal sealed class SqliteBulkWriter(NarplanDbContext db, IdMap ids) : BulkWriter(db, ids)
{
    private SqliteConnection? _connection;
    private readonly List<string> _rebuildIndexes = [];
    private readonly List<string> _tablesLoaded = [];

    private async Task<SqliteConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is null)
        {
            _connection = new SqliteConnection(Db.Database.GetConnectionString());
            await _connection.OpenAsync(cancellationToken);
            await using var pragma = _connection.CreateCommand();
            pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return _connection;
    }

    public override async Task PrepareLoadAsync(IReadOnlyCollection<string> tables, Action<string> report, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        _tablesLoaded.AddRange(tables);
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({string.Join(", ", tables.Select((_, i) => $"$t{i}"))}) ORDER BY name";
            var i = 0;
            foreach (var table in tables)
            {
                command.Parameters.AddWithValue($"$t{i++}", table);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
                _rebuildIndexes.Add(reader.GetString(1));
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA foreign_keys = OFF; " + string.Join(" ", names.Select(n => $"DROP INDEX \"{n}\";"));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        report($"Före inläsningen: {_rebuildIndexes.Count} index på {tables.Count} tabeller tas bort och byggs efteråt; främmande nycklar kontrolleras efteråt.");
    }

    public override bool FinishesAlongsideWrites => false;

    /// <summary>SQLite has one writer: everything is finished at the end, whatever <paramref name="tables"/> says.</summary>
    public override async Task FinishLoadAsync(IReadOnlyCollection<string>? tables, Action<string> report, CancellationToken cancellationToken)
    {
        if (tables is not null)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        await FlushAsync();
        report($"Sista raderna skrivna: {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        watch.Restart();
        var connection = await ConnectionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Join(";\n", _rebuildIndexes) + ";";
            if (_rebuildIndexes.Count > 0)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        report($"Index byggda: {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        watch.Restart();
        foreach (var table in _tablesLoaded)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA foreign_key_check(\"{table}\")";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"Foreign key violated in {table}: row {reader.GetValue(1)} points at a missing {reader.GetString(2)}.");
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA foreign_keys = ON;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        report($"Främmande nycklar kontrollerade: {watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        _rebuildIndexes.Clear();
    }

    protected override async Task WriteRowsAsync(TableShape shape, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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

            command.ExecuteNonQuery();
        }

        await transaction.CommitAsync(cancellationToken);
    }

    protected override async ValueTask DisposeConnectionAsync()
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
