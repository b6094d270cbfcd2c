namespace Narplan.Web.Features.SelfCare;

/// <summary>A kommun's egenvårdsintyg figures on a date: active intyg, overdue follow-ups, and follow-ups in the past year.</summary>
public sealed record SelfCareFigures(Guid KommunId, LocalDate On, int Active, int Overdue, int FollowedUpPastYear, IReadOnlyDictionary<Guid, int> ActiveByCareCentre);

/// <summary>The figures the follow-up dashboard calls (issue 19 item 4). Counts only; no patient is named, so no read is logged.</summary>
public sealed class SelfCareQueries(NarplanDbContext db)
{
    public async Task<SelfCareFigures> ForKommunAsync(Guid kommunId, LocalDate on, CancellationToken ct = default)
    {
        var all = await db.Set<SelfCareCertificate>().AsNoTracking().Where(c => c.KommunId == kommunId).ToListAsync(ct);
        var active = all.Where(c => c.WrittenOn <= on && (c.EndedOn is null || c.EndedOn > on)).ToList();
        return new SelfCareFigures(
            kommunId,
            on,
            active.Count,
            active.Count(c => on > c.FollowUpDueOn),
            all.Count(c => c.LastFollowUpOn is { } f && f <= on && f > on.PlusYears(-1)),
            active.GroupBy(c => c.CareCentreId).ToDictionary(g => g.Key, g => g.Count()));
    }
}
