using Narplan.Domain.PlaceReports;

namespace Narplan.Data.Configurations;

/// <summary>The monthly place report's "marked sent" per kommun and month (issue 20 item 4; decision 0083).</summary>
internal sealed class PlaceReportSubmissionConfiguration : IEntityTypeConfiguration<PlaceReportSubmission>
{
    public void Configure(EntityTypeBuilder<PlaceReportSubmission> builder)
    {
        builder.ToTable("PlaceReportSubmissions");
        builder.HasAssignedKey(s => s.Id);
        builder.HasRequiredText(PlaceReportSubmission.MaxNameLength, s => s.SentBy);
        builder.Ignore(s => s.Month);
        builder.HasOne<Kommun>().WithManyByKey(s => s.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.KommunId, s.CountedOn }).IsUnique();
    }
}
