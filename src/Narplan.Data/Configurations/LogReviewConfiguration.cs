namespace Narplan.Data.Configurations;

/// <summary>A monthly log review owns its marks (one table each; the marks have no life outside their review).</summary>
internal sealed class LogReviewConfiguration : IEntityTypeConfiguration<LogReview>
{
    public void Configure(EntityTypeBuilder<LogReview> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasIndex(r => new { r.OrganisationId, r.Year, r.Month }).IsUnique();
        builder.HasText(200, r => r.CompletedBy);
        builder.HasText(LogReview.MaxTextLength, r => r.Summary);
        builder.Ignore(r => r.YearMonth);
        builder.Ignore(r => r.IsCompleted);
        builder.OwnsMany(r => r.Marks, marks =>
        {
            marks.InOwnTable("LogReviewMarks", "LogReviewId");
            marks.HasIndex("LogReviewId", nameof(LogReviewMark.AuditEntryId)).IsUnique();
            marks.HasText(LogReview.MaxTextLength, m => m.Comment);
            marks.HasText(200, m => m.ReviewerName);
        });
        builder.Navigation(r => r.Marks).HasField("_marks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
