using Narplan.Domain.FollowUp;

namespace Narplan.Data.Configurations;

/// <summary>Hand-entered follow-up counts (issue 20; decision 0080): one per kommun, kind and half-year.</summary>
internal sealed class FollowUpCountConfiguration : IEntityTypeConfiguration<FollowUpCount>
{
    public void Configure(EntityTypeBuilder<FollowUpCount> builder)
    {
        builder.ToTable("FollowUpCounts");
        builder.HasAssignedKey(c => c.Id);
        builder.Property(c => c.EnteredBy).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Note).HasMaxLength(FollowUpCount.MaxNoteLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Period);
        builder.HasOne<Kommun>().WithManyByKey(c => c.KommunId, DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.KommunId, c.Kind, c.Year, c.IsAutumn }).IsUnique();
    }
}
