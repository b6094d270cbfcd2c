namespace Narplan.Data.Configurations;

internal sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasText(AnnualReview.MaxTextLength, r => r.ChangeNote, r => r.TreatmentLimitations, r => r.PalliativeConsideration);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsLate);
        builder.HasOne<Patient>().WithManyByKey(r => r.PatientId, DeleteBehavior.Cascade);
        builder.HasOne<CareUnit>().WithManyByKey(r => r.CareUnitId, DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CareUnitId, r.Year });
        builder.HasIndex(r => new { r.PatientId, r.CareUnitId, r.Year }).IsUnique();
    }
}

internal sealed class ReviewTaskConfiguration : IEntityTypeConfiguration<ReviewTask>
{
    public void Configure(EntityTypeBuilder<ReviewTask> builder)
    {
        builder.HasAssignedKey(t => t.Id);
        builder.Ignore(t => t.IsDone);
        builder.HasOne<AnnualReview>().WithManyByKey(t => t.ReviewId, DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithManyByKey(t => t.OwnerPersonId, DeleteBehavior.SetNull);
        builder.HasIndex(t => new { t.ReviewId, t.Kind }).IsUnique();
        builder.HasIndex(t => new { t.OwnerPersonId, t.DueOn });
    }
}

internal sealed class KommunVacationSettingConfiguration : IEntityTypeConfiguration<KommunVacationSetting>
{
    public void Configure(EntityTypeBuilder<KommunVacationSetting> builder)
    {
        builder.HasKey(s => s.KommunId);
        builder.HasText(5, s => s.WinterFrom, s => s.WinterTo);
        builder.HasOne<Kommun>().WithOne().HasForeignKey<KommunVacationSetting>(s => s.KommunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionReviewSettingConfiguration : IEntityTypeConfiguration<RegionReviewSetting>
{
    public void Configure(EntityTypeBuilder<RegionReviewSetting> builder)
    {
        builder.HasAssignedKey(s => s.Id);
        builder.HasOne<Region>().WithManyByKey(s => s.RegionId, DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegionId, s.ValidFrom }).IsUnique();
    }
}

internal sealed class UnitReviewCapacityConfiguration : IEntityTypeConfiguration<UnitReviewCapacity>
{
    public void Configure(EntityTypeBuilder<UnitReviewCapacity> builder)
    {
        builder.HasKey(s => s.CareUnitId);
        builder.HasOne<CareUnit>().WithOne().HasForeignKey<UnitReviewCapacity>(s => s.CareUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContactTimeConfiguration : IEntityTypeConfiguration<ContactTime>
{
    public void Configure(EntityTypeBuilder<ContactTime> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(ContactTime.MaxPlaceLength, c => c.Place);
        builder.HasOne<RegionalUnit>().WithManyByKey(c => c.CareCentreId, DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithManyByKey(c => c.DoctorId, DeleteBehavior.SetNull);
        builder.HasOne<CareUnit>().WithManyByKey(c => c.CareUnitId, DeleteBehavior.Cascade);
        builder.HasIndex(c => c.CareCentreId);
    }
}

internal sealed class YearPlanRunConfiguration : IEntityTypeConfiguration<YearPlanRun>
{
    public void Configure(EntityTypeBuilder<YearPlanRun> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasRequiredText(500, r => r.Settings);
        builder.Property(r => r.Slots).IsRequired();
        builder.HasOne<CareUnit>().WithManyByKey(r => r.CareUnitId, DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CareUnitId, r.Year }).IsUnique();
    }
}
