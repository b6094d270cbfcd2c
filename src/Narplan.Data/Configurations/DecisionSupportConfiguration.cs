namespace Narplan.Data.Configurations;

internal sealed class DecisionSupportProfileVersionConfiguration : IEntityTypeConfiguration<DecisionSupportProfileVersion>
{
    public void Configure(EntityTypeBuilder<DecisionSupportProfileVersion> builder)
    {
        builder.HasAssignedKey(v => v.Id);
        builder.HasIndex(v => new { v.Key, v.ValidFrom }).IsUnique();
        // A short ordered list always read with its version: JSON text keeps one row per version.
        builder.Property(v => v.Triggers).HasConversion(JsonList<string>.Converter, JsonList<string>.Comparer);
    }
}
