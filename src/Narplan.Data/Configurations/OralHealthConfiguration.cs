using Narplan.Domain.OralHealth;

namespace Narplan.Data.Configurations;

/// <summary>The oral health register (issue 19 item 3; decisions 0071, 0084).</summary>
internal sealed class OralHealthCertifierConfiguration : IEntityTypeConfiguration<OralHealthCertifier>
{
    public void Configure(EntityTypeBuilder<OralHealthCertifier> builder)
    {
        builder.ToTable("OralHealthCertifiers");
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(OralHealthCertifier.MaxNameLength, c => c.Name);
        builder.Ignore(c => c.TrainingValidThrough);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<CareUnit>().WithManyByKey(c => c.CareUnitId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.KommunId, c.CareUnitId });
    }
}

internal sealed class OralHealthRecordConfiguration : IEntityTypeConfiguration<OralHealthRecord>
{
    public void Configure(EntityTypeBuilder<OralHealthRecord> builder)
    {
        builder.ToTable("OralHealthRecords");
        builder.HasAssignedKey(r => r.Id);
        builder.HasRequiredText(OralHealthCertifier.MaxNameLength, r => r.CertifierName);
        builder.Ignore(r => r.AssessmentDueOn);
        builder.HasOne<Patient>().WithManyByKey(r => r.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(r => r.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<OralHealthCertifier>().WithManyByKey(r => r.CertifierId, DeleteBehavior.SetNull);
        builder.HasIndex(r => r.PatientId).IsUnique();
        builder.HasIndex(r => r.KommunId);
    }
}

internal sealed class OralHealthAssessmentConfiguration : IEntityTypeConfiguration<OralHealthAssessment>
{
    public void Configure(EntityTypeBuilder<OralHealthAssessment> builder)
    {
        builder.ToTable("OralHealthAssessments");
        builder.HasAssignedKey(a => a.Id);
        builder.Ignore(a => a.OnTime);
        builder.HasOne<OralHealthRecord>().WithManyByKey(a => a.RecordId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.AssessedOn });
    }
}
