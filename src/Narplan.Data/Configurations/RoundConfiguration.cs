namespace Narplan.Data.Configurations;

internal sealed class RoundSeriesConfiguration : IEntityTypeConfiguration<RoundSeries>
{
    public void Configure(EntityTypeBuilder<RoundSeries> builder)
    {
        builder.HasAssignedKey(s => s.Id);
        builder.HasText(200, s => s.Location);
        builder.Ignore(s => s.Length);
        builder.Ignore(s => s.Schedule);
        builder.HasOne<CareUnit>().WithManyByKey(s => s.CareUnitId, DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithManyByKey(s => s.DoctorId, DeleteBehavior.Restrict);
        builder.HasOne<RoundSeries>().WithManyByKey(s => s.PreviousSeriesId, DeleteBehavior.Restrict);
        builder.HasIndex(s => s.CareUnitId);
    }
}

internal sealed class RoundOccurrenceRecordConfiguration : IEntityTypeConfiguration<RoundOccurrenceRecord>
{
    public void Configure(EntityTypeBuilder<RoundOccurrenceRecord> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasText(RoundOccurrenceRecord.MaxAgendaLength, r => r.Agenda);
        builder.HasText(RoundOccurrenceRecord.MaxNoteLength, r => r.CancelNote);
        builder.HasOne<RoundSeries>().WithManyByKey(r => r.SeriesId, DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SeriesId, r.OriginalDate }).IsUnique();
    }
}

internal sealed class RoundFeedLinkConfiguration : IEntityTypeConfiguration<RoundFeedLink>
{
    public void Configure(EntityTypeBuilder<RoundFeedLink> builder)
    {
        builder.HasAssignedKey(l => l.Id);
        builder.HasRequiredText(64, l => l.TokenHash);
        builder.Ignore(l => l.IsActive);
        builder.HasOne<Person>().WithManyByKey(l => l.PersonId, DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.PersonId);
    }
}
