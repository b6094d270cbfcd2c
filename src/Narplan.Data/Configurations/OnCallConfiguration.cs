namespace Narplan.Data.Configurations;

internal sealed class RuleProfileVersionConfiguration : IEntityTypeConfiguration<RuleProfileVersion>
{
    public void Configure(EntityTypeBuilder<RuleProfileVersion> builder)
    {
        builder.HasAssignedKey(v => v.Id);
        builder.HasIndex(v => new { v.AreaId, v.ValidFrom }).IsUnique();
        builder.HasOne<OnCallArea>().WithManyByKey(v => v.AreaId, DeleteBehavior.Restrict);
        builder.HasText(1000, v => v.RuleNote, v => v.AcuteVisitRemit);
        builder.HasText(200, v => v.AcuteVisitName);
        builder.HasText(30, v => v.AcuteVisitPhone);
        builder.HasRequiredText(200, v => v.Name, v => v.OnCallServiceName);
        // Small ordered lists that are always read with their version: JSON text keeps one row per version.
        builder.Property(v => v.OnCallNumbers).HasConversion(JsonList<OnCallContact>.Converter, JsonList<OnCallContact>.Comparer);
        builder.Property(v => v.EscalationSteps).HasConversion(JsonList<EscalationStep>.Converter, JsonList<EscalationStep>.Comparer);
        builder.Property(v => v.Scope).HasConversion(JsonList<string>.Converter, JsonList<string>.Comparer);
    }
}

internal sealed class OnCallAreaConfiguration : IEntityTypeConfiguration<OnCallArea>
{
    public void Configure(EntityTypeBuilder<OnCallArea> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasRequiredText(200, a => a.Name);
        builder.HasOne<Region>().WithManyByKey(a => a.RegionId, DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.RegionId, a.Name }).IsUnique();
    }
}

internal sealed class OnCallAreaAssignmentConfiguration : IEntityTypeConfiguration<OnCallAreaAssignment>
{
    public void Configure(EntityTypeBuilder<OnCallAreaAssignment> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasOne<OnCallArea>().WithManyByKey(a => a.AreaId, DeleteBehavior.Restrict);
        builder.HasOne<Kommun>().WithManyByKey(a => a.KommunId, DeleteBehavior.Cascade);
        builder.HasOne<CareUnit>().WithManyByKey(a => a.CareUnitId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.KommunId, a.ValidFrom });
    }
}

internal sealed class OnCallRedirectConfiguration : IEntityTypeConfiguration<OnCallRedirect>
{
    public void Configure(EntityTypeBuilder<OnCallRedirect> builder)
    {
        builder.HasAssignedKey(r => r.Id);
        builder.HasRequiredText(200, r => r.ResponderName);
        builder.HasRequiredText(30, r => r.Phone);
        builder.HasText(500, r => r.Reason);
        builder.HasOne<RegionalUnit>().WithManyByKey(r => r.CareCentreId, DeleteBehavior.Cascade);
        builder.HasOne<CareUnit>().WithManyByKey(r => r.CareUnitId, DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CareCentreId, r.Until });
    }
}

internal sealed class DoctorAbsenceConfiguration : IEntityTypeConfiguration<DoctorAbsence>
{
    public void Configure(EntityTypeBuilder<DoctorAbsence> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasRequiredText(200, a => a.SubstituteName);
        builder.HasOne<RegionalUnit>().WithManyByKey(a => a.CareCentreId, DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithManyByKey(a => a.DoctorId, DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CareCentreId, a.Through });
    }
}

/// <summary>A list stored as JSON text, compared by content so that edits are detected and audited.</summary>
internal static class JsonList<T>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<List<T>, string> Converter = new(
        list => JsonSerializer.Serialize(list, Options),
        json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>());

    public static readonly ValueComparer<List<T>> Comparer = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList());
}
