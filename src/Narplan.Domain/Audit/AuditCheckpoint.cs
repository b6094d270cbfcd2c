using System.Security.Cryptography;

namespace Narplan.Domain.Audit;

/// <summary>
/// A kontrollpunkt: the head of the audit chain (its sequence and hash) at a moment, sealed with
/// an HMAC whose key the database does not hold (decision 0033). Someone who can write the
/// database can rewrite rows and recompute every hash, but cannot make a checkpoint for the new
/// chain, so rows missing after a checkpoint, or rows rewritten up to it, show. Each checkpoint is
/// written to the database and to an append-only file outside it.
/// </summary>
public sealed class AuditCheckpoint : Entity
{
    private AuditCheckpoint()
    {
        Hash = "";
        KeyId = "";
        Mac = "";
    }

    public AuditCheckpoint(long sequence, string hash, Instant at, string keyId, string mac)
    {
        Sequence = sequence;
        Hash = hash;
        At = at;
        KeyId = keyId;
        Mac = mac;
    }

    /// <summary>The sequence of the last audit entry the checkpoint covers; unique, so two instances seal a head once.</summary>
    public long Sequence { get; private set; }

    /// <summary>That entry's <see cref="AuditEntry.Hash"/>, which covers every entry before it through the chain.</summary>
    public string Hash { get; private set; }

    /// <summary>When the checkpoint was sealed.</summary>
    public Instant At { get; private set; }

    /// <summary>Which key sealed it (<see cref="AuditCheckpointKey.Id"/>), so a changed key is told apart from tampering.</summary>
    public string KeyId { get; private set; }

    /// <summary>HMAC-SHA256 over sequence, hash, time and key id.</summary>
    public string Mac { get; private set; }

    public static AuditCheckpoint Seal(long sequence, string hash, Instant at, AuditCheckpointKey key)
    {
        var stored = AuditChain.StorablePrecision(at);
        return new(sequence, hash, stored, key.Id, key.Mac(Canonical(sequence, hash, stored, key.Id)));
    }

    /// <summary>Whether the HMAC matches the fields under this key.</summary>
    public bool IsSealedBy(AuditCheckpointKey key) =>
        KeyId == key.Id && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Mac), Encoding.ASCII.GetBytes(key.Mac(Canonical(Sequence, Hash, At, KeyId))));

    internal static string Canonical(long sequence, string hash, Instant at, string keyId) =>
        string.Join('\u001f', "narplan-audit-checkpoint-v1", sequence.ToString(CultureInfo.InvariantCulture), hash,
            InstantPattern.ExtendedIso.Format(at), keyId);
}

/// <summary>The secret that seals <see cref="AuditCheckpoint"/>s. It must not be stored in the database.</summary>
public sealed class AuditCheckpointKey
{
    private readonly byte[] _key;

    public AuditCheckpointKey(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("An audit checkpoint key needs at least 32 bytes.", nameof(key));
        }

        _key = key.ToArray();
        Id = Convert.ToHexStringLower(SHA256.HashData([.. Encoding.ASCII.GetBytes("narplan-audit-checkpoint-key-id"), .. _key]))[..16];
    }

    /// <summary>A public fingerprint of the key (not the key): 16 hex digits.</summary>
    public string Id { get; }

    /// <summary>A key written in configuration: base64 of at least 32 bytes, or else any text of at least 32 characters.</summary>
    public static AuditCheckpointKey FromText(string text)
    {
        var trimmed = text.Trim();
        var buffer = new byte[trimmed.Length];
        if (Convert.TryFromBase64String(trimmed, buffer, out var written) && written >= 32)
        {
            return new AuditCheckpointKey(buffer[..written]);
        }

        if (trimmed.Length < 32)
        {
            throw new ArgumentException("Audit:CheckpointKey must be base64 of at least 32 bytes or at least 32 characters of text.");
        }

        return new AuditCheckpointKey(Encoding.UTF8.GetBytes(trimmed));
    }

    internal string Mac(string canonical) => Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(canonical)));
}
