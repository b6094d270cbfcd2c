using Narplan.Domain.OralHealth;

namespace Narplan.Web.Features.OralHealth;

/// <summary>
/// The figures the follow-up dashboard calls (issue 19 item 3 → issue 20): munhälsobedömningar done vs due for a kommun
/// and period (<see cref="OralHealthFigures"/>). Counts only; no patient is named, so no read is logged.
/// </summary>
public sealed class OralHealthQueries(NarplanDbContext db)
{
    public async Task<OralHealthFigures> FiguresAsync(Guid kommunId, DateInterval period, CancellationToken ct = default)
    {
        var records = await db.Set<OralHealthRecord>().AsNoTracking().Where(r => r.KommunId == kommunId).ToListAsync(ct);
        var assessments = await db.Set<OralHealthAssessment>().AsNoTracking().Where(a => a.KommunId == kommunId).ToListAsync(ct);
        return OralHealthFigures.Count(kommunId, period, records, assessments);
    }
}
