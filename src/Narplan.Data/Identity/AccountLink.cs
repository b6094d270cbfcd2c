using System.Security.Cryptography;
using Narplan.Domain;

namespace Narplan.Data.Identity;

/// <summary>What a one-time link is for.</summary>
public enum AccountLinkPurpose
{
    /// <summary>Create the first administrator of an empty installation (printed on the console at start).</summary>
    Setup,

    /// <summary>A new account chooses its password.</summary>
    Activation,

    /// <summary>An administrator reset the password; the user chooses a new one.</summary>
    PasswordReset,
}

/// <summary>
/// A one-time link (decision 0063): the token is random (32 bytes), shown once and stored only as its SHA-256 hash, so
/// the database alone does not give it away and every app instance accepts it. Used once; activation and reset links
/// also expire. Never logged.
/// </summary>
public sealed class AccountLink : Entity
{
    private AccountLink()
    {
        TokenHash = "";
        CreatedBy = "";
    }

    private AccountLink(AccountLinkPurpose purpose, string tokenHash, string? userId, Instant createdAt, Instant? expiresAt, string createdBy)
    {
        Purpose = purpose;
        TokenHash = tokenHash;
        UserId = userId;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy;
    }

    public AccountLinkPurpose Purpose { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; private set; }

    /// <summary>The account the link is for; null for the setup link.</summary>
    public string? UserId { get; private set; }

    public Instant CreatedAt { get; private set; }

    /// <summary>Null: valid until used (the setup link).</summary>
    public Instant? ExpiresAt { get; private set; }

    public Instant? UsedAt { get; private set; }

    public string CreatedBy { get; private set; }

    public bool IsExpired(Instant now) => ExpiresAt is { } end && now >= end;

    /// <summary>A new link and its token; the token is handed out once and never stored.</summary>
    public static (AccountLink Link, string Token) Create(AccountLinkPurpose purpose, string? userId, Instant now, Duration? validFor, string createdBy)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new AccountLink(purpose, Hash(token), userId, now, validFor is { } d ? now + d : null, createdBy), token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public void MarkUsed(Instant now) => UsedAt = now;
}
