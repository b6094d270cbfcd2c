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
        builder.Property(e => e.UserId).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.Role).HasMaxLength(60);
        builder.Property(e => e.EntityType).HasMaxLength(80);
        builder.Property(e => e.EntityId).HasMaxLength(80);
        builder.Property(e => e.Details).HasMaxLength(4000);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.Ignore(e => e.IsSealed);
    }
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<Identity.NarplanUser>
{
    public void Configure(EntityTypeBuilder<Identity.NarplanUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
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
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.GrantedBy).HasMaxLength(200);
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
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.Property(l => l.UserId).HasMaxLength(450);
        builder.Property(l => l.CreatedBy).HasMaxLength(200);
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
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.KeyId).HasMaxLength(16);
        builder.Property(c => c.Mac).HasMaxLength(64);
    }
}
