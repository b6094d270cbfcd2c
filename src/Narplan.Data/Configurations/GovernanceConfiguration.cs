namespace Narplan.Data.Configurations;

internal sealed class GovernanceBodyConfiguration : IEntityTypeConfiguration<GovernanceBody>
{
    public void Configure(EntityTypeBuilder<GovernanceBody> builder)
    {
        builder.HasAssignedKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(GovernanceBody.MaxNameLength);
        builder.Property(b => b.KommunCode).HasMaxLength(4);
        builder.Property(b => b.Question).HasMaxLength(GovernanceBody.MaxTextLength);
        builder.Property(b => b.Deliverables).HasMaxLength(GovernanceBody.MaxTextLength);
        builder.Property(b => b.UserParticipation).HasMaxLength(GovernanceBody.MaxTextLength);
        builder.Property(b => b.Version).IsConcurrencyToken();
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
        builder.Property(m => m.PersonName).HasMaxLength(BodyMembership.MaxTextLength);
        builder.Property(m => m.Organisation).HasMaxLength(BodyMembership.MaxTextLength);
        builder.Property(m => m.Seat).HasMaxLength(BodyMembership.MaxTextLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BodyId, m.From });
    }
}

internal sealed class ChairTermRecordConfiguration : IEntityTypeConfiguration<ChairTermRecord>
{
    public void Configure(EntityTypeBuilder<ChairTermRecord> builder)
    {
        builder.HasAssignedKey(t => t.Id);
        builder.Property(t => t.ChairName).HasMaxLength(BodyMembership.MaxTextLength);
        builder.Property(t => t.ViceName).HasMaxLength(BodyMembership.MaxTextLength);
        builder.HasOne<GovernanceBody>().WithManyByKey(t => t.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.BodyId, t.FirstYear }).IsUnique();
    }
}

internal sealed class GovernanceMeetingConfiguration : IEntityTypeConfiguration<GovernanceMeeting>
{
    public void Configure(EntityTypeBuilder<GovernanceMeeting> builder)
    {
        builder.HasAssignedKey(m => m.Id);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Agenda).HasMaxLength(GovernanceMeeting.MaxTextLength);
        builder.Property(m => m.Minutes).HasMaxLength(GovernanceMeeting.MaxTextLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.BodyId, DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.BodyId, m.Start });
    }
}

internal sealed class GovernanceMatterConfiguration : IEntityTypeConfiguration<GovernanceMatter>
{
    public void Configure(EntityTypeBuilder<GovernanceMatter> builder)
    {
        builder.HasAssignedKey(m => m.Id);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Description).HasMaxLength(GovernanceMatter.MaxTextLength);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne<SubRegion>().WithManyByKey(m => m.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.RaisedByBodyId, DeleteBehavior.Restrict);
        builder.HasOne<GovernanceBody>().WithManyByKey(m => m.AssignedBodyId, DeleteBehavior.Restrict);
        builder.HasMany(m => m.Steps).WithOne().HasForeignKey(s => s.MatterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Steps).HasField("_steps");
    }
}

internal sealed class MatterStepConfiguration : IEntityTypeConfiguration<MatterStep>
{
    public void Configure(EntityTypeBuilder<MatterStep> builder)
    {
        builder.HasAssignedKey(s => s.Id);
        builder.Property(s => s.Text).HasMaxLength(GovernanceMatter.MaxTextLength);
        builder.HasOne<GovernanceBody>().WithManyByKey(s => s.BodyId, DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.MatterId, s.Number }).IsUnique();
    }
}

internal sealed class ConferenceDecisionConfiguration : IEntityTypeConfiguration<ConferenceDecision>
{
    public void Configure(EntityTypeBuilder<ConferenceDecision> builder)
    {
        builder.HasAssignedKey(d => d.Id);
        builder.Property(d => d.Theme).HasMaxLength(200);
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
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<SubRegion>().WithManyByKey(a => a.SubRegionId, DeleteBehavior.Cascade);
        builder.HasIndex(a => a.SubRegionId).IsUnique();
        builder.HasMany(a => a.Notices).WithOne().HasForeignKey(n => n.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Notices).HasField("_notices");
    }
}

internal sealed class AgreementNoticeRecordConfiguration : IEntityTypeConfiguration<AgreementNoticeRecord>
{
    public void Configure(EntityTypeBuilder<AgreementNoticeRecord> builder)
    {
        builder.HasAssignedKey(n => n.Id);
        builder.Property(n => n.Party).HasMaxLength(200);
    }
}

internal sealed class PopulationVersionConfiguration : IEntityTypeConfiguration<PopulationVersion>
{
    public void Configure(EntityTypeBuilder<PopulationVersion> builder)
    {
        builder.HasAssignedKey(v => v.Id);
        builder.Property(v => v.Source).HasMaxLength(300);
        builder.Ignore(v => v.Populations);
        builder.HasOne<SubRegion>().WithManyByKey(v => v.SubRegionId, DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.SubRegionId, v.ReferenceDate });
        builder.HasMany(v => v.Rows).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Rows).HasField("_rows");
    }
}

internal sealed class PopulationRowConfiguration : IEntityTypeConfiguration<PopulationRow>
{
    public void Configure(EntityTypeBuilder<PopulationRow> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.Property(r => r.KommunCode).HasMaxLength(4);
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.HasIndex(r => new { r.VersionId, r.KommunCode }).IsUnique();
    }
}

internal sealed class CostSplitBudgetConfiguration : IEntityTypeConfiguration<CostSplitBudget>
{
    public void Configure(EntityTypeBuilder<CostSplitBudget> builder)
    {
        builder.HasAssignedKey(b => b.Id);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne<SubRegion>().WithManyByKey(b => b.SubRegionId, DeleteBehavior.Cascade);
        builder.HasOne<PopulationVersion>().WithManyByKey(b => b.PopulationVersionId, DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.SubRegionId, b.Year }).IsUnique();
        builder.HasMany(b => b.Parts).WithOne().HasForeignKey(p => p.BudgetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Parts).HasField("_parts");
    }
}

internal sealed class CostSplitPartConfiguration : IEntityTypeConfiguration<CostSplitPart>
{
    public void Configure(EntityTypeBuilder<CostSplitPart> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.Property(p => p.KommunCode).HasMaxLength(4);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => new { p.BudgetId, p.KommunCode }).IsUnique();
    }
}
