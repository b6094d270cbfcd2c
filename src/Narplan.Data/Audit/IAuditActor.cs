namespace Narplan.Data.Audit;

/// <summary>Who is acting right now, as the audit log records it.</summary>
public sealed record AuditActor(string? UserId, string UserName, Guid? OrganisationId, string Role)
{
    /// <summary>Start-up work such as migrations and demo data.</summary>
    public static AuditActor System { get; } = new(null, "Närplan (system)", null, "System");
}

/// <summary>Supplies the current <see cref="AuditActor"/>: the signed-in user in the web app, the system elsewhere.</summary>
public interface IAuditActorAccessor
{
    AuditActor Current { get; }
}

public sealed class SystemAuditActorAccessor : IAuditActorAccessor
{
    public AuditActor Current => AuditActor.System;
}
