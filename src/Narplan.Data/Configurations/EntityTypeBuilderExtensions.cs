using System.Linq.Expressions;

namespace Narplan.Data.Configurations;

/// <summary>Two steps nearly every entity configuration takes, each said once.</summary>
internal static class EntityTypeBuilderExtensions
{
    /// <summary>
    /// The primary key is a value the domain assigns when it creates the entity (a new Guid, or the id of the one it
    /// belongs to), never one the database generates, so an entity can be referred to (audit rows, links) before it is
    /// saved.
    /// </summary>
    public static EntityTypeBuilder<T> HasAssignedKey<T, TKey>(this EntityTypeBuilder<T> builder, Expression<Func<T, TKey>> key)
        where T : class
    {
        var property = builder.Property(key).ValueGeneratedNever();
        builder.HasKey(property.Metadata.Name);
        return builder;
    }

    /// <summary>
    /// Many of these rows point at one <typeparamref name="TPrincipal"/> through <paramref name="foreignKey"/>, with no
    /// navigation on either side (the domain holds the id), and what a delete of the principal does to them.
    /// </summary>
    public static ReferenceCollectionBuilder<TPrincipal, T> WithManyByKey<T, TPrincipal>(
        this ReferenceNavigationBuilder<T, TPrincipal> reference, Expression<Func<T, object?>> foreignKey, DeleteBehavior onDelete)
        where T : class
        where TPrincipal : class =>
        reference.WithMany().HasForeignKey(foreignKey).OnDelete(onDelete);
}
