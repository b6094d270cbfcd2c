using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.Audit;

namespace Narplan.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // A unique sequence means two writers can never both append entry N: the chain cannot fork.
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.PatientId);
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
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Two instances sealing the same head: the second insert is refused and it keeps the first.
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.Property(c => c.Hash).HasMaxLength(64);
        builder.Property(c => c.KeyId).HasMaxLength(16);
        builder.Property(c => c.Mac).HasMaxLength(64);
    }
}
