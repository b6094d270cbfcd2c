using Narplan.Domain.Crisis;

namespace Narplan.Web.Features.Crisis;

/// <summary>The outcome of a register command (issue 19 items 6–8): done, or a Swedish message beside a field (or for the form).</summary>
public sealed record RegisterResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false)
{
    public static RegisterResult Ok { get; } = new(true);

    /// <summary>A change the domain refused (see <see cref="DomainRefusal.Of"/>): its message beside the field it names.</summary>
    public static RegisterResult Refused(string message, string? field) => new(false, message, field);

    public int Status => Succeeded ? 200 : Forbidden ? 403 : NotFound ? 404 : Conflict ? 409 : 422;
}

/// <summary>A kommun's crisis contacts page: the saved contacts (or a first draft from the plan), the absences and the answer now.</summary>
public sealed record CrisisPageView(
    Guid KommunId, string Kommun, CrisisContactPlan? Plan, CrisisContactPlan? DraftFromPlan, IReadOnlyList<CrisisAbsence> Absences,
    CrisisContactAnswer? Answer, Instant At, bool MayEdit);

/// <summary>
/// Crisis and POSOM contacts that answer "who now" (issue 19 item 7): reads are public plan data (names and numbers the
/// plan publishes); changes by the kommun's MAS or enhetschef (<see cref="AccessPolicy.MayEditCrisisContacts"/>), audited
/// by the data layer in the same save, stale edits refused.
/// </summary>
public sealed class CrisisService(NarplanDbContext db, IClock clock)
{
    public const string StaleMessage = "Någon annan har ändrat kontakterna sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    public Instant Now => clock.GetCurrentInstant();

    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>The kommun's name and the answer at <paramref name="at"/>; null kommun when it does not exist, null answer when it has no contacts.</summary>
    public async Task<(string? Kommun, CrisisContactAnswer? Answer)> AnswerAsync(Guid kommunId, Instant at, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return (null, null);
        }

        var plan = await db.Set<CrisisContactPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.KommunId == kommunId, ct);
        if (plan is null)
        {
            return (kommun, null);
        }

        var date = at.InZone(Stockholm.Zone).Date;
        var absences = await db.Set<CrisisAbsence>().AsNoTracking()
            .Where(a => a.KommunId == kommunId && a.FirstDay <= date && a.LastDay >= date.PlusDays(-1)).ToListAsync(ct);
        // The answer's "next" may fall on a later day: load the absences up to two weeks ahead as well.
        var later = await db.Set<CrisisAbsence>().AsNoTracking()
            .Where(a => a.KommunId == kommunId && a.FirstDay > date && a.FirstDay <= date.PlusDays(14)).ToListAsync(ct);
        return (kommun, CrisisContactResolver.Resolve(plan, absences.Concat(later), at));
    }

    public async Task<CrisisPageView?> PageAsync(ClaimsPrincipal user, Guid kommunId, Instant at, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => new { k.Id, k.Name }).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return null;
        }

        var mayEdit = AccessPolicy.MayEditCrisisContacts(user.ToActor(), kommunId);
        var plan = await db.Set<CrisisContactPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.KommunId == kommunId, ct);
        var today = Today;
        var absences = plan is null ? [] : await db.Set<CrisisAbsence>().AsNoTracking()
            .Where(a => a.KommunId == kommunId && a.LastDay >= today).OrderBy(a => a.FirstDay).ToListAsync(ct);
        var (_, answer) = plan is null ? (null, null) : await AnswerAsync(kommunId, at, ct);
        var draft = plan is null && mayEdit ? await DraftFromPlanAsync(kommunId, ct) : null;
        return new CrisisPageView(kommun.Id, kommun.Name, plan, draft, absences, answer, at, mayEdit);
    }

    /// <summary>A first version from the kommun's latest plan version's crisis section, for the form (not saved).</summary>
    public async Task<CrisisContactPlan?> DraftFromPlanAsync(Guid kommunId, CancellationToken ct = default)
    {
        var planIds = await db.Plans.AsNoTracking().Where(p => p.KommunId == kommunId && p.Kind == PlanKind.Naromradesplan).Select(p => p.Id).ToListAsync(ct);
        var details = (await db.PlanVersions.AsNoTracking().Where(v => planIds.Contains(v.PlanId))
            .Select(v => new { v.Number, v.Details }).ToListAsync(ct)).MaxBy(v => v.Number)?.Details;
        return details is null ? null : CrisisContactPlan.FromPlan(kommunId, details, "", null);
    }

    public async Task<RegisterResult> SaveAsync(
        ClaimsPrincipal user, Guid kommunId, int version, LocalTime? opens, LocalTime? closes, string? chiefTitle, string? chiefName, string? chiefPhone,
        IReadOnlyList<CrisisSubstitute> substitutes, string? outsideName, string? outsidePhone, CancellationToken ct = default)
    {
        if (!await db.Kommuner.AnyAsync(k => k.Id == kommunId, ct))
        {
            return new RegisterResult(false, "Närområdet finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayEditCrisisContacts(user.ToActor(), kommunId))
        {
            return new RegisterResult(false, "Krisstödskontakterna ändras av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        var plan = await db.Set<CrisisContactPlan>().SingleOrDefaultAsync(p => p.KommunId == kommunId, ct);
        if (plan is not null && plan.Version != version)
        {
            return new RegisterResult(false, StaleMessage, Conflict: true);
        }

        var refused = plan is null
            ? DomainRefusal.Of(() => db.Add(CrisisContactPlan.Create(kommunId, opens, closes, chiefTitle, chiefName, chiefPhone, substitutes, outsideName, outsidePhone)), RegisterResult.Refused)
            : DomainRefusal.Of(() => plan.Change(opens, closes, chiefTitle, chiefName, chiefPhone, substitutes, outsideName, outsidePhone), RegisterResult.Refused);
        if (refused is not null)
        {
            return refused;
        }

        if (plan is not null)
        {
            db.ChangeAtVersion(plan, version);
        }

        // A conflict is a stale version, or a second first save for the same kommun (unique index).
        return await db.SaveUnlessConflictAsync(ct) ? RegisterResult.Ok : new RegisterResult(false, StaleMessage, Conflict: true);
    }

    public async Task<RegisterResult> RecordAbsenceAsync(
        ClaimsPrincipal user, Guid kommunId, string? personName, LocalDate? firstDay, LocalDate? lastDay, string? note, CancellationToken ct = default)
    {
        var plan = await db.Set<CrisisContactPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.KommunId == kommunId, ct);
        if (plan is null)
        {
            return new RegisterResult(false, "Närområdet har inga krisstödskontakter ännu.", NotFound: true);
        }

        if (!AccessPolicy.MayEditCrisisContacts(user.ToActor(), kommunId))
        {
            return new RegisterResult(false, "Frånvaro registreras av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        if (DomainRefusal.Of(() => db.Add(CrisisAbsence.Record(plan, personName, firstDay, lastDay, note, Today)), RegisterResult.Refused) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return RegisterResult.Ok;
    }

    public async Task<RegisterResult> RemoveAbsenceAsync(ClaimsPrincipal user, Guid kommunId, Guid absenceId, CancellationToken ct = default)
    {
        var absence = await db.Set<CrisisAbsence>().SingleOrDefaultAsync(a => a.Id == absenceId && a.KommunId == kommunId, ct);
        if (absence is null)
        {
            return new RegisterResult(false, "Frånvaron finns inte (redan borttagen?).", NotFound: true);
        }

        if (!AccessPolicy.MayEditCrisisContacts(user.ToActor(), kommunId))
        {
            return new RegisterResult(false, "Frånvaro ändras av kommunens MAS eller enhetschef.", Forbidden: true);
        }

        db.Remove(absence);
        await db.SaveChangesAsync(ct);
        return RegisterResult.Ok;
    }
}
