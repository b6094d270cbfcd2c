using System.Security.Cryptography;

namespace Narplan.Domain.Rounds;

/// <summary>
/// A doctor's secret calendar link (hemlig kalenderlänk): whoever has the link can subscribe to all the doctor's
/// rounds (plan data only, never patients). Only a SHA-256 hash of the token is stored, so the link is shown once
/// when it is made; a new link revokes the old one, and a revoked link answers 404.
/// </summary>
public sealed class RoundFeedLink : Entity
{
    private RoundFeedLink()
    {
        TokenHash = "";
    }

    private RoundFeedLink(Guid personId, string tokenHash, Instant createdAt)
    {
        PersonId = personId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
    }

    /// <summary>The doctor whose rounds the link publishes.</summary>
    public Guid PersonId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; }

    public Instant CreatedAt { get; private set; }

    public Instant? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new link with a random 256-bit token (URL-safe base64, 43 characters), returned only here.</summary>
    public static (RoundFeedLink Link, string Token) Create(Guid personId, Instant now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new RoundFeedLink(personId, Hash(token), now), token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void Revoke(Instant now) => RevokedAt ??= now;
}
