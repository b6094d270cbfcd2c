namespace Narplan.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasAssignedKey(o => o.Id);
        builder.Property(o => o.Name).HasMaxLength(200).IsRequired();
        builder.Ignore(o => o.Kind);
        builder.HasDiscriminator<string>("Discriminator")
            .HasValue<Region>(nameof(OrganisationKind.Region))
            .HasValue<SubRegion>(nameof(OrganisationKind.SubRegion))
            .HasValue<Kommun>(nameof(OrganisationKind.Kommun))
            .HasValue<RegionalUnit>(nameof(OrganisationKind.RegionalUnit));
        builder.Property<string>("Discriminator").HasMaxLength(20);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.HsaId).HasMaxLength(HsaId.MaxLength);
        builder.HasIndex(o => o.HsaId).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.Property(r => r.ShortName).HasMaxLength(20);
    }
}

internal sealed class SubRegionConfiguration : IEntityTypeConfiguration<SubRegion>
{
    public void Configure(EntityTypeBuilder<SubRegion> builder)
    {
        builder.Property(s => s.RegionId).HasColumnName("RegionId");
        builder.HasOne<Region>().WithManyByKey(s => s.RegionId, DeleteBehavior.Restrict);
    }
}

internal sealed class KommunConfiguration : IEntityTypeConfiguration<Kommun>
{
    public void Configure(EntityTypeBuilder<Kommun> builder)
    {
        builder.Property(k => k.RegionId).HasColumnName("RegionId");
        builder.HasOne<Region>().WithManyByKey(k => k.RegionId, DeleteBehavior.Restrict);
        builder.HasOne<SubRegion>().WithManyByKey(k => k.SubRegionId, DeleteBehavior.Restrict);
        builder.Property(k => k.Code).HasMaxLength(4);
        builder.HasIndex(k => k.Code).IsUnique();
    }
}

internal sealed class RegionalUnitConfiguration : IEntityTypeConfiguration<RegionalUnit>
{
    public void Configure(EntityTypeBuilder<RegionalUnit> builder)
    {
        builder.Property(u => u.RegionId).HasColumnName("RegionId");
        builder.Property(u => u.Phone).HasMaxLength(30);
        builder.HasOne<Kommun>().WithManyByKey(u => u.KommunId, DeleteBehavior.Restrict);
    }
}
