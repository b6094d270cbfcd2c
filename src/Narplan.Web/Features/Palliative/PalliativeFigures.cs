namespace Narplan.Web.Features.Palliative;

/// <summary>
/// The palliative figures of a kommun (närområde) over a period (decision 0088): the deaths whose Swedish local date of
/// death lies in <c>period</c> (both ends included) among the kommun's patients, the expected ones, and n of N among the
/// expected deaths for the brytpunktssamtal (held on or before the day of death) and Socialstyrelsen's five items for the
/// last week of life recorded with the death. Counts only: no patient is named, so nothing here is audit-logged as a read.
/// </summary>
public sealed class PalliativeFigures(NarplanDbContext db)
{
    public async Task<PalliativeFigureSet> ForAsync(Guid kommunId, DateInterval period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var rows = await db.PalliativeCourses.AsNoTracking()
            .Where(c => c.Death != null && db.Patients.Any(p => p.Id == c.PatientId && p.KommunId == kommunId))
            .Select(c => new { c.PatientId, Death = c.Death!, Held = c.Conversations.Select(b => b.HeldOn).ToList() })
            .ToListAsync(ct);
        return Domain.Palliative.PalliativeFigures.For(rows
            .Where(r => period.Contains(r.Death.DiedOn))
            .Select(r => new DeathForFollowUp(r.PatientId, r.Death.IsExpected, r.Held.Any(h => h <= r.Death.DiedOn), r.Death.LastWeek)));
    }
}
