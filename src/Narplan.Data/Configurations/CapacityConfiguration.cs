using Narplan.Domain.Capacity;

namespace Narplan.Data.Configurations;

/// <summary>A unit's dated place history (issue 19 item 5); the unit's other facts are in <see cref="CareUnitConfiguration"/>.</summary>
internal sealed class CareUnitPlacesConfiguration : IEntityTypeConfiguration<CareUnit>
{
    public void Configure(EntityTypeBuilder<CareUnit> builder)
    {
        builder.HasChildren(u => u.PlacePeriods, p => p.CareUnitId).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitPlacesPeriodConfiguration : IEntityTypeConfiguration<UnitPlacesPeriod>
{
    public void Configure(EntityTypeBuilder<UnitPlacesPeriod> builder)
    {
        builder.ToTable("UnitPlacesPeriods");
        builder.HasAssignedKey(p => p.Id);
        builder.HasIndex(p => new { p.CareUnitId, p.ValidFrom }).IsUnique();
    }
}

internal sealed class CapacityNoticeConfiguration : IEntityTypeConfiguration<CapacityNotice>
{
    public void Configure(EntityTypeBuilder<CapacityNotice> builder)
    {
        builder.ToTable("CapacityNotices");
        builder.HasAssignedKey(n => n.Id);
        builder.HasRequiredText(200, n => n.GivenBy);
        builder.HasText(200, n => n.AcknowledgedBy);
        builder.HasText(CapacityNotice.MaxNoteLength, n => n.Note);
        builder.Ignore(n => n.IsAcknowledged);
        builder.HasOne<CareUnit>().WithManyByKey(n => n.CareUnitId, DeleteBehavior.Cascade);
        builder.HasOne<Kommun>().WithManyByKey(n => n.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(n => n.CareCentreId, DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CareCentreId, n.AcknowledgedAt });
    }
}
