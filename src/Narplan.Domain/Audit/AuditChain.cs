namespace Narplan.Domain.Audit;

/// <summary>Verification of the hash chain of <see cref="AuditEntry"/>.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Walks entries in sequence order and returns the first one that is out of place: a gap in
    /// the sequence, a previous hash that does not match, or a hash that does not match its fields.
    /// </summary>
    public static AuditChainResult Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        long count = 0;
        foreach (var entry in entriesInOrder)
        {
            if (entry.Sequence != expectedSequence)
            {
                return AuditChainResult.Broken(count, entry.Sequence, $"Rad {expectedSequence} saknas (nästa rad är {entry.Sequence}).");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return AuditChainResult.Broken(count, entry.Sequence, $"Rad {entry.Sequence} pekar inte på föregående rads kontrollsumma.");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return AuditChainResult.Broken(count, entry.Sequence, $"Rad {entry.Sequence} har ändrats efter att den skrevs.");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            count++;
        }

        return AuditChainResult.Intact(count);
    }
}

/// <param name="VerifiedCount">Entries checked and found intact before any break.</param>
/// <param name="BrokenAt">Sequence of the first bad entry, or null when the chain is intact.</param>
public sealed record AuditChainResult(long VerifiedCount, long? BrokenAt, string? Problem)
{
    public bool IsIntact => BrokenAt is null;

    public static AuditChainResult Intact(long count) => new(count, null, null);

    public static AuditChainResult Broken(long count, long at, string problem) => new(count, at, problem);
}
