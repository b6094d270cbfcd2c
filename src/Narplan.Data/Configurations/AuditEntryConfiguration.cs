namespace Narplan.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasAssignedKey(e => e.Id);
        // A unique sequence means two writers can never both append entry N: the chain cannot fork.
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.PatientId);
        // A user's own recent reads (the start page's "senaste patienter") without walking every row since the window
        // opened: on a national log each patient list writes hundreds of read rows a minute (issue 23 item 2).
        builder.HasIndex(e => new { e.UserId, e.At });
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasText(64, e => e.UserId, e => e.PreviousHash, e => e.Hash);
        builder.HasText(200, e => e.UserName);
        builder.HasText(60, e => e.Role);
        builder.HasText(80, e => e.EntityType, e => e.EntityId);
        builder.HasText(4000, e => e.Details);
        builder.Ignore(e => e.IsSealed);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<Identity.NarplanUser>
{
    public void Configure(EntityTypeBuilder<Identity.NarplanUser> builder)
    {
        builder.HasText(200, u => u.DisplayName);
        builder.HasOne<Domain.Organisations.Organisation>().WithManyByKey(u => u.OrganisationId, DeleteBehavior.Restrict);
        builder.HasOne<Domain.People.Person>().WithManyByKey(u => u.PersonId, DeleteBehavior.Restrict);
        builder.HasIndex(u => u.PersonId);
    }
}

internal sealed class UserRoleAssignmentConfiguration : IEntityTypeConfiguration<Identity.UserRoleAssignment>
{
    public void Configure(EntityTypeBuilder<Identity.UserRoleAssignment> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasText(450, a => a.UserId);
        builder.HasText(200, a => a.GrantedBy);
        builder.HasIndex(a => new { a.UserId, a.OrganisationId, a.Role }).IsUnique();
        builder.HasOne<Identity.NarplanUser>().WithManyByKey(a => a.UserId, DeleteBehavior.Cascade);
        builder.HasOne<Domain.Organisations.Organisation>().WithManyByKey(a => a.OrganisationId, DeleteBehavior.Restrict);
    }
}

internal sealed class AccountLinkConfiguration : IEntityTypeConfiguration<Identity.AccountLink>
{
    public void Configure(EntityTypeBuilder<Identity.AccountLink> builder)
    {
        builder.HasAssignedKey(l => l.Id);
        builder.HasText(64, l => l.TokenHash);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasText(450, l => l.UserId);
        builder.HasText(200, l => l.CreatedBy);
        builder.HasOne<Identity.NarplanUser>().WithManyByKey(l => l.UserId, DeleteBehavior.Cascade);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        // Two instances sealing the same head: the second insert is refused and it keeps the first.
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.HasText(64, c => c.Hash, c => c.Mac);
        builder.HasText(16, c => c.KeyId);
    }
}
