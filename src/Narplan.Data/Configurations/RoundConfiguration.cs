using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.People;
using Narplan.Domain.Places;
using Narplan.Domain.Rounds;

namespace Narplan.Data.Configurations;

internal sealed class RoundSeriesConfiguration : IEntityTypeConfiguration<RoundSeries>
{
    public void Configure(EntityTypeBuilder<RoundSeries> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Location).HasMaxLength(200);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.Length);
        builder.Ignore(s => s.Schedule);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(s => s.CareUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.DoctorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RoundSeries>().WithMany().HasForeignKey(s => s.PreviousSeriesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.CareUnitId);
    }
}

internal sealed class RoundOccurrenceRecordConfiguration : IEntityTypeConfiguration<RoundOccurrenceRecord>
{
    public void Configure(EntityTypeBuilder<RoundOccurrenceRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Agenda).HasMaxLength(RoundOccurrenceRecord.MaxAgendaLength);
        builder.Property(r => r.CancelNote).HasMaxLength(RoundOccurrenceRecord.MaxNoteLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<RoundSeries>().WithMany().HasForeignKey(r => r.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.SeriesId, r.OriginalDate }).IsUnique();
    }
}

internal sealed class RoundFeedLinkConfiguration : IEntityTypeConfiguration<RoundFeedLink>
{
    public void Configure(EntityTypeBuilder<RoundFeedLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64).IsRequired();
        builder.Ignore(l => l.IsActive);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.PersonId);
    }
}
