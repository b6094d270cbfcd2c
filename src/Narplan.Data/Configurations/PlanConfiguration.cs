using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace Narplan.Data.Configurations;

internal sealed class NeighbourhoodPlanConfiguration : IEntityTypeConfiguration<NeighbourhoodPlan>
{
    public void Configure(EntityTypeBuilder<NeighbourhoodPlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasAssignedKey(p => p.Id);
        builder.HasRequiredText(300, p => p.Title);
        builder.HasOne<Kommun>().WithManyByKey(p => p.KommunId, DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.KommunId, p.Kind }).IsUnique();
        builder.Ignore(p => p.Latest);
        builder.Ignore(p => p.Published);
        builder.HasChildren(p => p.Versions, v => v.PlanId).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasAssignedKey(v => v.Id);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.Ignore(v => v.IsEditable);
        // Structured parts and frozen appendices are values of the version: stored as JSON text,
        // so a change shows in the audit log as the old and the new value.
        builder.Property(v => v.Details).HasConversion(PlanJson.Converter<PlanDetails>(), PlanJson.Comparer<PlanDetails>()).IsRequired();
        builder.Property(v => v.Appendix1).HasConversion(PlanJson.NullableConverter<IReadOnlyList<Appendix1Row>>(), PlanJson.NullableComparer<IReadOnlyList<Appendix1Row>>());
        builder.Property(v => v.Appendix2).HasConversion(PlanJson.NullableConverter<IReadOnlyList<Appendix2Row>>(), PlanJson.NullableComparer<IReadOnlyList<Appendix2Row>>());
        builder.HasChildren(v => v.Sections, s => s.PlanVersionId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasChildren(v => v.Comments, c => c.PlanVersionId).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasChildren(v => v.Approvals, a => a.PlanVersionId).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.HasAssignedKey(s => s.Id);
        builder.HasRequiredText(60, s => s.Key);
        builder.HasRequiredText(300, s => s.Heading);
        builder.Property(s => s.Text).IsRequired();
        // Per-section optimistic concurrency: two saves against the same revision cannot both win.
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Property(s => s.Rows).HasConversion(PlanJson.Converter<IReadOnlyList<ActionRow>>(), PlanJson.Comparer<IReadOnlyList<ActionRow>>()).IsRequired();
        builder.HasIndex(s => new { s.PlanVersionId, s.Key }).IsUnique();
    }
}

internal sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.HasAssignedKey(c => c.Id);
        builder.HasRequiredText(60, c => c.SectionKey);
        builder.HasRequiredText(200, c => c.PartyName, c => c.Author);
        builder.HasRequiredText(4000, c => c.Text);
    }
}

internal sealed class PlanApprovalConfiguration : IEntityTypeConfiguration<PlanApproval>
{
    public void Configure(EntityTypeBuilder<PlanApproval> builder)
    {
        builder.HasAssignedKey(a => a.Id);
        builder.HasRequiredText(200, a => a.PartyName, a => a.SignatoryName);
    }
}

/// <summary>JSON for plan values (NodaTime dates as ISO strings, enums by name).</summary>
internal static class PlanJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static ValueConverter<T, string> Converter<T>() where T : class => new(v => Write(v), s => Read<T>(s));

    public static ValueConverter<T?, string?> NullableConverter<T>() where T : class =>
        new(v => v == null ? null : Write(v), s => s == null ? null : Read<T>(s));

    public static ValueComparer<T> Comparer<T>() where T : class =>
        new((a, b) => Write(a) == Write(b), v => Write(v).GetHashCode(), v => Read<T>(Write(v)));

    public static ValueComparer<T?> NullableComparer<T>() where T : class =>
        new((a, b) => (a == null ? null : Write(a)) == (b == null ? null : Write(b)), v => v == null ? 0 : Write(v).GetHashCode(), v => v == null ? null : Read<T>(Write(v)));
}
