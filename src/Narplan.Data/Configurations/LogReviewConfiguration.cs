namespace Narplan.Data.Configurations;

/// <summary>A monthly log review owns its marks (one table each; the marks have no life outside their review).</summary>
internal sealed class LogReviewConfiguration : IEntityTypeConfiguration<LogReview>
{
    public void Configure(EntityTypeBuilder<LogReview> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasIndex(r => new { r.OrganisationId, r.Year, r.Month }).IsUnique();
        builder.Property(r => r.CompletedBy).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(LogReview.MaxTextLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.YearMonth);
        builder.Ignore(r => r.IsCompleted);
        builder.OwnsMany(r => r.Marks, marks =>
        {
            marks.ToTable("LogReviewMarks");
            marks.WithOwner().HasForeignKey("LogReviewId");
            marks.HasKey(m => m.Id);
            marks.Property(m => m.Id).ValueGeneratedNever();
            marks.HasIndex("LogReviewId", nameof(LogReviewMark.AuditEntryId)).IsUnique();
            marks.Property(m => m.Comment).HasMaxLength(LogReview.MaxTextLength);
            marks.Property(m => m.ReviewerName).HasMaxLength(200);
        });
        builder.Navigation(r => r.Marks).HasField("_marks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
