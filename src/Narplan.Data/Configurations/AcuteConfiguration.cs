namespace Narplan.Data.Configurations;

internal sealed class AcuteContactConfiguration : IEntityTypeConfiguration<AcuteContact>
{
    public void Configure(EntityTypeBuilder<AcuteContact> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        builder.Property(c => c.NurseName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(AcuteContact.MaxTextLength).IsRequired();
        builder.Property(c => c.ExclusionSymptoms).HasMaxLength(AcuteContact.MaxTextLength);
        builder.Property(c => c.PatientWishes).HasMaxLength(AcuteContact.MaxTextLength);
        builder.Property(c => c.Background).HasMaxLength(AcuteContact.MaxTextLength);
        builder.Property(c => c.LaterVisitReason).HasMaxLength(AcuteContact.MaxTextLength);
        builder.Property(c => c.ResponderName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ResponderPhone).HasMaxLength(40);
        builder.Property(c => c.Temperature).HasPrecision(4, 1);
        builder.Ignore(c => c.TriggersMet);
        builder.Property<List<string>>("_triggersMet").HasColumnName(nameof(AcuteContact.TriggersMet))
            .HasConversion(JsonList<string>.Converter, JsonList<string>.Comparer).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Vitals);
        builder.Ignore(c => c.DecisionSupport);
        builder.Ignore(c => c.Promises);
        builder.Ignore(c => c.Times);
        builder.Ignore(c => c.AssessedAt);
        builder.Ignore(c => c.LatestUnplannedVisitDate);
        builder.Ignore(c => c.CalledOn);
        builder.HasOne<Patient>().WithManyByKey(c => c.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<CareUnit>().WithManyByKey(c => c.CareUnitId, DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CareUnitId, c.CalledAt });
        builder.HasIndex(c => new { c.PatientId, c.CalledAt });
    }
}
