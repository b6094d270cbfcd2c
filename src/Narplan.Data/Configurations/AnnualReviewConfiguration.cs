using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.People;
using Narplan.Domain.Places;
using Narplan.Domain.YearPlans;

namespace Narplan.Data.Configurations;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ChangeNote).HasMaxLength(AnnualReview.MaxTextLength);
        builder.Property(r => r.TreatmentLimitations).HasMaxLength(AnnualReview.MaxTextLength);
        builder.Property(r => r.PalliativeConsideration).HasMaxLength(AnnualReview.MaxTextLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsLate);
        builder.HasOne<Patient>().WithMany().HasForeignKey(r => r.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(r => r.CareUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CareUnitId, r.Year });
        builder.HasIndex(r => new { r.PatientId, r.CareUnitId, r.Year }).IsUnique();
    }
}

internal sealed class ReviewTaskConfiguration : IEntityTypeConfiguration<ReviewTask>
{
    public void Configure(EntityTypeBuilder<ReviewTask> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsDone);
        builder.HasOne<AnnualReview>().WithMany().HasForeignKey(t => t.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.OwnerPersonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.ReviewId, t.Kind }).IsUnique();
        builder.HasIndex(t => new { t.OwnerPersonId, t.DueOn });
    }
}

internal sealed class KommunVacationSettingConfiguration : IEntityTypeConfiguration<KommunVacationSetting>
{
    public void Configure(EntityTypeBuilder<KommunVacationSetting> builder)
    {
        builder.HasKey(s => s.KommunId);
        builder.Property(s => s.WinterFrom).HasMaxLength(5);
        builder.Property(s => s.WinterTo).HasMaxLength(5);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Kommun>().WithOne().HasForeignKey<KommunVacationSetting>(s => s.KommunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionReviewSettingConfiguration : IEntityTypeConfiguration<RegionReviewSetting>
{
    public void Configure(EntityTypeBuilder<RegionReviewSetting> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegionId, s.ValidFrom }).IsUnique();
    }
}

internal sealed class UnitReviewCapacityConfiguration : IEntityTypeConfiguration<UnitReviewCapacity>
{
    public void Configure(EntityTypeBuilder<UnitReviewCapacity> builder)
    {
        builder.HasKey(s => s.CareUnitId);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<CareUnit>().WithOne().HasForeignKey<UnitReviewCapacity>(s => s.CareUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactTimeConfiguration : IEntityTypeConfiguration<ContactTime>
{
    public void Configure(EntityTypeBuilder<ContactTime> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Place).HasMaxLength(ContactTime.MaxPlaceLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<RegionalUnit>().WithMany().HasForeignKey(c => c.CareCentreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.DoctorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(c => c.CareUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CareCentreId);
    }
}

internal sealed class YearPlanRunConfiguration : IEntityTypeConfiguration<YearPlanRun>
{
    public void Configure(EntityTypeBuilder<YearPlanRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Settings).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Slots).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<CareUnit>().WithMany().HasForeignKey(r => r.CareUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CareUnitId, r.Year }).IsUnique();
    }
}
