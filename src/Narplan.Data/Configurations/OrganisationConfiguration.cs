namespace Narplan.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasAssignedKey(o => o.Id);
        builder.HasRequiredText(200, o => o.Name);
        builder.Ignore(o => o.Kind);
        builder.HasDiscriminator<string>("Discriminator")
            .HasValue<Region>(nameof(OrganisationKind.Region))
            .HasValue<SubRegion>(nameof(OrganisationKind.SubRegion))
            .HasValue<Kommun>(nameof(OrganisationKind.Kommun))
            .HasValue<RegionalUnit>(nameof(OrganisationKind.RegionalUnit));
        builder.Property<string>("Discriminator").HasMaxLength(20);
        builder.HasIndex(o => o.Name);
        builder.HasText(HsaId.MaxLength, o => o.HsaId);
        builder.HasIndex(o => o.HsaId).IsUnique();
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasText(20, r => r.ShortName);
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
        builder.HasText(4, k => k.Code);
        builder.HasIndex(k => k.Code).IsUnique();
    }
}

internal sealed class RegionalUnitConfiguration : IEntityTypeConfiguration<RegionalUnit>
{
    public void Configure(EntityTypeBuilder<RegionalUnit> builder)
    {
        builder.Property(u => u.RegionId).HasColumnName("RegionId");
        builder.HasText(30, u => u.Phone);
        builder.HasOne<Kommun>().WithManyByKey(u => u.KommunId, DeleteBehavior.Restrict);
    }
}
