namespace Narplan.Data.Configurations;

internal sealed class CareUnitConfiguration : IEntityTypeConfiguration<CareUnit>
{
    public void Configure(EntityTypeBuilder<CareUnit> builder)
    {
        builder.HasAssignedKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(200).IsRequired();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Property(u => u.Address).HasMaxLength(300);
        builder.HasOne<Kommun>().WithManyByKey(u => u.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.KommunId, u.Name }).IsUnique();
        // GET /api/v1/units?type=… (and ?type=…&kommun=…) filters and counts in the database (issue 23 item 2).
        builder.HasIndex(u => new { u.Type, u.KommunId });
        builder.HasMany(u => u.Responsibilities).WithOne().HasForeignKey(r => r.CareUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Responsibilities).HasField("_responsibilities").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitResponsibilityConfiguration : IEntityTypeConfiguration<UnitResponsibility>
{
    public void Configure(EntityTypeBuilder<UnitResponsibility> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.Property(r => r.DirectPhone).HasMaxLength(30);
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
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasOne<Kommun>().WithManyByKey(p => p.KommunId, DeleteBehavior.Restrict);
        builder.HasOne<RegionalUnit>().WithManyByKey(p => p.ChildHealthCentreId, DeleteBehavior.Restrict);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasAssignedKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(30);
        builder.Property(p => p.HsaId).HasMaxLength(HsaId.MaxLength);
        builder.HasIndex(p => p.HsaId).IsUnique();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithManyByKey(p => p.OrganisationId, DeleteBehavior.Restrict);
    }
}
