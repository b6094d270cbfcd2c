using Narplan.Domain.HealthPromotion;
using Narplan.Web.Features.Crisis;

namespace Narplan.Web.Features.HealthPromotion;

/// <summary>
/// A kommun's dated health-promotion activities (issue 19 item 8), shown on the närområde page: public plan data; planned
/// by the kommun's staff (<see cref="AccessPolicy.MayEditHealthPromotion"/>), audited by the data layer.
/// </summary>
public sealed class HealthPromotionService(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    public async Task<IReadOnlyList<HealthPromotionActivity>> ForKommunAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.Set<HealthPromotionActivity>().AsNoTracking().Where(a => a.KommunId == kommunId).ToListAsync(ct)).OrderBy(a => a.FirstDay).ThenBy(a => a.Title).ToList();

    public async Task<RegisterResult> PlanAsync(
        ClaimsPrincipal user, Guid kommunId, HealthPromotionKind? kind, string? title, int? year, LocalDate? firstDay, LocalDate? lastDay, string? responsible, string? note,
        CancellationToken ct = default)
    {
        if (!await db.Kommuner.AnyAsync(k => k.Id == kommunId, ct))
        {
            return new RegisterResult(false, "Närområdet finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayEditHealthPromotion(user.ToActor(), kommunId))
        {
            return new RegisterResult(false, "Hälsofrämjande aktiviteter planeras av kommunens personal.", Forbidden: true);
        }

        if (DomainRefusal.Of(() => db.Add(HealthPromotionActivity.Plan(kommunId, kind, title, year, firstDay, lastDay, responsible, note)), RegisterResult.Refused) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return RegisterResult.Ok;
    }

    public async Task<RegisterResult> RemoveAsync(ClaimsPrincipal user, Guid kommunId, Guid activityId, CancellationToken ct = default)
    {
        var activity = await db.Set<HealthPromotionActivity>().SingleOrDefaultAsync(a => a.Id == activityId && a.KommunId == kommunId, ct);
        if (activity is null)
        {
            return new RegisterResult(false, "Aktiviteten finns inte (redan borttagen?).", NotFound: true);
        }

        if (!AccessPolicy.MayEditHealthPromotion(user.ToActor(), kommunId))
        {
            return new RegisterResult(false, "Hälsofrämjande aktiviteter ändras av kommunens personal.", Forbidden: true);
        }

        db.Remove(activity);
        await db.SaveChangesAsync(ct);
        return RegisterResult.Ok;
    }
}
