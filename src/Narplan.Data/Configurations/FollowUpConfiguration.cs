using Narplan.Domain.FollowUp;

namespace Narplan.Data.Configurations;

/// <summary>Hand-entered follow-up counts (issue 20; decision 0080): one per kommun, kind and half-year.</summary>
internal sealed class FollowUpCountConfiguration : IEntityTypeConfiguration<FollowUpCount>
{
    public void Configure(EntityTypeBuilder<FollowUpCount> builder)
    {
        builder.ToTable("FollowUpCounts");
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(200, c => c.EnteredBy);
        builder.HasText(FollowUpCount.MaxNoteLength, c => c.Note);
        builder.Ignore(c => c.Period);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.KommunId, c.Kind, c.Year, c.IsAutumn }).IsUnique();
    }
}
