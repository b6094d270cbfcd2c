using Narplan.Domain.SelfCare;

namespace Narplan.Data.Configurations;

internal sealed class SelfCareCertificateConfiguration : IEntityTypeConfiguration<SelfCareCertificate>
{
    public void Configure(EntityTypeBuilder<SelfCareCertificate> builder)
    {
        builder.ToTable("SelfCareCertificates");
        builder.HasAssignedKey(c => c.Id);
        builder.Property(c => c.WrittenBy).HasMaxLength(SelfCareCertificate.MaxNameLength).IsRequired();
        builder.Property(c => c.LastFollowUpBy).HasMaxLength(SelfCareCertificate.MaxNameLength);
        builder.Property(c => c.Covers).HasMaxLength(SelfCareCertificate.MaxCoversLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.FollowUpDueOn);
        builder.HasOne<Patient>().WithManyByKey(c => c.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(c => c.CareCentreId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CareCentreId, c.EndedOn });
        builder.HasIndex(c => new { c.KommunId, c.EndedOn });
    }
}
