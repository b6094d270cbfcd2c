using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Narplan.Data.Configurations;

/// <summary>
/// Every entity's <c>Version</c> (an <see cref="int"/> the domain raises on each change) is its optimistic concurrency
/// token: an update of a row that someone else changed since it was read fails instead of overwriting. Said once here
/// instead of in each configuration (registered in <see cref="NarplanDbContext"/>.ConfigureConventions).
/// </summary>
internal sealed class VersionConcurrencyConvention : IModelFinalizingConvention
{
    public const string PropertyName = "Version";

    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (entityType.FindDeclaredProperty(PropertyName) is { } property && property.ClrType == typeof(int))
            {
                property.Builder.IsConcurrencyToken(true);
            }
        }
    }
}
