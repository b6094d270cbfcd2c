using System.Security.Cryptography;

namespace Narplan.Domain.Audit;

/// <summary>
/// One line of the append-only audit log (DOMAIN.md §12): who, acting for which organisation and
/// in which role, did what to which entity, when. Each entry's <see cref="Hash"/> covers its own
/// fields and the previous entry's hash, so a changed or removed line breaks the chain.
/// <see cref="Details"/> names what changed; for patient data it names fields, never values.
/// </summary>
public sealed class AuditEntry : Entity
{
    private AuditEntry()
    {
        UserName = "";
        Role = "";
        EntityType = "";
        EntityId = "";
        Details = "";
        PreviousHash = "";
        Hash = "";
    }

    public AuditEntry(
        Instant at, string? userId, string userName, Guid? organisationId, string role,
        AuditAction action, string entityType, string entityId, Guid? patientId, string details)
    {
        At = AuditChain.StorablePrecision(at);
        UserId = userId;
        UserName = userName;
        OrganisationId = organisationId;
        Role = role;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        PatientId = patientId;
        Details = details.Length > 4000 ? details[..4000] : details;
        PreviousHash = "";
        Hash = "";
    }

    /// <summary>Whether the entry has its place in the chain yet.</summary>
    public bool IsSealed => Sequence > 0;

    /// <summary>Position in the chain, 1 for the first entry; unique, so two writers cannot fork the chain.</summary>
    public long Sequence { get; private set; }

    public Instant At { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public string Role { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    /// <summary>The patient whose data was read or changed, for loggutdrag; null for plan data.</summary>
    public Guid? PatientId { get; private set; }

    public string Details { get; private set; }

    /// <summary>Hash of the previous entry; the first entry uses <see cref="AuditChain.Genesis"/>.</summary>
    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>
    /// Gives the entry its place in the chain. Done once, by the data layer, in the same
    /// transaction that saves the entry.
    /// </summary>
    public void Seal(long sequence, string previousHash)
    {
        if (IsSealed)
        {
            throw new InvalidOperationException("An audit entry is sealed once.");
        }

        Sequence = sequence;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>SHA-256 over the previous hash and every field, in a fixed canonical form.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            PreviousHash,
            Sequence.ToString(CultureInfo.InvariantCulture),
            InstantPattern.ExtendedIso.Format(At),
            UserId ?? "",
            UserName,
            OrganisationId?.ToString() ?? "",
            Role,
            Action.ToString(),
            EntityType,
            EntityId,
            PatientId?.ToString() ?? "",
            Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Read,

    /// <summary>A patient's data was asked for by someone outside the patient's organisations and not shown.</summary>
    ReadDenied,
    Export,
    SignIn,
    SignInFailed,

    /// <summary>A change that was asked for and refused (malformed, taken, not allowed, still referenced, a second first
    /// administrator, a used link, a role to oneself); nothing was saved.</summary>
    Refused,
}
