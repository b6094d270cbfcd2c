using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.OralHealth;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;

namespace Narplan.Data.Configurations;

/// <summary>The oral health register (issue 19 item 3; decisions 0071, 0084).</summary>
internal sealed class OralHealthCertifierConfiguration : IEntityTypeConfiguration<OralHealthCertifier>
{
    public void Configure(EntityTypeBuilder<OralHealthCertifier> builder)
    {
        builder.ToTable("OralHealthCertifiers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(OralHealthCertifier.MaxNameLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.TrainingValidThrough);
        builder.HasOne<Kommun>().WithMany().HasForeignKey(c => c.KommunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(c => c.CareUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.KommunId, c.CareUnitId });
    }
}

internal sealed class OralHealthRecordConfiguration : IEntityTypeConfiguration<OralHealthRecord>
{
    public void Configure(EntityTypeBuilder<OralHealthRecord> builder)
    {
        builder.ToTable("OralHealthRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CertifierName).HasMaxLength(OralHealthCertifier.MaxNameLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.AssessmentDueOn);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithMany().HasForeignKey(r => r.KommunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OralHealthCertifier>().WithMany().HasForeignKey(r => r.CertifierId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.PatientId).IsUnique();
        builder.HasIndex(r => r.KommunId);
    }
}

internal sealed class OralHealthAssessmentConfiguration : IEntityTypeConfiguration<OralHealthAssessment>
{
    public void Configure(EntityTypeBuilder<OralHealthAssessment> builder)
    {
        builder.ToTable("OralHealthAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Ignore(a => a.OnTime);
        builder.HasOne<OralHealthRecord>().WithMany().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.AssessedOn });
    }
}
