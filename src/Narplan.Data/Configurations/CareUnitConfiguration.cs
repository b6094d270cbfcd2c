namespace Narplan.Data.Configurations;

internal sealed class CareUnitConfiguration : IEntityTypeConfiguration<CareUnit>
{
    public void Configure(EntityTypeBuilder<CareUnit> builder)
    {
        builder.HasAssignedKey(u => u.Id);
        builder.HasRequiredText(200, u => u.Name);
        builder.HasText(300, u => u.Address);
        builder.HasOne<Kommun>().WithManyByKey(u => u.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.KommunId, u.Name }).IsUnique();
        // GET /api/v1/units?type=… (and ?type=…&kommun=…) filters and counts in the database (issue 23 item 2).
        builder.HasIndex(u => new { u.Type, u.KommunId });
        builder.HasChildren(u => u.Responsibilities, r => r.CareUnitId).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitResponsibilityConfiguration : IEntityTypeConfiguration<UnitResponsibility>
{
    public void Configure(EntityTypeBuilder<UnitResponsibility> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasText(30, r => r.DirectPhone);
        builder.HasOne<RegionalUnit>().WithManyByKey(r => r.CareCentreId, DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithManyByKey(r => r.RegularDoctorId, DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithManyByKey(r => r.SecondRegularDoctorId, DeleteBehavior.Restrict);
        builder.Ignore(r => r.RegularDoctorIds);
        builder.HasIndex(r => new { r.CareUnitId, r.ValidFrom }).IsUnique();
    }
}

internal sealed class PreschoolConfiguration : IEntityTypeConfiguration<Preschool>
{
    public void Configure(EntityTypeBuilder<Preschool> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.HasRequiredText(200, p => p.Name);
        builder.HasOne<Kommun>().WithManyByKey(p => p.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(p => p.ChildHealthCentreId, DeleteBehavior.Restrict);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.HasRequiredText(200, p => p.Name);
        builder.HasText(200, p => p.Title);
        builder.HasText(30, p => p.Phone);
        builder.HasText(HsaId.MaxLength, p => p.HsaId);
        builder.HasIndex(p => p.HsaId).IsUnique();
        builder.HasOne<Organisation>().WithManyByKey(p => p.OrganisationId, DeleteBehavior.Restrict);
    }
}
