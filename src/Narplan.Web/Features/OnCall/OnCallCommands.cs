using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.OnCall;

/// <summary>
/// Changes to on-call data: a vårdcentral's redirects and its doctors' absences (its own vårdcentralschef), and
/// (administrator) regions, beredskapsjourområden, their rule profile versions and the kommuners' dated area
/// assignments (decision 0037). Every change is audited by the save interceptor.
/// </summary>
public sealed class OnCallCommands(NarplanDbContext db, OrganisationAccess access, IClock clock)
{
    public const string StaleProfileMessage =
        "Någon annan har ändrat versionen sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; kontrollera och spara igen.";

    private LocalDate Today => Stockholm.Today(clock);

    public async Task<CommandResult> AddRedirectAsync(
        ClaimsPrincipal user, Guid careCentreId, Guid? careUnitId, LocalDateTime from, LocalDateTime until,
        string responderName, string phone, string? reason, bool isInternal, CancellationToken ct = default)
    {
        if (await RefuseAsync(user, careCentreId, ct) is { } refused)
        {
            return refused;
        }

        if (careUnitId is { } unitId && !await db.UnitResponsibilities.AnyAsync(r => r.CareUnitId == unitId && r.CareCentreId == careCentreId, ct))
        {
            return CommandResult.Fail("Vårdcentralen har inget läkaransvar för den valda enheten.");
        }

        var (start, end) = (OnCallPeriods.ToInstant(from), OnCallPeriods.ToInstant(until));
        if (end <= clock.GetCurrentInstant())
        {
            return CommandResult.Fail("Omkopplingen har redan passerat. Ange en tid framåt.");
        }

        return await SaveAsync(() => db.OnCallRedirects.Add(
            new OnCallRedirect(careCentreId, careUnitId, start, end, responderName, phone, reason ?? "", isInternal)), ct);
    }

    public async Task<CommandResult> RemoveRedirectAsync(ClaimsPrincipal user, Guid redirectId, CancellationToken ct = default)
    {
        var redirect = await db.OnCallRedirects.SingleOrDefaultAsync(r => r.Id == redirectId, ct);
        if (redirect is null)
        {
            return new CommandResult(false, "Omkopplingen finns inte längre.", NotFound: true);
        }

        return await RefuseAsync(user, redirect.CareCentreId, ct)
            ?? await SaveAsync(() => db.OnCallRedirects.Remove(redirect), ct);
    }

    public async Task<CommandResult> AddAbsenceAsync(
        ClaimsPrincipal user, Guid careCentreId, Guid doctorId, LocalDate from, LocalDate through, string substituteName,
        CancellationToken ct = default)
    {
        if (await RefuseAsync(user, careCentreId, ct) is { } refused)
        {
            return refused;
        }

        if (!await db.People.AnyAsync(p => p.Id == doctorId && p.OrganisationId == careCentreId, ct))
        {
            return CommandResult.Fail("Välj en läkare som arbetar på vårdcentralen.");
        }

        if (through < Today)
        {
            return CommandResult.Fail("Frånvaron har redan passerat. Ange datum framåt.");
        }

        if (await db.DoctorAbsences.AnyAsync(a => a.DoctorId == doctorId && a.From <= through && a.Through >= from, ct))
        {
            return CommandResult.Fail("Läkaren har redan en registrerad frånvaro som överlappar de valda datumen.");
        }

        return await SaveAsync(() => db.DoctorAbsences.Add(new DoctorAbsence(careCentreId, doctorId, from, through, substituteName)), ct);
    }

    public async Task<CommandResult> RemoveAbsenceAsync(ClaimsPrincipal user, Guid absenceId, CancellationToken ct = default)
    {
        var absence = await db.DoctorAbsences.SingleOrDefaultAsync(a => a.Id == absenceId, ct);
        if (absence is null)
        {
            return new CommandResult(false, "Frånvaron finns inte längre.", NotFound: true);
        }

        return await RefuseAsync(user, absence.CareCentreId, ct)
            ?? await SaveAsync(() => db.DoctorAbsences.Remove(absence), ct);
    }

    private const string AdminOnly = "Bara en administratör kan ändra regioner, beredskapsjourområden och jourregler.";

    /// <summary>A new region (administrator); its areas and their rules are added next.</summary>
    public async Task<CommandResult> AddRegionAsync(
        ClaimsPrincipal user, string name, string shortName, DecisionSupportProfileKey decisionSupport, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        var trimmed = name?.Trim() ?? "";
        if (await db.Regions.AnyAsync(r => r.Name == trimmed, ct))
        {
            return CommandResult.Fail($"Regionen {trimmed} finns redan.");
        }

        return await SaveAsync(() => db.Regions.Add(new Region(trimmed, shortName ?? "", decisionSupport)), ct);
    }

    /// <summary>A new beredskapsjourområde in a region (administrator), with its first rule profile version.</summary>
    public async Task<CommandResult> AddAreaAsync(ClaimsPrincipal user, Guid regionId, OnCallRuleProfile firstVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(firstVersion);
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        if (!await db.Regions.AnyAsync(r => r.Id == regionId, ct))
        {
            return new CommandResult(false, "Regionen finns inte.", NotFound: true);
        }

        var name = firstVersion.Name.Trim();
        if (await db.OnCallAreas.AnyAsync(a => a.RegionId == regionId && a.Name == name, ct))
        {
            return CommandResult.Fail($"Regionen har redan ett beredskapsjourområde som heter {name}.");
        }

        return await SaveAsync(() =>
        {
            var area = new OnCallArea(regionId, name);
            db.OnCallAreas.Add(area);
            db.RuleProfileVersions.Add(new RuleProfileVersion(area.Id, firstVersion));
        }, ct);
    }

    /// <summary>
    /// Assigns a kommun (or one of its units, where the kommun is split) to an area for <c>[from, to]</c>
    /// (administrator). Refused when the area is in another region, or when the kommun (unit) already has an area on
    /// any of those days.
    /// </summary>
    public async Task<CommandResult> AssignAreaAsync(
        ClaimsPrincipal user, Guid areaId, Guid kommunId, Guid? careUnitId, LocalDate from, LocalDate? to, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        var area = await db.OnCallAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == areaId, ct);
        var kommun = await db.Kommuner.AsNoTracking().SingleOrDefaultAsync(k => k.Id == kommunId, ct);
        if (area is null || kommun is null)
        {
            return new CommandResult(false, area is null ? "Beredskapsjourområdet finns inte." : "Kommunen finns inte.", NotFound: true);
        }

        if (area.RegionId != kommun.RegionId)
        {
            return CommandResult.Fail($"{area.Name} hör till en annan region än {kommun.Name}.");
        }

        var what = kommun.Name;
        if (careUnitId is { } unitId)
        {
            var unit = await db.CareUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.KommunId == kommunId, ct);
            if (unit is null)
            {
                return CommandResult.Fail($"Enheten finns inte i {kommun.Name}.");
            }

            what = $"{unit.Name} ({kommun.Name})";
        }

        var existing = await db.OnCallAreaAssignments.AsNoTracking().Where(a => a.KommunId == kommunId).ToListAsync(ct);
        var names = await db.OnCallAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return await SaveAsync(() =>
        {
            var candidate = new OnCallAreaAssignment(areaId, kommunId, careUnitId, from, to);
            OnCallAreaAssignment.RefuseOverlap(existing, candidate, id => names.GetValueOrDefault(id, "ett annat område"), what);
            db.OnCallAreaAssignments.Add(candidate);
        }, ct);
    }

    /// <summary>Ends an assignment on its last day (included), e.g. before assigning the kommun to another area (administrator).</summary>
    public async Task<CommandResult> EndAssignmentAsync(ClaimsPrincipal user, Guid assignmentId, LocalDate lastDay, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        var stored = await db.OnCallAreaAssignments.SingleOrDefaultAsync(a => a.Id == assignmentId, ct);
        if (stored is null)
        {
            return new CommandResult(false, "Tilldelningen finns inte längre.", NotFound: true);
        }

        return await SaveAsync(() => stored.EndOn(lastDay), ct);
    }

    /// <summary>A new rule profile version of an area from its valid-from date (administrator).</summary>
    public async Task<CommandResult> AddProfileVersionAsync(ClaimsPrincipal user, Guid areaId, OnCallRuleProfile profile, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        if (!await db.OnCallAreas.AnyAsync(a => a.Id == areaId, ct))
        {
            return new CommandResult(false, "Beredskapsjourområdet finns inte.", NotFound: true);
        }

        if (profile.ValidFrom < Today)
        {
            return CommandResult.Fail("En ny version kan inte gälla bakåt i tiden: historiken ändras inte. Välj i dag eller ett senare datum.");
        }

        if (await db.RuleProfileVersions.AnyAsync(v => v.AreaId == areaId && v.ValidFrom == profile.ValidFrom, ct))
        {
            return CommandResult.Fail($"Det finns redan en version som gäller från {profile.ValidFrom:yyyy-MM-dd}. Ändra den eller välj ett annat datum.");
        }

        return await SaveAsync(() => db.RuleProfileVersions.Add(new RuleProfileVersion(areaId, profile)), ct);
    }

    /// <summary>Changes a version not yet in force (administrator), against the version the user saw.</summary>
    public async Task<CommandResult> ReviseProfileVersionAsync(
        ClaimsPrincipal user, Guid versionId, int seenVersion, OnCallRuleProfile profile, CancellationToken ct = default)
    {
        if (!user.IsAdmin())
        {
            return new CommandResult(false, AdminOnly, Forbidden: true);
        }

        var stored = await db.RuleProfileVersions.SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (stored is null)
        {
            return new CommandResult(false, "Versionen finns inte längre.", NotFound: true);
        }

        if (stored.Version != seenVersion)
        {
            return new CommandResult(false, StaleProfileMessage, Conflict: true);
        }

        db.Entry(stored).Property(v => v.Version).OriginalValue = seenVersion;
        return await SaveAsync(() => stored.Revise(profile, Today), ct);
    }

    private async Task<CommandResult?> RefuseAsync(ClaimsPrincipal user, Guid careCentreId, CancellationToken ct)
    {
        var centre = await db.RegionalUnits.AsNoTracking().SingleOrDefaultAsync(c => c.Id == careCentreId && c.UnitKind == RegionalUnitKind.Vardcentral, ct);
        if (centre is null)
        {
            return new CommandResult(false, "Vårdcentralen finns inte.", NotFound: true);
        }

        return access.CanManageCareCentre(user, careCentreId)
            ? null
            : new CommandResult(false, $"Bara {centre.Name}s vårdcentralschef kan lägga in omkopplingar och frånvaro för vårdcentralen.", Forbidden: true);
    }

    private async Task<CommandResult> SaveAsync(Action change, CancellationToken ct)
    {
        try
        {
            change();
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new CommandResult(false, StaleProfileMessage, Conflict: true);
        }
    }
}
