namespace Narplan.Domain.Audit;

/// <summary>Verification of the hash chain of <see cref="AuditEntry"/>, against its sealed <see cref="AuditCheckpoint"/>s.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// An instant cut to whole microseconds, as PostgreSQL's timestamptz stores it: a hash or seal
    /// over a time must survive the round trip through either database (the clock ticks in 100 ns).
    /// </summary>
    public static Instant StorablePrecision(Instant at) => Instant.FromUnixTimeTicks(at.ToUnixTimeTicks() - Mod(at.ToUnixTimeTicks(), 10));

    private static long Mod(long value, long by) => ((value % by) + by) % by;

    /// <summary>
    /// Walks entries in sequence order and returns the first one that is out of place: a gap in
    /// the sequence, a previous hash that does not match, or a hash that does not match its fields.
    /// This alone cannot see the last rows deleted, or a chain rewritten with every later hash
    /// recomputed; <see cref="Verify(IEnumerable{AuditEntry}, AuditCheckpointSet)"/> can.
    /// </summary>
    public static AuditChainResult Verify(IEnumerable<AuditEntry> entriesInOrder) =>
        Verify(entriesInOrder, AuditCheckpointSet.None);

    /// <summary>
    /// Walks the chain as <see cref="Verify(IEnumerable{AuditEntry})"/> does and then holds it
    /// against every checkpoint, from the database and from the file outside it: each must carry a
    /// valid seal, the row it sealed must still be there (else the log was truncated) with the
    /// sealed hash (else the log was rewritten up to it), and every checkpoint in the file must
    /// still be in the database. Problems are written in Swedish for the administrator.
    /// </summary>
    public static AuditChainResult Verify(IEnumerable<AuditEntry> entriesInOrder, AuditCheckpointSet checkpoints)
    {
        var wanted = checkpoints.All.Select(c => c.Sequence).ToHashSet();
        var hashes = new Dictionary<long, string>();
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        long count = 0;
        long last = 0;
        (long At, string Problem)? broken = null;
        foreach (var entry in entriesInOrder)
        {
            last = entry.Sequence;
            if (wanted.Contains(entry.Sequence))
            {
                hashes[entry.Sequence] = entry.Hash;
            }

            if (broken is not null)
            {
                // Past the first break only the hashes at checkpoints are still of interest.
                continue;
            }

            if (entry.Sequence != expectedSequence)
            {
                broken = (entry.Sequence, $"Rad {expectedSequence} saknas (nästa rad är {entry.Sequence}).");
            }
            else if (entry.PreviousHash != expectedPrevious)
            {
                broken = (entry.Sequence, $"Rad {entry.Sequence} pekar inte på föregående rads kontrollsumma.");
            }
            else if (entry.ComputeHash() != entry.Hash)
            {
                broken = (entry.Sequence, $"Rad {entry.Sequence} har ändrats efter att den skrevs.");
            }
            else
            {
                expectedPrevious = entry.Hash;
                expectedSequence++;
                count++;
            }
        }

        var problems = new List<string>();
        if (broken is { } b)
        {
            problems.Add(b.Problem);
        }

        long? firstCheckpointBreak = null;
        AuditCheckpoint? lastGood = null;
        var verified = 0;
        foreach (var checkpoint in checkpoints.All.OrderBy(c => c.Sequence).ThenBy(c => c.At))
        {
            var when = Describe(checkpoint.At);
            string? problem = null;
            if (checkpoint.KeyId != checkpoints.Key?.Id)
            {
                problem = $"Kontrollpunkten för rad {checkpoint.Sequence} ({when}) är förseglad med en annan nyckel ({checkpoint.KeyId}) och kan inte kontrolleras. Kontrollera inställningen Audit:CheckpointKey.";
            }
            else if (!checkpoint.IsSealedBy(checkpoints.Key!))
            {
                problem = $"Kontrollpunkten för rad {checkpoint.Sequence} ({when}) har en försegling som inte stämmer: den har ändrats eller skrivits utan nyckeln.";
            }
            else if (checkpoint.Sequence > last)
            {
                problem = last == 0
                    ? $"Loggen har tömts: kontrollpunkten {when} förseglade rad {checkpoint.Sequence}, men loggen har inga rader."
                    : $"Loggen har kortats: kontrollpunkten {when} förseglade rad {checkpoint.Sequence}, men loggen slutar vid rad {last}. Rad {last + 1}–{checkpoint.Sequence} saknas.";
            }
            else if (!hashes.TryGetValue(checkpoint.Sequence, out var hash))
            {
                problem = $"Rad {checkpoint.Sequence}, som kontrollpunkten {when} förseglade, saknas.";
            }
            else if (hash != checkpoint.Hash)
            {
                problem = $"Rad {checkpoint.Sequence} stämmer inte med kontrollpunkten {when}: loggen har skrivits om fram till den raden.";
            }

            if (!checkpoints.InDatabase.Any(c => c.Sequence == checkpoint.Sequence && c.Mac == checkpoint.Mac))
            {
                var removed = $"Kontrollpunkten för rad {checkpoint.Sequence} ({when}) finns i kontrollfilen men har tagits bort ur databasen.";
                problem = problem is null ? removed : problem + " " + removed;
            }

            if (problem is null)
            {
                verified++;
                lastGood = checkpoint;
            }
            else
            {
                problems.Add(problem);
                firstCheckpointBreak ??= Math.Min(checkpoint.Sequence, last + 1);
            }
        }

        problems.AddRange(checkpoints.Unreadable);
        long? brokenAt = broken?.At ?? firstCheckpointBreak ?? (checkpoints.Unreadable.Count > 0 ? last : null);
        return new AuditChainResult(count, brokenAt, problems.FirstOrDefault())
        {
            Problems = problems,
            CheckpointCount = verified,
            SealedThrough = lastGood?.Sequence ?? 0,
            SealedAt = lastGood?.At,
            LastSequence = last,
        };
    }

    private static string Describe(Instant at) =>
        at.InZone(Stockholm.Zone).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The checkpoints to hold a chain against: those in the database, those read from the file
/// outside it (the same checkpoint in both counts once), lines of the file that could not be read,
/// and the key that must have sealed them.
/// </summary>
public sealed record AuditCheckpointSet(
    AuditCheckpointKey? Key, IReadOnlyList<AuditCheckpoint> InDatabase, IReadOnlyList<AuditCheckpoint> InFile, IReadOnlyList<string> Unreadable)
{
    public static AuditCheckpointSet None { get; } = new(null, [], [], []);

    /// <summary>Every distinct checkpoint, the database's first.</summary>
    public IEnumerable<AuditCheckpoint> All =>
        InDatabase.Concat(InFile).DistinctBy(c => (c.Sequence, c.Hash, c.At, c.KeyId, c.Mac));
}

/// <param name="VerifiedCount">Entries checked and found intact before any break.</param>
/// <param name="BrokenAt">Sequence of the first bad entry (or of the first row a checkpoint finds missing or rewritten), or null when all is well.</param>
/// <param name="Problem">The first problem, in Swedish.</param>
public sealed record AuditChainResult(long VerifiedCount, long? BrokenAt, string? Problem)
{
    public bool IsIntact => BrokenAt is null && Problems.Count == 0;

    /// <summary>Every problem found, in Swedish: the first break in the chain, then each checkpoint that does not hold.</summary>
    public IReadOnlyList<string> Problems { get; init; } = Problem is null ? [] : [Problem];

    /// <summary>Checkpoints whose seal and sealed row both hold.</summary>
    public int CheckpointCount { get; init; }

    /// <summary>The highest sequence a valid checkpoint covers; rows after it are not sealed yet.</summary>
    public long SealedThrough { get; init; }

    public Instant? SealedAt { get; init; }

    /// <summary>The last row's sequence.</summary>
    public long LastSequence { get; init; }

    public static AuditChainResult Intact(long count) => new(count, null, null);

    public static AuditChainResult Broken(long count, long at, string problem) => new(count, at, problem);
}
