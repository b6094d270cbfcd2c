namespace Narplan.Data.Configurations;

internal sealed class AcuteContactConfiguration : IEntityTypeConfiguration<AcuteContact>
{
    public void Configure(EntityTypeBuilder<AcuteContact> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(200, c => c.NurseName, c => c.ResponderName);
        builder.HasRequiredText(AcuteContact.MaxTextLength, c => c.Reason);
        builder.HasText(AcuteContact.MaxTextLength, c => c.ExclusionSymptoms, c => c.PatientWishes, c => c.Background, c => c.LaterVisitReason);
        builder.HasText(40, c => c.ResponderPhone);
        builder.Property(c => c.Temperature).HasPrecision(4, 1);
        builder.Ignore(c => c.TriggersMet);
        builder.Property<List<string>>("_triggersMet").HasColumnName(nameof(AcuteContact.TriggersMet))
            .HasConversion(JsonList<string>.Converter, JsonList<string>.Comparer).IsRequired();
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
