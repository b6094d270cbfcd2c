using System.Reflection;
using Narplan.Domain.Audit;
using NodaTime;

namespace Narplan.Domain.Tests.Audit;

public class AuditChainTests
{
    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(Instant.FromUtc(2026, 6, 19, 21, 0, i), "u1", "Ida Sjöström", Guid.Empty, "KommunNurse",
                AuditAction.Update, "CareUnit", $"unit-{i}", null, $"Places: {i} → {i + 1}");
            entry.Seal(i, previous);
            previous = entry.Hash;
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public void ShouldFindAnUntouchedChainIntact()
    {
        var result = AuditChain.Verify(Chain(5));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.VerifiedCount);
    }

    [Fact]
    public void ShouldFindTheLineThatWasChangedAfterItWasWritten()
    {
        var chain = Chain(5);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Details))!.SetValue(chain[2], "Places: 0 → 0");

        var result = AuditChain.Verify(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public void ShouldFindARemovedLine()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.BrokenAt);
        Assert.Contains("saknas", result.Problem);
    }

    [Fact]
    public void ShouldFindALineWhoseHashWasRecomputedButNotItsSuccessors()
    {
        var chain = Chain(4);
        var forged = new AuditEntry(chain[1].At, "u2", "Någon annan", null, "Admin", AuditAction.Delete, "CareUnit", "x", null, "");
        forged.Seal(2, chain[0].Hash);
        chain[1] = forged;

        var result = AuditChain.Verify(chain);

        Assert.Equal(3, result.BrokenAt);
    }

    [Fact]
    public void ShouldSealAnEntryOnlyOnce()
    {
        var entry = Chain(1)[0];

        Assert.Throws<InvalidOperationException>(() => entry.Seal(2, AuditChain.Genesis));
    }
}
