namespace Narplan.Web.Infrastructure;

/// <summary>
/// The save every register writes the same way (decision 0103): a change to an <see cref="IVersioned"/> row is saved
/// only if the row is still at the version its form was opened at, and a save that meets someone else's is answered as
/// a stale form (409, the user's input kept), never a 500. Each service keeps its own message and result type.
/// </summary>
public static class VersionedSaving
{
    /// <summary>
    /// Makes the next save change <paramref name="row"/> only if its stored version is still <paramref name="version"/>,
    /// and moves the version on.
    /// </summary>
    public static void ChangeAtVersion(this DbContext db, IVersioned row, int version)
    {
        db.Entry((object)row).Property(nameof(IVersioned.Version)).OriginalValue = version;
        row.Touch();
    }

    /// <summary>Saves the change to <paramref name="row"/> (see <see cref="ChangeAtVersion"/>); false when it is stale.</summary>
    public static Task<bool> SaveUnlessStaleAsync(this DbContext db, IVersioned row, int version, CancellationToken ct)
    {
        db.ChangeAtVersion(row, version);
        return db.SaveUnlessStaleAsync(ct);
    }

    /// <summary>Saves; false when a version check failed (someone else saved first). Any other failure is thrown.</summary>
    public static Task<bool> SaveUnlessStaleAsync(this DbContext db, CancellationToken ct) => SaveUnlessAsync<DbUpdateConcurrencyException>(db, ct);

    /// <summary>
    /// Saves; false when the database refused the save: a version check failed, or a unique index refused a row
    /// someone else saved first (two first saves at once).
    /// </summary>
    public static Task<bool> SaveUnlessConflictAsync(this DbContext db, CancellationToken ct) => SaveUnlessAsync<DbUpdateException>(db, ct);

    private static async Task<bool> SaveUnlessAsync<TRefusal>(DbContext db, CancellationToken ct)
        where TRefusal : DbUpdateException
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (TRefusal)
        {
            return false;
        }
    }
}
