namespace Narplan.Data.Configurations;

internal sealed class GovernanceBodyConfiguration : IEntityTypeConfiguration<GovernanceBody>
{
    public void Configure(EntityTypeBuilder<GovernanceBody> builder)
    {
        builder.HasAssignedKey(b => b.Id);
        builder.HasText(GovernanceBody.MaxNameLength, b => b.Name);
        builder.HasText(4, b => b.KommunCode);
        builder.HasText(GovernanceBody.MaxTextLength, b => b.Question, b => b.Deliverables, b => b.UserParticipation);
        builder.Ignore(b => b.Assignment);
        builder.HasOne<SubRegion>().WithManyByKey(b => b.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<GovernanceBody>().WithManyByKey(b => b.ParentBodyId, DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SubRegionId, b.Kind });
    }
}

internal sealed class BodyMembershipConfiguration : IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<BodyMembership> builder)
    {
        builder.HasAssignedKey(m => m.Id);
        builder.HasText(BodyMembership.MaxTextLength, m => m.PersonName, m => m.Organisation, m => m.Seat);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BodyId, m.From });
    }
}

internal sealed class ChairTermRecordConfiguration : IEntityTypeConfiguration<ChairTermRecord>
{
    public void Configure(EntityTypeBuilder<ChairTermRecord> builder)
    {
        builder.HasAssignedKey(t => t.Id);
        builder.HasText(BodyMembership.MaxTextLength, t => t.ChairName, t => t.ViceName);
        builder.HasOne<GovernanceBody>().WithManyByKey(t => t.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.BodyId, t.FirstYear }).IsUnique();
    }
}

internal sealed class GovernanceMeetingConfiguration : IEntityTypeConfiguration<GovernanceMeeting>
{
    public void Configure(EntityTypeBuilder<GovernanceMeeting> builder)
    {
        builder.HasAssignedKey(m => m.Id);
        builder.HasText(200, m => m.Place);
        builder.HasText(GovernanceMeeting.MaxTextLength, m => m.Agenda, m => m.Minutes);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BodyId, m.Start });
    }
}

internal sealed class GovernanceMatterConfiguration : IEntityTypeConfiguration<GovernanceMatter>
{
    public void Configure(EntityTypeBuilder<GovernanceMatter> builder)
    {
        builder.HasAssignedKey(m => m.Id);
        builder.HasText(200, m => m.Title);
        builder.HasText(GovernanceMatter.MaxTextLength, m => m.Description);
        builder.HasOne<SubRegion>().WithManyByKey(m => m.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.RaisedByBodyId, DeleteBehavior.Restrict);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.AssignedBodyId, DeleteBehavior.Restrict);
        builder.HasChildren(m => m.Steps, s => s.MatterId);
    }
}

internal sealed class MatterStepConfiguration : IEntityTypeConfiguration<MatterStep>
{
    public void Configure(EntityTypeBuilder<MatterStep> builder)
    {
        builder.HasAssignedKey(s => s.Id);
        builder.HasText(GovernanceMatter.MaxTextLength, s => s.Text);
        builder.HasOne<GovernanceBody>().WithManyByKey(s => s.BodyId, DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MatterId, s.Number }).IsUnique();
    }
}

internal sealed class ConferenceDecisionConfiguration : IEntityTypeConfiguration<ConferenceDecision>
{
    public void Configure(EntityTypeBuilder<ConferenceDecision> builder)
    {
        builder.HasAssignedKey(d => d.Id);
        builder.HasText(200, d => d.Theme);
        builder.HasOne<SubRegion>().WithManyByKey(d => d.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<GovernanceBody>().WithManyByKey(d => d.DecidedByBodyId, DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.SubRegionId, d.Year }).IsUnique();
    }
}

internal sealed class AgreementRecordConfiguration : IEntityTypeConfiguration<AgreementRecord>
{
    public void Configure(EntityTypeBuilder<AgreementRecord> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasText(200, a => a.Name);
        builder.HasOne<SubRegion>().WithManyByKey(a => a.SubRegionId, DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SubRegionId).IsUnique();
        builder.HasChildren(a => a.Notices, n => n.AgreementId);
    }
}

internal sealed class AgreementNoticeRecordConfiguration : IEntityTypeConfiguration<AgreementNoticeRecord>
{
    public void Configure(EntityTypeBuilder<AgreementNoticeRecord> builder)
    {
        builder.HasAssignedKey(n => n.Id);
        builder.HasText(200, n => n.Party);
    }
}

internal sealed class PopulationVersionConfiguration : IEntityTypeConfiguration<PopulationVersion>
{
    public void Configure(EntityTypeBuilder<PopulationVersion> builder)
    {
        builder.HasAssignedKey(v => v.Id);
        builder.HasText(300, v => v.Source);
        builder.Ignore(v => v.Populations);
        builder.HasOne<SubRegion>().WithManyByKey(v => v.SubRegionId, DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SubRegionId, v.ReferenceDate });
        builder.HasChildren(v => v.Rows, r => r.VersionId);
    }
}

internal sealed class PopulationRowConfiguration : IEntityTypeConfiguration<PopulationRow>
{
    public void Configure(EntityTypeBuilder<PopulationRow> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasText(4, r => r.KommunCode);
        builder.HasText(100, r => r.Name);
        builder.HasIndex(r => new { r.VersionId, r.KommunCode }).IsUnique();
    }
}

internal sealed class CostSplitBudgetConfiguration : IEntityTypeConfiguration<CostSplitBudget>
{
    public void Configure(EntityTypeBuilder<CostSplitBudget> builder)
    {
        builder.HasAssignedKey(b => b.Id);
        builder.HasOne<SubRegion>().WithManyByKey(b => b.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<PopulationVersion>().WithManyByKey(b => b.PopulationVersionId, DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SubRegionId, b.Year }).IsUnique();
        builder.HasChildren(b => b.Parts, p => p.BudgetId);
    }
}

internal sealed class CostSplitPartConfiguration : IEntityTypeConfiguration<CostSplitPart>
{
    public void Configure(EntityTypeBuilder<CostSplitPart> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.HasText(4, p => p.KommunCode);
        builder.HasText(100, p => p.Name);
        builder.HasIndex(p => new { p.BudgetId, p.KommunCode }).IsUnique();
    }
}
