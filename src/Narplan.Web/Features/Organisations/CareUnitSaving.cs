namespace Narplan.Web.Features.Organisations;

/// <summary>
/// The one save of a changed kommunal enhet, shared by the unit page's form (<see cref="UnitCommands"/>) and the
/// organisation register (<see cref="Administration.OrganisationAdministration"/>): a save that meets someone else's save
/// of the same unit is answered as a stale form (409, the user's input kept), never a 500.
/// </summary>
public static class CareUnitSaving
{
    /// <summary>
    /// Saves the pending change to <paramref name="unit"/>, checked against the <paramref name="version"/> its form was
    /// opened at. False when someone saved the unit first: the version check fails, or — two first saves of the day's
    /// places at once — the second's new period meets the first's in the unique (unit, gäller från) index before its
    /// version check is reached while the stored version has moved. Any other failure is thrown.
    /// </summary>
    public static async Task<bool> SaveCareUnitUnlessStaleAsync(this NarplanDbContext db, CareUnit unit, int version, CancellationToken ct = default)
    {
        try
        {
            return await db.SaveUnlessStaleAsync(unit, version, ct);
        }
        catch (DbUpdateException)
        {
            var stored = await db.CareUnits.AsNoTracking().Where(u => u.Id == unit.Id).Select(u => (int?)u.Version).SingleOrDefaultAsync(ct);
            if (stored != version)
            {
                return false;
            }

            throw;
        }
    }
}
