using System.Text;
using Narplan.Domain.Audit;
using NodaTime;

namespace Narplan.Domain.Tests.Audit;

/// <summary>
/// Issue 15.3: someone who can write the database deletes the last rows, or edits a row and
/// recomputes every later hash. The bare chain check passes both; held against a checkpoint sealed
/// with a key the database does not hold, both show.
/// </summary>
public class AuditCheckpointTests
{
    private static readonly AuditCheckpointKey Key = new(Encoding.UTF8.GetBytes("a test key of at least thirty-two bytes, not in the db"));
    private static readonly Instant SealedAt = Instant.FromUtc(2026, 6, 19, 21, 30);

    private static List<AuditEntry> Chain(int count, string details = "Places")
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(Instant.FromUtc(2026, 6, 19, 21, 0, i), "u1", "Ida Sjöström", Guid.Empty, "KommunNurse",
                AuditAction.Update, "CareUnit", $"unit-{i}", null, $"{details}: {i} → {i + 1}");
            entry.Seal(i, previous);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    private static AuditCheckpoint SealOf(List<AuditEntry> chain, int sequence) =>
        AuditCheckpoint.Seal(sequence, chain[sequence - 1].Hash, SealedAt, Key);

    private static AuditCheckpointSet Both(params AuditCheckpoint[] checkpoints) => new(Key, checkpoints, checkpoints, []);

    [Fact]
    public void ShouldFindAnUntouchedChainIntactAndSealedThroughItsLastCheckpoint()
    {
        var chain = Chain(10);

        var result = AuditChain.Verify(chain, Both(SealOf(chain, 5), SealOf(chain, 8)));

        Assert.True(result.IsIntact);
        Assert.Equal(10, result.VerifiedCount);
        Assert.Equal(2, result.CheckpointCount);
        Assert.Equal(8, result.SealedThrough);
    }

    [Fact]
    public void ShouldPassTheBareChainCheckWhenTheLastRowsAreDeletedButReportTruncationAgainstTheCheckpoint()
    {
        var chain = Chain(10);
        var checkpoint = SealOf(chain, 8);
        chain.RemoveRange(6, 4);

        Assert.True(AuditChain.Verify(chain).IsIntact);
        var result = AuditChain.Verify(chain, Both(checkpoint));

        Assert.False(result.IsIntact);
        Assert.Equal(7, result.BrokenAt);
        Assert.Contains("Loggen har kortats", result.Problem);
        Assert.Contains("Rad 7–8 saknas", result.Problem);
    }

    [Fact]
    public void ShouldReportAnEmptiedLog()
    {
        var checkpoint = SealOf(Chain(3), 3);

        var result = AuditChain.Verify([], Both(checkpoint));

        Assert.Contains("Loggen har tömts", result.Problem);
    }

    [Fact]
    public void ShouldPassTheBareChainCheckWhenARowIsEditedAndEveryLaterHashRecomputedButReportTheMismatchAgainstTheCheckpoint()
    {
        var chain = Chain(10);
        var checkpoint = SealOf(chain, 8);
        // Row 3 edited; rows 3–10 re-sealed so every hash and link is consistent again.
        var rewritten = Chain(10).Take(2).ToList();
        rewritten.AddRange(Chain(10, details: "Platser").Skip(2));
        for (var i = 2; i < rewritten.Count; i++)
        {
            var original = rewritten[i];
            var copy = new AuditEntry(original.At, original.UserId, original.UserName, original.OrganisationId, original.Role,
                original.Action, original.EntityType, original.EntityId, original.PatientId, original.Details);
            copy.Seal(i + 1, rewritten[i - 1].Hash);
            rewritten[i] = copy;
        }

        Assert.True(AuditChain.Verify(rewritten).IsIntact);
        var result = AuditChain.Verify(rewritten, Both(checkpoint));

        Assert.False(result.IsIntact);
        Assert.Contains("Rad 8 stämmer inte med kontrollpunkten", result.Problem);
    }

    [Fact]
    public void ShouldReportACheckpointResealedOverARewrittenChainWithoutTheKey()
    {
        var chain = Chain(10);
        var honest = SealOf(chain, 8);
        // The attacker puts the rewritten chain's hash into the checkpoint but cannot compute the HMAC.
        var forged = new AuditCheckpoint(8, new string('a', 64), honest.At, honest.KeyId, honest.Mac);

        var result = AuditChain.Verify(chain, new AuditCheckpointSet(Key, [forged], [], []));

        Assert.False(result.IsIntact);
        Assert.Contains("försegling som inte stämmer", result.Problem);
    }

    [Fact]
    public void ShouldReportACheckpointSealedWithAnotherKey()
    {
        var chain = Chain(4);
        var other = new AuditCheckpointKey(Encoding.UTF8.GetBytes("another key of at least thirty-two bytes, also secret"));
        var checkpoint = AuditCheckpoint.Seal(4, chain[3].Hash, SealedAt, other);

        var result = AuditChain.Verify(chain, Both(checkpoint));

        Assert.Contains("annan nyckel", result.Problem);
    }

    [Fact]
    public void ShouldReportACheckpointRemovedFromTheDatabaseThatTheFileStillHolds()
    {
        var chain = Chain(10);
        var checkpoint = SealOf(chain, 8);
        chain.RemoveRange(5, 5);

        var result = AuditChain.Verify(chain, new AuditCheckpointSet(Key, [], [checkpoint], []));

        Assert.Contains("Loggen har kortats", result.Problem);

        var notTruncated = AuditChain.Verify(Chain(10), new AuditCheckpointSet(Key, [], [SealOf(Chain(10), 8)], []));
        Assert.Contains("har tagits bort ur databasen", notTruncated.Problem);
    }

    [Fact]
    public void ShouldNotAcceptAKeyShorterThan32Bytes()
    {
        Assert.Throws<ArgumentException>(() => AuditCheckpointKey.FromText("too short"));
        Assert.Equal(Key.Id, AuditCheckpointKey.FromText("a test key of at least thirty-two bytes, not in the db").Id);
    }
}
