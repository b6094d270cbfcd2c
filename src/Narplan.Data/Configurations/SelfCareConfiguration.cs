using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.SelfCare;

namespace Narplan.Data.Configurations;

internal sealed class SelfCareCertificateConfiguration : IEntityTypeConfiguration<SelfCareCertificate>
{
    public void Configure(EntityTypeBuilder<SelfCareCertificate> builder)
    {
        builder.ToTable("SelfCareCertificates");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.WrittenBy).HasMaxLength(SelfCareCertificate.MaxNameLength).IsRequired();
        builder.Property(c => c.LastFollowUpBy).HasMaxLength(SelfCareCertificate.MaxNameLength);
        builder.Property(c => c.Covers).HasMaxLength(SelfCareCertificate.MaxCoversLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsActive);
        builder.Ignore(c => c.FollowUpDueOn);
        builder.HasOne<Patient>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithMany().HasForeignKey(c => c.KommunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(c => c.CareCentreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CareCentreId, c.EndedOn });
        builder.HasIndex(c => new { c.KommunId, c.EndedOn });
    }
}
