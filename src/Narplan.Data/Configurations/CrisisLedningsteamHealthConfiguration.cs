using Narplan.Domain.Crisis;
using Narplan.Domain.HealthPromotion;
using Narplan.Domain.Ledningsteam;

namespace Narplan.Data.Configurations;

/// <summary>Crisis contacts, ledningsteam meetings, kompetensutveckling and health promotion (issue 19 items 6–8).</summary>
internal sealed class CrisisContactPlanConfiguration : IEntityTypeConfiguration<CrisisContactPlan>
{
    public void Configure(EntityTypeBuilder<CrisisContactPlan> builder)
    {
        builder.ToTable("CrisisContactPlans");
        builder.HasAssignedKey(p => p.Id);
        builder.Property(p => p.ChiefTitle).HasMaxLength(CrisisContactPlan.MaxTextLength).IsRequired();
        builder.Property(p => p.ChiefName).HasMaxLength(CrisisContactPlan.MaxTextLength).IsRequired();
        builder.Property(p => p.ChiefPhone).HasMaxLength(CrisisContactPlan.MaxTextLength);
        builder.Property(p => p.OutsideOfficeName).HasMaxLength(CrisisContactPlan.MaxTextLength).IsRequired();
        builder.Property(p => p.OutsideOfficePhone).HasMaxLength(CrisisContactPlan.MaxTextLength).IsRequired();
        builder.Property(p => p.Substitutes)
            .HasConversion(PlanJson.Converter<IReadOnlyList<CrisisSubstitute>>(), PlanJson.Comparer<IReadOnlyList<CrisisSubstitute>>()).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Chain);
        builder.HasOne<Kommun>().WithManyByKey(p => p.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(p => p.KommunId).IsUnique();
    }
}

internal sealed class CrisisAbsenceConfiguration : IEntityTypeConfiguration<CrisisAbsence>
{
    public void Configure(EntityTypeBuilder<CrisisAbsence> builder)
    {
        builder.ToTable("CrisisAbsences");
        builder.HasAssignedKey(a => a.Id);
        builder.Property(a => a.PersonName).HasMaxLength(CrisisContactPlan.MaxTextLength).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(CrisisAbsence.MaxNoteLength);
        builder.HasOne<Kommun>().WithManyByKey(a => a.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.LastDay });
    }
}

internal sealed class LedningsteamMeetingConfiguration : IEntityTypeConfiguration<LedningsteamMeeting>
{
    public void Configure(EntityTypeBuilder<LedningsteamMeeting> builder)
    {
        builder.ToTable("LedningsteamMeetings");
        builder.HasAssignedKey(m => m.Id);
        builder.Property(m => m.Participants).HasMaxLength(LedningsteamMeeting.MaxTextLength).IsRequired();
        builder.Property(m => m.Notes).HasMaxLength(LedningsteamMeeting.MaxTextLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<CareUnit>().WithManyByKey(m => m.CareUnitId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(m => m.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.CareUnitId, m.On });
        builder.HasIndex(m => new { m.KommunId, m.On });
    }
}

internal sealed class CompetenceAssessmentConfiguration : IEntityTypeConfiguration<CompetenceAssessment>
{
    public void Configure(EntityTypeBuilder<CompetenceAssessment> builder)
    {
        builder.ToTable("CompetenceAssessments");
        builder.HasAssignedKey(a => a.Id);
        builder.Property(a => a.Participants).HasMaxLength(CompetenceAssessment.MaxTextLength).IsRequired();
        builder.Property(a => a.Needs).HasMaxLength(CompetenceAssessment.MaxTextLength).IsRequired();
        builder.Property(a => a.Trainings)
            .HasConversion(PlanJson.Converter<IReadOnlyList<PlannedTraining>>(), PlanJson.Comparer<IReadOnlyList<PlannedTraining>>()).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Kommun>().WithManyByKey(a => a.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.ForYear }).IsUnique();
    }
}

internal sealed class HealthPromotionActivityConfiguration : IEntityTypeConfiguration<HealthPromotionActivity>
{
    public void Configure(EntityTypeBuilder<HealthPromotionActivity> builder)
    {
        builder.ToTable("HealthPromotionActivities");
        builder.HasAssignedKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Responsible).HasMaxLength(200);
        builder.Property(a => a.Note).HasMaxLength(HealthPromotionActivity.MaxTextLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Week);
        builder.HasOne<Kommun>().WithManyByKey(a => a.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.FirstDay });
    }
}
