using Narplan.Domain.Capacity;

namespace Narplan.Web.Features.Capacity;

/// <summary>A capacity notice with the names a page shows.</summary>
public sealed record CapacityNoticeRow(CapacityNotice Notice, string Unit, string? CareCentre);

/// <summary>A unit's places: today, planned changes, the dated history and the notices the user may see.</summary>
public sealed record UnitPlacesView(
    CareUnit Unit,
    string Kommun,
    Guid? CareCentreId,
    string? CareCentre,
    int PlacesToday,
    IReadOnlyList<UnitPlacesPeriod> Planned,
    IReadOnlyList<UnitPlacesPeriod> History,
    IReadOnlyList<CapacityNoticeRow> Notices,
    bool MaySeeNotices,
    bool MayGiveNotice,
    bool MayAcknowledge);

/// <summary>The outcome of a capacity command: done, or refused with a Swedish message beside a field (or for the form).</summary>
public sealed record CapacityResult(bool Succeeded, string? Error = null, string? Field = null, bool NotFound = false, bool Conflict = false, bool Forbidden = false)
{
    public static CapacityResult Ok { get; } = new(true);
}

/// <summary>
/// Capacity-change notices and the units' dated places (issue 19 item 5; decision 0069). Access is the policy's
/// (<see cref="AccessPolicy.MayGiveCapacityNotice"/>, <see cref="AccessPolicy.MayAcknowledgeCapacityNotice"/>); every change is
/// audited by the data layer in the same save.
/// </summary>
public sealed class CapacityService(NarplanDbContext db, IClock clock)
{
    public const string StaleMessage = "Någon annan har ändrat enheten eller meddelandet sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; försök igen.";

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<UnitPlacesView?> UnitAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Include(u => u.PlacePeriods)
            .SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return null;
        }

        var today = Today;
        var actor = user.ToActor();
        var centreId = unit.ResponsibilityOn(today)?.CareCentreId;
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == unit.KommunId).Select(k => k.Name).SingleAsync(ct);
        var notices = await db.Set<CapacityNotice>().AsNoTracking().Where(n => n.CareUnitId == unitId).ToListAsync(ct);
        var visible = notices.Where(n => AccessPolicy.MaySeeCapacityNotices(actor, n.KommunId, n.CareCentreId)).ToList();
        var names = await CentreNamesAsync(visible.Select(n => n.CareCentreId).Append(centreId), ct);
        return new UnitPlacesView(
            unit,
            kommun,
            centreId,
            centreId is { } c ? names.GetValueOrDefault(c) : null,
            unit.PlacesOn(today),
            unit.PlannedPlaces(today),
            unit.PlacePeriods,
            visible.OrderByDescending(n => n.GivenAt).Select(n => new CapacityNoticeRow(n, unit.Name, n.CareCentreId is { } id ? names.GetValueOrDefault(id) : null)).ToList(),
            AccessPolicy.MaySeeCapacityNotices(actor, unit.KommunId, centreId),
            AccessPolicy.MayGiveCapacityNotice(actor, unit.KommunId),
            AccessPolicy.MayAcknowledgeCapacityNotice(actor, centreId));
    }

    /// <summary>The notices not yet acknowledged that this user is the one to acknowledge ("Mina uppgifter").</summary>
    public async Task<IReadOnlyList<CapacityNoticeRow>> OpenNoticesForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        if (actor.Role != UserRole.CareCentreManager || actor.OrganisationId is not { } centre)
        {
            return [];
        }

        var notices = await db.Set<CapacityNotice>().AsNoTracking().Where(n => n.CareCentreId == centre && n.AcknowledgedAt == null).ToListAsync(ct);
        var units = await db.CareUnits.AsNoTracking().Where(u => notices.Select(n => n.CareUnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var names = await CentreNamesAsync([centre], ct);
        return notices.OrderBy(n => n.EffectiveFrom).Select(n => new CapacityNoticeRow(n, units.GetValueOrDefault(n.CareUnitId, ""), names.GetValueOrDefault(centre))).ToList();
    }

    /// <summary>
    /// Gives a notice of a planned change (places from a date) and records the unit's new place period, in one save.
    /// <paramref name="unitVersion"/> is the unit's version the form showed: a stale form is refused.
    /// </summary>
    public async Task<CapacityResult> GiveNoticeAsync(
        ClaimsPrincipal user, Guid unitId, int unitVersion, int? places, LocalDate? effectiveFrom, string? note, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.Include(u => u.Responsibilities).Include(u => u.PlacePeriods).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return new CapacityResult(false, "Enheten finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayGiveCapacityNotice(user.ToActor(), unit.KommunId))
        {
            return new CapacityResult(false, "Bara kommunens MAS eller enhetschef kan meddela en planerad förändring av antalet platser.", Forbidden: true);
        }

        if (unit.Version != unitVersion)
        {
            return new CapacityResult(false, StaleMessage, Conflict: true);
        }

        var today = Today;
        var centreId = (effectiveFrom is { } from ? unit.ResponsibilityOn(from) : null)?.CareCentreId ?? unit.ResponsibilityOn(today)?.CareCentreId;
        CapacityNotice notice;
        try
        {
            notice = CapacityNotice.Give(unit, centreId, places, effectiveFrom, today, clock.GetCurrentInstant(), NameOf(user), note);
        }
        catch (FieldRefusal e)
        {
            return new CapacityResult(false, e.Message, e.Field);
        }

        db.Set<CapacityNotice>().Add(notice);
        db.ChangeAtVersion(unit, unitVersion);
        return await SaveAsync(ct);
    }

    public async Task<CapacityResult> AcknowledgeAsync(ClaimsPrincipal user, Guid noticeId, int version, CancellationToken ct = default)
    {
        var notice = await db.Set<CapacityNotice>().SingleOrDefaultAsync(n => n.Id == noticeId, ct);
        if (notice is null || !AccessPolicy.MaySeeCapacityNotices(user.ToActor(), notice.KommunId, notice.CareCentreId))
        {
            return new CapacityResult(false, "Meddelandet finns inte.", NotFound: true);
        }

        if (!AccessPolicy.MayAcknowledgeCapacityNotice(user.ToActor(), notice.CareCentreId))
        {
            return new CapacityResult(false, "Bara vårdcentralens verksamhetschef kan kvittera meddelandet.", Forbidden: true);
        }

        if (notice.Version != version)
        {
            return new CapacityResult(false, StaleMessage, Conflict: true);
        }

        try
        {
            notice.Acknowledge(clock.GetCurrentInstant(), NameOf(user));
        }
        catch (DomainException e)
        {
            return new CapacityResult(false, e.Message);
        }

        db.ChangeAtVersion(notice, version);
        return await SaveAsync(ct);
    }

    // A conflict is a stale version, or two notices for the same unit and date at once (the unique (unit, date) index refuses the second).
    private async Task<CapacityResult> SaveAsync(CancellationToken ct) =>
        await db.SaveUnlessConflictAsync(ct) ? CapacityResult.Ok : new CapacityResult(false, StaleMessage, Conflict: true);

    private async Task<Dictionary<Guid, string>> CentreNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var list = ids.OfType<Guid>().Distinct().ToList();
        return await db.RegionalUnits.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    private static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
