namespace Narplan.Web.Features.Organisations.Administration;

/// <summary>Where an organisation sits, as the access policy asks: its region and, below a kommun, the kommun.</summary>
public sealed record AdminScope(Guid RegionId, Guid? KommunId)
{
    public bool Allows(Actor actor) =>
        KommunId is { } kommun ? AccessPolicy.MayAdministerKommun(actor, RegionId, kommun) : AccessPolicy.MayAdministerRegion(actor, RegionId);
}

/// <summary>
/// The organisation and people registers (issue 17): delregioner, kommuner with their code, vårdcentraler and other
/// regional units, kommunal enheter, förskolor and people with HSA-id and dated employment. Every change is audited by
/// the data layer in the same save; every refusal (malformed, taken, not allowed, still referenced, stale) writes a
/// <see cref="AuditAction.Refused"/> row with the Swedish message and saves nothing else. Nothing that others point
/// at is deleted: it is ended with a date.
/// </summary>
public sealed class OrganisationAdministration(NarplanDbContext db, IAuditActorAccessor actors, IClock clock)
{
    public const string StaleMessage =
        "Någon annan har ändrat uppgifterna sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; " +
        "kontrollera de aktuella värdena och spara igen.";

    public const string DeniedMessage = "Du får inte ändra den här organisationen: den hör inte till din region eller kommun.";

    public LocalDate Today => Stockholm.Today(clock);

    public async Task<AdminScope?> ScopeOfAsync(Guid organisationId, CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct) switch
        {
            Region r => new AdminScope(r.Id, null),
            SubRegion s => new AdminScope(s.RegionId, null),
            Kommun k => new AdminScope(k.RegionId, k.Id),
            RegionalUnit u => new AdminScope(u.RegionId, u.KommunId),
            _ => null,
        };

    public async Task<bool> MayAdministerAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct = default) =>
        await ScopeOfAsync(organisationId, ct) is { } scope && scope.Allows(user.ToActor());

    // ---- delregioner and kommuner -------------------------------------------------------------------------------

    public async Task<CommandResult> AddSubRegionAsync(ClaimsPrincipal user, Guid regionId, string? name, CancellationToken ct = default)
    {
        var (region, refused) = await RegionToAddToAsync(user, regionId, nameof(SubRegion), ct);
        if (region is null)
        {
            return refused!;
        }

        var trimmed = (name ?? "").Trim();
        if (await db.SubRegions.AnyAsync(s => s.RegionId == regionId && s.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"Delregionen {trimmed} finns redan i {region.Name}."), nameof(SubRegion), regionId);
        }

        return await SaveAsync(nameof(SubRegion), regionId, () => db.SubRegions.Add(new SubRegion(region, trimmed)), ct);
    }

    /// <summary>
    /// Renames a region or ends it from a date (null reopens it): system administrators (<see cref="AccessPolicy.MayCreateRegion"/>).
    /// A region with kommuner that still exist on the end date is not ended — end or move them first. Nothing is deleted.
    /// </summary>
    public async Task<CommandResult> UpdateRegionAsync(
        ClaimsPrincipal user, Guid regionId, int version, string? name, string? shortName, LocalDate? endedOn, CancellationToken ct = default)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == regionId, ct);
        if (region is null)
        {
            return NotFound("Regionen finns inte.");
        }

        if (!AccessPolicy.MayCreateRegion(user.ToActor()))
        {
            return await RefuseAsync(Forbidden("Bara en systemadministratör får byta namn på eller avsluta en region."), nameof(Region), regionId);
        }

        var trimmed = (name ?? "").Trim();
        if (await db.Regions.AnyAsync(r => r.Id != regionId && r.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"Regionen {trimmed} finns redan."), nameof(Region), regionId);
        }

        if (endedOn is { } end && region.EndedOn != endedOn
            && await StillActiveAsync(db.Kommuner.AsNoTracking().Where(k => k.RegionId == regionId), end, ct) is [_, ..] kommuner)
        {
            return await RefuseAsync(CommandResult.Fail(
                $"{region.Name} kan inte avslutas från {end.ToString("yyyy-MM-dd", null)}: {string.Join(", ", kommuner)} finns kvar i regionen efter det. " +
                "Avsluta kommunerna först."), nameof(Region), regionId);
        }

        return await SaveVersionedAsync(region, version, () =>
        {
            region.Update(trimmed, shortName ?? "");
            region.End(endedOn);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>
    /// Renames a delregion or ends it from a date (null reopens it): the region's administrators. A delregion that kommuner
    /// still belong to on the end date is not ended — move them to another delregion first. Nothing is deleted: the
    /// närvårdssamverkan's history keeps pointing at it.
    /// </summary>
    public async Task<CommandResult> UpdateSubRegionAsync(
        ClaimsPrincipal user, Guid subRegionId, int version, string? name, LocalDate? endedOn, CancellationToken ct = default)
    {
        var subRegion = await db.SubRegions.SingleOrDefaultAsync(s => s.Id == subRegionId, ct);
        if (subRegion is null)
        {
            return NotFound("Delregionen finns inte.");
        }

        if (!AccessPolicy.MayAdministerRegion(user.ToActor(), subRegion.RegionId))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(SubRegion), subRegionId);
        }

        var trimmed = (name ?? "").Trim();
        if (await db.SubRegions.AnyAsync(s => s.Id != subRegionId && s.RegionId == subRegion.RegionId && s.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"Delregionen {trimmed} finns redan."), nameof(SubRegion), subRegionId);
        }

        if (endedOn is { } end && subRegion.EndedOn != endedOn
            && await StillActiveAsync(db.Kommuner.AsNoTracking().Where(k => k.SubRegionId == subRegionId), end, ct) is [_, ..] kommuner)
        {
            return await RefuseAsync(CommandResult.Fail(
                $"{subRegion.Name} kan inte avslutas från {end.ToString("yyyy-MM-dd", null)}: {string.Join(", ", kommuner)} hör till delregionen efter det. " +
                "Flytta kommunerna till en annan delregion först."), nameof(SubRegion), subRegionId);
        }

        return await SaveVersionedAsync(subRegion, version, () =>
        {
            subRegion.Rename(trimmed);
            subRegion.End(endedOn);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>The names of the kommuner in <paramref name="kommuner"/> that still exist on <paramref name="date"/>.</summary>
    private static async Task<List<string>> StillActiveAsync(IQueryable<Kommun> kommuner, LocalDate date, CancellationToken ct) =>
        [.. (await kommuner.OrderBy(k => k.Name).ToListAsync(ct)).Where(k => k.IsActiveOn(date)).Select(k => k.Name)];

    /// <summary>A new kommun in a region, with its official code (four digits, unique) and optionally a delregion.</summary>
    public async Task<CommandResult> AddKommunAsync(
        ClaimsPrincipal user, Guid regionId, Guid? subRegionId, string? name, string? code, string? hsaId, CancellationToken ct = default)
    {
        var (region, refused) = await RegionToAddToAsync(user, regionId, nameof(Kommun), ct);
        if (region is null)
        {
            return refused!;
        }

        var subRegion = subRegionId is { } s ? await db.SubRegions.SingleOrDefaultAsync(x => x.Id == s, ct) : null;
        if (subRegion is not null && !subRegion.IsActiveOn(Today))
        {
            return await RefuseAsync(CommandResult.Fail($"Delregionen {subRegion.Name} är avslutad. Välj en annan."), nameof(Kommun), regionId);
        }

        if (!KommunCode.TryParse(code, out var parsedCode, out var codeError))
        {
            return await RefuseAsync(CommandResult.Fail(codeError), nameof(Kommun), regionId);
        }

        if (await CodeTakenAsync(parsedCode, null, ct) is { } error)
        {
            return await RefuseAsync(CommandResult.Fail(error), nameof(Kommun), regionId);
        }

        var trimmed = (name ?? "").Trim();
        if (await db.Kommuner.AnyAsync(k => k.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"Kommunen {trimmed} finns redan."), nameof(Kommun), regionId);
        }

        return await SaveAsync(nameof(Kommun), regionId, async () =>
        {
            var kommun = new Kommun(region, subRegion, trimmed);
            kommun.SetCode(parsedCode);
            kommun.SetHsaId(hsaId);
            await RequireFreeHsaIdAsync(kommun.HsaId, kommun.Id, ct);
            db.Kommuner.Add(kommun);
        }, ct);
    }

    /// <summary>Changes a kommun: name, code, delregion, HSA-id and end date.</summary>
    public async Task<CommandResult> UpdateKommunAsync(
        ClaimsPrincipal user, Guid kommunId, int version, string? name, string? code, Guid? subRegionId, string? hsaId, LocalDate? endedOn,
        CancellationToken ct = default)
    {
        var (kommun, refused) = await KommunToAdministerAsync(user, kommunId, nameof(Kommun), ct);
        if (kommun is null)
        {
            return refused!;
        }

        if (!KommunCode.TryParse(code, out var parsedCode, out var codeError))
        {
            return await RefuseAsync(CommandResult.Fail(codeError), nameof(Kommun), kommunId);
        }

        if (await CodeTakenAsync(parsedCode, kommunId, ct) is { } taken)
        {
            return await RefuseAsync(CommandResult.Fail(taken), nameof(Kommun), kommunId);
        }

        var subRegion = subRegionId is { } s ? await db.SubRegions.SingleOrDefaultAsync(x => x.Id == s, ct) : null;
        if (subRegion is not null && subRegion.Id != kommun.SubRegionId && !subRegion.IsActiveOn(Today))
        {
            return await RefuseAsync(CommandResult.Fail($"Delregionen {subRegion.Name} är avslutad. Välj en annan."), nameof(Kommun), kommunId);
        }

        return await SaveVersionedAsync(kommun, version, async () =>
        {
            kommun.SetHsaId(hsaId);
            await RequireFreeHsaIdAsync(kommun.HsaId, kommun.Id, ct);
            kommun.Rename(name ?? "");
            kommun.SetCode(parsedCode);
            kommun.MoveToSubRegion(subRegion);
            kommun.End(endedOn);
        }, ct);
    }

    private async Task<string?> CodeTakenAsync(string code, Guid? except, CancellationToken ct)
    {
        var other = await db.Kommuner.AsNoTracking().Where(k => k.Code == code && k.Id != except).Select(k => k.Name).FirstOrDefaultAsync(ct);
        return other is null ? null : $"Kommunkoden {code} används redan av {other}.";
    }

    // ---- vårdcentraler, rehab, BVC, familjecentral -------------------------------------------------------------

    public async Task<CommandResult> AddRegionalUnitAsync(
        ClaimsPrincipal user, Guid kommunId, string? name, RegionalUnitKind kind, Ownership ownership, string? hsaId, string? phone,
        CancellationToken ct = default)
    {
        var (kommun, refused) = await KommunToAdministerAsync(user, kommunId, nameof(RegionalUnit), ct);
        if (kommun is null)
        {
            return refused!;
        }

        var trimmed = (name ?? "").Trim();
        if (await db.RegionalUnits.AnyAsync(u => u.KommunId == kommunId && u.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"{trimmed} finns redan i {kommun.Name}."), nameof(RegionalUnit), kommunId);
        }

        return await SaveAsync(nameof(RegionalUnit), kommunId, async () =>
        {
            var unit = new RegionalUnit(kommun, trimmed, kind, ownership, phone);
            unit.SetHsaId(hsaId);
            await RequireFreeHsaIdAsync(unit.HsaId, unit.Id, ct);
            db.RegionalUnits.Add(unit);
        }, ct);
    }

    public async Task<CommandResult> UpdateRegionalUnitAsync(
        ClaimsPrincipal user, Guid unitId, int version, string? name, Ownership ownership, string? hsaId, string? phone, LocalDate? endedOn,
        CancellationToken ct = default)
    {
        var unit = await db.RegionalUnits.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return NotFound("Enheten finns inte.");
        }

        if (!AccessPolicy.MayAdministerKommun(user.ToActor(), unit.RegionId, unit.KommunId))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(RegionalUnit), unitId);
        }

        return await SaveVersionedAsync(unit, version, async () =>
        {
            unit.Update(name ?? "", ownership, phone, hsaId);
            await RequireFreeHsaIdAsync(unit.HsaId, unit.Id, ct);
            unit.End(endedOn);
        }, ct);
    }

    /// <summary>
    /// Deletes a regional unit that nothing points at (one created by mistake). A vårdcentral with läkaransvar, staff,
    /// förskolor or any other reference is refused in Swedish: it is ended with a date instead.
    /// </summary>
    public async Task<CommandResult> DeleteRegionalUnitAsync(ClaimsPrincipal user, Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.RegionalUnits.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return NotFound("Enheten finns inte.");
        }

        if (!AccessPolicy.MayAdministerKommun(user.ToActor(), unit.RegionId, unit.KommunId))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(RegionalUnit), unitId);
        }

        var responsibilities = await db.UnitResponsibilities.CountAsync(r => r.CareCentreId == unitId, ct);
        if (responsibilities > 0)
        {
            return await RefuseAsync(CommandResult.Fail(
                $"{unit.Name} kan inte tas bort: vårdcentralen har läkaransvar för {responsibilities} " +
                $"{(responsibilities == 1 ? "enhet" : "enheter")} (nu eller tidigare). Avsluta den med ett datum i stället."), nameof(RegionalUnit), unitId);
        }

        var people = await db.People.CountAsync(p => p.OrganisationId == unitId, ct);
        var preschools = await db.Preschools.CountAsync(p => p.ChildHealthCentreId == unitId, ct);
        var users = await db.Users.CountAsync(u => u.OrganisationId == unitId, ct);
        if (people + preschools + users > 0)
        {
            return await RefuseAsync(CommandResult.Fail(
                $"{unit.Name} kan inte tas bort: {people} personer, {users} användarkonton och {preschools} förskolor hör till den. " +
                "Avsluta den med ett datum i stället."), nameof(RegionalUnit), unitId);
        }

        db.RegionalUnits.Remove(unit);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateException)
        {
            return await RefuseAsync(CommandResult.Fail(
                $"{unit.Name} kan inte tas bort: den används i Närplan (t.ex. i en plan, en rond eller av en patient). Avsluta den med ett datum i stället."),
                nameof(RegionalUnit), unitId);
        }
    }

    // ---- kommunal enheter and förskolor ------------------------------------------------------------------------

    public async Task<CommandResult> AddCareUnitAsync(
        ClaimsPrincipal user, Guid kommunId, string? name, CareUnitType type, int places, string? address, CancellationToken ct = default)
    {
        var (kommun, refused) = await KommunToAdministerAsync(user, kommunId, nameof(CareUnit), ct);
        if (kommun is null)
        {
            return refused!;
        }

        var trimmed = (name ?? "").Trim();
        if (await db.CareUnits.AnyAsync(u => u.KommunId == kommunId && u.Name == trimmed, ct))
        {
            return await RefuseAsync(CommandResult.Fail($"Enheten {trimmed} finns redan i {kommun.Name}."), nameof(CareUnit), kommunId);
        }

        return await SaveAsync(nameof(CareUnit), kommunId, () =>
        {
            var unit = new CareUnit(kommun, trimmed, type, places);
            unit.SetAddress(address);
            db.CareUnits.Add(unit);
        }, ct);
    }

    /// <summary>
    /// Changes a kommunal enhet's name, places, address and end date. Places change from <paramref name="placesFrom"/>
    /// (today when null) through the dated history (<see cref="CareUnit.ChangePlaces"/>; decision 0083), the same rule the
    /// unit page's form follows; a change from a date in a month whose place report is already marked sent is refused.
    /// </summary>
    public Task<CommandResult> UpdateCareUnitAsync(
        ClaimsPrincipal user, Guid unitId, int version, string? name, int places, string? address, LocalDate? endedOn, CancellationToken ct = default) =>
        UpdateCareUnitAsync(user, unitId, version, name, places, null, address, endedOn, ct);

    /// <inheritdoc cref="UpdateCareUnitAsync(ClaimsPrincipal, Guid, int, string?, int, string?, LocalDate?, CancellationToken)"/>
    public async Task<CommandResult> UpdateCareUnitAsync(
        ClaimsPrincipal user, Guid unitId, int version, string? name, int places, LocalDate? placesFrom, string? address, LocalDate? endedOn, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.Include(u => u.PlacePeriods).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return NotFound("Enheten finns inte.");
        }

        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == unit.KommunId, ct);
        if (!AccessPolicy.MayAdministerKommun(user.ToActor(), kommun.RegionId, kommun.Id))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(CareUnit), unitId);
        }

        if (unit.Version != version)
        {
            return await RefuseAsync(new CommandResult(false, StaleMessage, Conflict: true), nameof(CareUnit), unitId);
        }

        var from = placesFrom ?? Today;
        if (unit.PlacesOn(from) != places
            && Narplan.Domain.PlaceReports.PlaceReportReminders.ChangeRefusal(from, await Narplan.Web.Features.PlaceReports.PlaceReportService.LastSentDayAsync(db, unit.KommunId, ct)) is { } refusal)
        {
            return await RefuseAsync(CommandResult.Fail(refusal), nameof(CareUnit), unitId);
        }

        try
        {
            unit.Rename(name ?? "");
            unit.ChangePlaces(places, from, Today);
            unit.SetAddress(address);
            unit.End(endedOn);
        }
        catch (DomainException e)
        {
            return await RefuseAsync(CommandResult.Fail(e.Message), nameof(CareUnit), unitId);
        }

        return await db.SaveCareUnitUnlessStaleAsync(unit, version, ct)
            ? CommandResult.Ok
            : await RefuseAsync(new CommandResult(false, StaleMessage, Conflict: true), nameof(CareUnit), unitId);
    }

    public async Task<CommandResult> EndPreschoolAsync(ClaimsPrincipal user, Guid preschoolId, LocalDate? endedOn, CancellationToken ct = default)
    {
        var preschool = await db.Preschools.SingleOrDefaultAsync(p => p.Id == preschoolId, ct);
        if (preschool is null)
        {
            return NotFound("Förskolan finns inte.");
        }

        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == preschool.KommunId, ct);
        if (!AccessPolicy.MayAdministerKommun(user.ToActor(), kommun.RegionId, kommun.Id))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), "Preschool", preschoolId);
        }

        preschool.End(endedOn);
        return await CommitAsync("Preschool", preschoolId, ct);
    }

    // ---- people -------------------------------------------------------------------------------------------------

    public sealed record PersonInput(
        string? Name, string? Title, PersonRole Role, Guid OrganisationId, string? Phone, string? HsaId, LocalDate? EmployedFrom, LocalDate? EmployedUntil);

    public async Task<CommandResult> AddPersonAsync(ClaimsPrincipal user, PersonInput input, CancellationToken ct = default)
    {
        if (await ScopeOfAsync(input.OrganisationId, ct) is not { } scope)
        {
            return await RefuseAsync(CommandResult.Fail("Välj en organisation."), nameof(Person), input.OrganisationId);
        }

        if (!scope.Allows(user.ToActor()))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(Person), input.OrganisationId);
        }

        return await SaveAsync(nameof(Person), input.OrganisationId, async () =>
        {
            var person = new Person(input.Name ?? "", input.Title ?? "", input.Role, input.OrganisationId);
            person.Update(input.Name ?? "", input.Title ?? "", input.Role, input.OrganisationId, input.Phone, input.HsaId);
            person.SetEmployment(input.EmployedFrom, input.EmployedUntil);
            await RequireFreeHsaIdAsync(person.HsaId, person.Id, ct);
            db.People.Add(person);
        }, ct);
    }

    public async Task<CommandResult> UpdatePersonAsync(ClaimsPrincipal user, Guid personId, int version, PersonInput input, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return NotFound("Personen finns inte.");
        }

        var actor = user.ToActor();
        if (await ScopeOfAsync(person.OrganisationId, ct) is not { } from || !from.Allows(actor))
        {
            return await RefuseAsync(Forbidden(DeniedMessage), nameof(Person), personId);
        }

        if (await ScopeOfAsync(input.OrganisationId, ct) is not { } to || !to.Allows(actor))
        {
            return await RefuseAsync(Forbidden("Du kan bara flytta personen till en organisation du administrerar."), nameof(Person), personId);
        }

        if (person.Version != version)
        {
            return await RefuseAsync(new CommandResult(false, StaleMessage, Conflict: true), nameof(Person), personId);
        }

        try
        {
            person.Update(input.Name ?? "", input.Title ?? "", input.Role, input.OrganisationId, input.Phone, input.HsaId);
            person.SetEmployment(input.EmployedFrom, input.EmployedUntil);
            await RequireFreeHsaIdAsync(person.HsaId, person.Id, ct);
        }
        catch (DomainException e)
        {
            return await RefuseAsync(CommandResult.Fail(e.Message), nameof(Person), personId);
        }

        db.ChangeAtVersion(person, version);
        return await CommitAsync(nameof(Person), personId, ct);
    }

    /// <summary>Ends a person's employment from <paramref name="until"/>; the person stays for the history that names them.</summary>
    public async Task<CommandResult> EndEmploymentAsync(ClaimsPrincipal user, Guid personId, int version, LocalDate until, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return NotFound("Personen finns inte.");
        }

        return await UpdatePersonAsync(user, personId, version, new PersonInput(
            person.Name, person.Title, person.Role, person.OrganisationId, person.Phone, person.HsaId, person.EmployedFrom, until), ct);
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /// <summary>An HSA-id names one person or one organisation in the catalogue: a second use is refused.</summary>
    private async Task RequireFreeHsaIdAsync(string? hsaId, Guid self, CancellationToken ct)
    {
        if (hsaId is null)
        {
            return;
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.HsaId == hsaId && o.Id != self).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var person = organisation ?? await db.People.AsNoTracking().Where(p => p.HsaId == hsaId && p.Id != self).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (person is not null)
        {
            throw new DomainException($"HSA-id {hsaId} används redan av {person}.");
        }
    }

    private static CommandResult NotFound(string message) => new(false, message, NotFound: true);

    private static CommandResult Forbidden(string message) => new(false, message, Forbidden: true);

    private Task<CommandResult> SaveAsync(string entityType, Guid target, Action change, CancellationToken ct) =>
        SaveAsync(entityType, target, () =>
        {
            change();
            return Task.CompletedTask;
        }, ct);

    private async Task<CommandResult> SaveAsync(string entityType, Guid target, Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
        }
        catch (DomainException e)
        {
            return await RefuseAsync(CommandResult.Fail(e.Message), entityType, target);
        }

        return await CommitAsync(entityType, target, ct);
    }

    private async Task<CommandResult> SaveVersionedAsync(Organisation organisation, int version, Func<Task> change, CancellationToken ct)
    {
        var type = organisation.GetType().Name;
        if (organisation.Version != version)
        {
            return await RefuseAsync(new CommandResult(false, StaleMessage, Conflict: true), type, organisation.Id);
        }

        try
        {
            await change();
        }
        catch (DomainException e)
        {
            return await RefuseAsync(CommandResult.Fail(e.Message), type, organisation.Id);
        }

        db.ChangeAtVersion(organisation, version);
        return await CommitAsync(type, organisation.Id, ct);
    }

    /// <summary>
    /// The region (tracked) that the user adds a <paramref name="entityType"/> to, or the answer: not found, not the
    /// user's to administer, or ended (both refused and audited).
    /// </summary>
    private async Task<(Region? Region, CommandResult? Refused)> RegionToAddToAsync(ClaimsPrincipal user, Guid regionId, string entityType, CancellationToken ct)
    {
        var region = await db.Regions.SingleOrDefaultAsync(r => r.Id == regionId, ct);
        if (region is null)
        {
            return (null, NotFound("Regionen finns inte."));
        }

        if (!AccessPolicy.MayAdministerRegion(user.ToActor(), regionId))
        {
            return (null, await RefuseAsync(Forbidden(DeniedMessage), entityType, regionId));
        }

        return region.IsActiveOn(Today)
            ? (region, null)
            : (null, await RefuseAsync(CommandResult.Fail($"{region.Name} är avslutad. Inget nytt kan läggas till i den."), entityType, regionId));
    }

    /// <summary>
    /// The kommun (tracked) that the user changes or adds to, or the answer: not found, or not the user's to administer
    /// (refused and audited as <paramref name="entityType"/>).
    /// </summary>
    private async Task<(Kommun? Kommun, CommandResult? Refused)> KommunToAdministerAsync(ClaimsPrincipal user, Guid kommunId, string entityType, CancellationToken ct)
    {
        var kommun = await db.Kommuner.SingleOrDefaultAsync(k => k.Id == kommunId, ct);
        if (kommun is null)
        {
            return (null, NotFound("Kommunen finns inte."));
        }

        return AccessPolicy.MayAdministerKommun(user.ToActor(), kommun.RegionId, kommun.Id)
            ? (kommun, null)
            : (null, await RefuseAsync(Forbidden(DeniedMessage), entityType, kommunId));
    }

    private async Task<CommandResult> CommitAsync(string entityType, Guid target, CancellationToken ct) =>
        await db.SaveUnlessStaleAsync(ct) ? CommandResult.Ok : await RefuseAsync(new CommandResult(false, StaleMessage, Conflict: true), entityType, target);

    /// <summary>Forgets every pending change and writes one audit row saying what was refused and why.</summary>
    public async Task<CommandResult> RefuseAsync(CommandResult result, string entityType, Guid target, CancellationToken ct = default)
    {
        db.ChangeTracker.Clear();
        var actor = actors.Current;
        db.Add(new AuditEntry(
            clock.GetCurrentInstant(), actor.UserId, actor.UserName, actor.OrganisationId, actor.Role, AuditAction.Refused,
            entityType, target.ToString(), null, result.Error ?? ""));
        await db.SaveChangesAsync(ct);
        return result;
    }
}
