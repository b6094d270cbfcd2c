namespace Narplan.Web.Features.Organisations;

/// <summary>The outcome of a change: done, refused with a Swedish message, or not found.</summary>
public sealed record CommandResult(bool Succeeded, string? Error = null, bool NotFound = false, bool Forbidden = false, bool Conflict = false)
{
    public static CommandResult Ok { get; } = new(true);

    public static CommandResult Fail(string error) => new(false, error);
}

/// <summary>Changes to a unit: its details and its läkaransvar. Access and stale edits are checked here.</summary>
public sealed class UnitCommands(NarplanDbContext db, OrganisationAccess access, IClock clock)
{
    public const string StaleMessage =
        "Någon annan har ändrat enheten sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; " +
        "kontrollera de aktuella värdena nedan och spara igen.";

    public Task<CommandResult> UpdateAsync(ClaimsPrincipal user, Guid unitId, int version, string name, int places, CancellationToken ct = default) =>
        UpdateAsync(user, unitId, version, name, places, null, ct);

    /// <summary>
    /// Renames the unit and changes its places from <paramref name="placesFrom"/> (today when null) through the dated
    /// history (<see cref="CareUnit.ChangePlaces"/>; decision 0083), so the monthly place report stays truthful. A change
    /// from a date in a month whose place report is already marked sent is refused.
    /// </summary>
    public async Task<CommandResult> UpdateAsync(
        ClaimsPrincipal user, Guid unitId, int version, string name, int places, LocalDate? placesFrom, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.Include(u => u.Responsibilities).Include(u => u.PlacePeriods).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return new CommandResult(false, "Enheten finns inte.", NotFound: true);
        }

        if (!access.CanEditUnit(user, unit))
        {
            return new CommandResult(false, OrganisationAccess.DeniedMessage(unit), Forbidden: true);
        }

        var today = Stockholm.Today(clock);
        var from = placesFrom ?? today;
        if (unit.PlacesOn(from) != places
            && PlaceReportReminders.ChangeRefusal(from, await Narplan.Web.Features.PlaceReports.PlaceReportService.LastSentDayAsync(db, unit.KommunId, ct)) is { } refusal)
        {
            return CommandResult.Fail(refusal);
        }

        return await SaveAsync(unit, version, () =>
        {
            unit.Rename(name);
            unit.ChangePlaces(places, from, today);
        }, ct);
    }

    public Task<CommandResult> AssignResponsibilityAsync(
        ClaimsPrincipal user, Guid unitId, int version, Guid careCentreId, Guid? doctorId, string? directPhone,
        MeetingForm meetingForm, LocalDate validFrom, CancellationToken ct = default) =>
        AssignResponsibilityAsync(user, unitId, version, careCentreId, doctorId is { } d ? [d] : [], directPhone, meetingForm, validFrom, ct);

    /// <summary>
    /// Gives the unit a new läkaransvar with one or two fasta läkarkontakter in call order (seed 002: "en till två
    /// läkare"); each must work at the vårdcentral. A third is refused by the unit with a Swedish message.
    /// </summary>
    public async Task<CommandResult> AssignResponsibilityAsync(
        ClaimsPrincipal user, Guid unitId, int version, Guid careCentreId, IReadOnlyList<Guid> doctorIds, string? directPhone,
        MeetingForm meetingForm, LocalDate validFrom, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return new CommandResult(false, "Enheten finns inte.", NotFound: true);
        }

        var current = unit.ResponsibilityOn(validFrom) ?? unit.Responsibilities.LastOrDefault();
        if (!access.CanAssignResponsibility(user, unit, current?.CareCentreId))
        {
            return new CommandResult(false, OrganisationAccess.DeniedMessage(unit), Forbidden: true);
        }

        var centre = await db.RegionalUnits.SingleOrDefaultAsync(c => c.Id == careCentreId, ct);
        if (centre is null)
        {
            return CommandResult.Fail("Välj en vårdcentral.");
        }

        var ids = doctorIds.ToList();
        var known = await db.People.Where(p => ids.Contains(p.Id) && p.OrganisationId == careCentreId).Select(p => p.Id).ToListAsync(ct);
        if (ids.Any(d => !known.Contains(d)))
        {
            return CommandResult.Fail($"Den valda läkaren arbetar inte på {centre.Name}.");
        }

        return await SaveAsync(unit, version, () => unit.AssignResponsibilityWithDoctors(centre, ids, directPhone, meetingForm, validFrom), ct);
    }

    private async Task<CommandResult> SaveAsync(CareUnit unit, int version, Action change, CancellationToken ct)
    {
        if (unit.Version != version)
        {
            return new CommandResult(false, StaleMessage, Conflict: true);
        }

        try
        {
            change();
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }

        return await db.SaveCareUnitUnlessStaleAsync(unit, version, ct) ? CommandResult.Ok : new CommandResult(false, StaleMessage, Conflict: true);
    }
}
