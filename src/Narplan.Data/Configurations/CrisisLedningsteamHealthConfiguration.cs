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
        builder.HasRequiredText(CrisisContactPlan.MaxTextLength, p => p.ChiefTitle, p => p.ChiefName, p => p.OutsideOfficeName, p => p.OutsideOfficePhone);
        builder.HasText(CrisisContactPlan.MaxTextLength, p => p.ChiefPhone);
        builder.Property(p => p.Substitutes)
            .HasConversion(PlanJson.Converter<IReadOnlyList<CrisisSubstitute>>(), PlanJson.Comparer<IReadOnlyList<CrisisSubstitute>>()).IsRequired();
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
        builder.HasRequiredText(CrisisContactPlan.MaxTextLength, a => a.PersonName);
        builder.HasText(CrisisAbsence.MaxNoteLength, a => a.Note);
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
        builder.HasRequiredText(LedningsteamMeeting.MaxTextLength, m => m.Participants);
        builder.HasText(LedningsteamMeeting.MaxTextLength, m => m.Notes);
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
        builder.HasRequiredText(CompetenceAssessment.MaxTextLength, a => a.Participants, a => a.Needs);
        builder.Property(a => a.Trainings)
            .HasConversion(PlanJson.Converter<IReadOnlyList<PlannedTraining>>(), PlanJson.Comparer<IReadOnlyList<PlannedTraining>>()).IsRequired();
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
        builder.HasRequiredText(200, a => a.Title);
        builder.HasText(200, a => a.Responsible);
        builder.HasText(HealthPromotionActivity.MaxTextLength, a => a.Note);
        builder.Ignore(a => a.Week);
        builder.HasOne<Kommun>().WithManyByKey(a => a.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.FirstDay });
    }
}
