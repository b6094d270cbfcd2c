using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime.Text;

namespace Narplan.Data.Audit;

/// <summary>
/// How audit checkpoints are sealed and where they go (decision 0033): the HMAC key
/// (<c>Audit:CheckpointKey</c>, never in the database), the append-only file outside the database
/// (<c>Audit:CheckpointFile</c>), and how often: when the chain passes every <see cref="Every"/>-th
/// row, and at least every <see cref="Interval"/> while rows are added.
/// </summary>
public sealed record AuditCheckpointSettings(AuditCheckpointKey Key, string FilePath)
{
    public int Every { get; init; } = 100;

    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Wakes the checkpoint writer when a save carried the chain past a multiple of
/// <see cref="AuditCheckpointSettings.Every"/>. One per process; a signal while one is pending is the same signal.
/// </summary>
public sealed class AuditCheckpointSignal(int every = 100)
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public int Every { get; } = Math.Max(1, every);

    /// <summary>A save committed entries <paramref name="from"/> through <paramref name="through"/>.</summary>
    public void Appended(long from, long through)
    {
        if (through / Every > (from - 1) / Every)
        {
            Request();
        }
    }

    /// <summary>Asks for a checkpoint now.</summary>
    public void Request()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already asked.
        }
    }

    /// <summary>Waits for a request, or the timeout; true when asked.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}

/// <summary>Seals checkpoints of the chain head and verifies the chain against them.</summary>
public sealed class AuditCheckpoints(AuditCheckpointSettings settings, IClock clock, ILogger<AuditCheckpoints>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private readonly AuditCheckpointFile _file = new(settings.FilePath);

    public AuditCheckpointSettings Settings => settings;

    /// <summary>
    /// Seals the committed head of the chain unless a checkpoint already covers it, in the
    /// database and then in the file. Safe with several instances: the unique sequence lets one
    /// insert win and the others give way. Returns the new checkpoint, or null when none was needed.
    /// </summary>
    public async Task<AuditCheckpoint?> SealHeadAsync(NarplanDbContext db, CancellationToken cancellationToken = default)
    {
        // Several instances: one seals at a time (PostgreSQL advisory lock until the transaction ends); the next one
        // then finds the head sealed and does nothing, so each head is sealed once (decision 0054).
        await using var transaction = db.Database.IsNpgsql() && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT pg_advisory_xact_lock({Postgres.PostgresNarplanDbContext.CheckpointLockKey})", cancellationToken);
        }

        var checkpoint = await SealUnderLockAsync(db, cancellationToken);
        if (transaction is not null)
        {
            if (checkpoint is null)
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        if (checkpoint is not null)
        {
            AppendToFile(checkpoint);
        }

        return checkpoint;
    }

    private async Task<AuditCheckpoint?> SealUnderLockAsync(NarplanDbContext db, CancellationToken cancellationToken)
    {
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var sealedThrough = await db.AuditCheckpoints.AsNoTracking().MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        if (sealedThrough >= head.Sequence)
        {
            return null;
        }

        var checkpoint = AuditCheckpoint.Seal(head.Sequence, head.Hash, clock.GetCurrentInstant(), settings.Key);
        db.AuditCheckpoints.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance sealed this head first; its checkpoint stands.
            db.Entry(checkpoint).State = EntityState.Detached;
            return null;
        }

        return checkpoint;
    }

    /// <summary>The copy outside the database, written only for a committed row.</summary>
    private void AppendToFile(AuditCheckpoint checkpoint)
    {
        try
        {
            _file.Append(checkpoint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The database row stands; the operator must see that the copy outside is missing.
            _logger.LogError(e, "Audit checkpoint for entry {Sequence} could not be written to {File}.", checkpoint.Sequence, settings.FilePath);
        }
    }

    /// <summary>The whole chain held against every checkpoint in the database and in the file.</summary>
    public async Task<AuditChainResult> VerifyAsync(NarplanDbContext db, CancellationToken cancellationToken = default)
    {
        var inDatabase = await db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        var (inFile, unreadable) = _file.ReadAll();
        var entries = db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        var list = new List<AuditEntry>();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            list.Add(entry);
        }

        return AuditChain.Verify(list, new AuditCheckpointSet(settings.Key, inDatabase, inFile, unreadable));
    }
}

/// <summary>
/// The checkpoints outside the database: one JSON line per checkpoint, appended and flushed to
/// disk, never rewritten. A line is complete when its newline is written. An operator can ship the file (or a copy of each line) elsewhere.
/// </summary>
public sealed class AuditCheckpointFile(string path)
{
    private static readonly Lock Gate = new();

    public string Path { get; } = path;

    public void Append(AuditCheckpoint checkpoint)
    {
        var line = JsonSerializer.Serialize(new Line(
            checkpoint.Sequence, checkpoint.Hash, InstantPattern.ExtendedIso.Format(checkpoint.At), checkpoint.KeyId, checkpoint.Mac)) + "\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(line);
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        lock (Gate)
        {
            // Another process holding the file (FileShare.None is an exclusive lock on Unix too) is waited for briefly.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    using var stream = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    if (stream.Length > 0)
                    {
                        // A line torn by a crash mid-write is ended first, so this one stays whole.
                        stream.Seek(-1, SeekOrigin.End);
                        if (stream.ReadByte() != '\n')
                        {
                            stream.WriteByte((byte)'\n');
                        }
                    }

                    stream.Seek(0, SeekOrigin.End);
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                    return;
                }
                catch (IOException) when (attempt < 50)
                {
                    Thread.Sleep(20);
                }
            }
        }
    }

    /// <summary>Every readable checkpoint, and a Swedish note for each line that is not one.</summary>
    public (List<AuditCheckpoint> Checkpoints, List<string> Unreadable) ReadAll()
    {
        var checkpoints = new List<AuditCheckpoint>();
        var unreadable = new List<string>();
        if (!File.Exists(Path))
        {
            return (checkpoints, unreadable);
        }

        string[] lines;
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var reader = new StreamReader(stream))
        {
            lines = reader.ReadToEnd().Split('\n');
        }

        for (var i = 0; i < lines.Length; i++)
        {
            // The last element is what follows the final newline: empty, or a line a crash cut short
            // before it was complete. Only whole lines count.
            if (string.IsNullOrWhiteSpace(lines[i]) || i == lines.Length - 1)
            {
                continue;
            }

            try
            {
                var line = JsonSerializer.Deserialize<Line>(lines[i]) ?? throw new JsonException();
                var at = InstantPattern.ExtendedIso.Parse(line.At);
                if (!at.Success || line.Hash is null || line.KeyId is null || line.Mac is null)
                {
                    throw new JsonException();
                }

                checkpoints.Add(new AuditCheckpoint(line.Sequence, line.Hash, at.Value, line.KeyId, line.Mac));
            }
            catch (JsonException)
            {
                unreadable.Add(string.Create(CultureInfo.InvariantCulture, $"Rad {i + 1} i kontrollfilen går inte att läsa: filen har ändrats."));
            }
        }

        return (checkpoints, unreadable);
    }

    private sealed record Line(long Sequence, string Hash, string At, string KeyId, string Mac);
}
