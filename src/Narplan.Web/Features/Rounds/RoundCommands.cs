using Narplan.Web.Features.Organisations;

namespace Narplan.Web.Features.Rounds;

/// <summary>What a user does to an occurrence on the follow-through form.</summary>
public enum RoundMark
{
    Held,
    Cancelled,
    Moved,
    Planned,
}

/// <summary>
/// Who may do what with rounds (DOMAIN.md §12: each organisation its own care provider). The unit's kommun staff and
/// the staff of the vårdcentral responsible for the unit on the day mark occurrences and keep agendas; series are
/// set up by the kommun's MAS/enhetschef or the responsible vårdcentral's chef; an administrator does everything.
/// </summary>
public static class RoundAccess
{
    public static bool CanMark(ClaimsPrincipal user, CareUnit unit, Guid? careCentreId) =>
        AccessPolicy.MayMarkRound(user.ToActor(), unit.KommunId, careCentreId);

    public static bool CanEditSeries(ClaimsPrincipal user, CareUnit unit, Guid? careCentreId) =>
        AccessPolicy.MayEditRoundSeries(user.ToActor(), unit.KommunId, careCentreId);

    /// <summary>A doctor's calendar link: users of the doctor's own vårdcentral (the doctor, the chef) or an administrator.</summary>
    public static bool CanManageFeedLink(ClaimsPrincipal user, Person doctor) =>
        AccessPolicy.MayManageDoctorFeed(user.ToActor(), doctor.OrganisationId);

    public static string Denied(CareUnit unit) => $"Du kan inte ändra ronderna för {unit.Name}: enheten tillhör en annan organisation än din.";
}

/// <summary>Changes to rounds: series, follow-through and agendas, doctors' calendar links. Access is checked here.</summary>
public sealed class RoundCommands(NarplanDbContext db, IClock clock)
{
    public const string StaleMessage = "Någon annan har ändrat tillfället sedan du öppnade sidan. Kontrollera det som står nu och spara igen.";

    public async Task<CommandResult> CreateSeriesAsync(ClaimsPrincipal user, Guid unitId, RoundSchedule schedule, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return new CommandResult(false, "Enheten finns inte.", NotFound: true);
        }

        if (!RoundAccess.CanEditSeries(user, unit, unit.ResponsibilityOn(Today)?.CareCentreId))
        {
            return new CommandResult(false, RoundAccess.Denied(unit), Forbidden: true);
        }

        if (!unit.Type.HasUnitDoctor())
        {
            return CommandResult.Fail($"{unit.Type.Swedish()} har inga fasta läkartider: patientens ordinarie fasta läkarkontakt ansvarar.");
        }

        if (schedule.DoctorId is { } doctorId && !await db.People.AnyAsync(p => p.Id == doctorId && p.Role == PersonRole.Lakare, ct))
        {
            return CommandResult.Fail("Välj en läkare ur listan.");
        }

        try
        {
            db.RoundSeries.Add(new RoundSeries(unitId, schedule));
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }

        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }

    /// <summary>Changes a series from <paramref name="effectiveFrom"/>: earlier occurrences and recorded ones are kept.</summary>
    public async Task<CommandResult> ReviseSeriesAsync(
        ClaimsPrincipal user, Guid seriesId, int version, LocalDate effectiveFrom, RoundSchedule schedule, CancellationToken ct = default)
    {
        var (series, unit, denied) = await SeriesForEditAsync(user, seriesId, ct);
        if (denied is not null)
        {
            return denied;
        }

        if (series!.Version != version)
        {
            return new CommandResult(false, StaleMessage, Conflict: true);
        }

        try
        {
            db.RoundSeries.Add(series.ReviseFrom(effectiveFrom, schedule, Today));
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }

        return await SaveAsync(series, version, ct);
    }

    public async Task<CommandResult> EndSeriesAsync(ClaimsPrincipal user, Guid seriesId, int version, LocalDate lastDay, CancellationToken ct = default)
    {
        var (series, _, denied) = await SeriesForEditAsync(user, seriesId, ct);
        if (denied is not null)
        {
            return denied;
        }

        try
        {
            series!.EndAfter(lastDay, Today);
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }

        return await SaveAsync(series, version, ct);
    }

    /// <summary>Marks an occurrence held, cancelled (reason + note) or moved, or puts it back to planned; and saves its agenda.</summary>
    public async Task<CommandResult> MarkAsync(
        ClaimsPrincipal user, Guid seriesId, LocalDate originalDate, int version, RoundMark mark, RoundCancelReason? reason, string? note,
        LocalDateTime? movedStart, string? agenda, CancellationToken ct = default)
    {
        var series = await db.RoundSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seriesId, ct);
        var planned = series?.OccurrenceOn(originalDate);
        if (series is null || planned is null)
        {
            return new CommandResult(false, "Tillfället finns inte.", NotFound: true);
        }

        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == series.CareUnitId, ct);
        if (!RoundAccess.CanMark(user, unit, unit.ResponsibilityOn(originalDate)?.CareCentreId))
        {
            return new CommandResult(false, RoundAccess.Denied(unit), Forbidden: true);
        }

        var record = await db.RoundOccurrenceRecords.SingleOrDefaultAsync(r => r.SeriesId == seriesId && r.OriginalDate == originalDate, ct);
        if (record is null)
        {
            record = new RoundOccurrenceRecord(seriesId, originalDate);
            db.RoundOccurrenceRecords.Add(record);
        }
        else if (record.Version != version)
        {
            return new CommandResult(false, StaleMessage, Conflict: true);
        }

        var occurrence = planned.With(record, series.Length);
        try
        {
            switch (mark)
            {
                case RoundMark.Held:
                    record.MarkHeld(occurrence, clock.GetCurrentInstant());
                    break;
                case RoundMark.Cancelled:
                    record.Cancel(reason ?? throw new DomainException("Välj en orsak till att ronden ställs in."), note);
                    break;
                case RoundMark.Moved:
                    record.MoveTo(occurrence, movedStart ?? throw new DomainException("Ange ny dag och tid för ronden."), clock.GetCurrentInstant());
                    break;
                case RoundMark.Planned:
                    record.Reset();
                    break;
            }

            record.SetAgenda(agenda);
        }
        catch (DomainException e)
        {
            return CommandResult.Fail(e.Message);
        }

        record.Touch();
        if (db.Entry(record).State != EntityState.Added)
        {
            db.Entry(record).Property(r => r.Version).OriginalValue = version;
        }

        // A conflict is a stale version, or two first records for the same occurrence at once (the unique index lets one win).
        return await db.SaveUnlessConflictAsync(ct) ? CommandResult.Ok : new CommandResult(false, StaleMessage, Conflict: true);
    }

    /// <summary>A new secret calendar link for the doctor; any earlier link stops working.</summary>
    public async Task<(CommandResult Result, string? Token)> NewFeedLinkAsync(ClaimsPrincipal user, Guid personId, CancellationToken ct = default)
    {
        var doctor = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.Role == PersonRole.Lakare, ct);
        if (doctor is null)
        {
            return (new CommandResult(false, "Läkaren finns inte.", NotFound: true), null);
        }

        if (!RoundAccess.CanManageFeedLink(user, doctor))
        {
            return (new CommandResult(false, "Bara läkarens egen vårdcentral kan hantera läkarens kalenderlänk.", Forbidden: true), null);
        }

        var now = clock.GetCurrentInstant();
        await RevokeAllAsync(personId, now, ct);
        var (link, token) = RoundFeedLink.Create(personId, now);
        db.RoundFeedLinks.Add(link);
        await db.SaveChangesAsync(ct);
        return (CommandResult.Ok, token);
    }

    public async Task<CommandResult> RevokeFeedLinksAsync(ClaimsPrincipal user, Guid personId, CancellationToken ct = default)
    {
        var doctor = await db.People.SingleOrDefaultAsync(p => p.Id == personId && p.Role == PersonRole.Lakare, ct);
        if (doctor is null)
        {
            return new CommandResult(false, "Läkaren finns inte.", NotFound: true);
        }

        if (!RoundAccess.CanManageFeedLink(user, doctor))
        {
            return new CommandResult(false, "Bara läkarens egen vårdcentral kan hantera läkarens kalenderlänk.", Forbidden: true);
        }

        await RevokeAllAsync(personId, clock.GetCurrentInstant(), ct);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }

    /// <summary>The doctor a secret link publishes, or null for an unknown or revoked link.</summary>
    public async Task<Guid?> DoctorForFeedTokenAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = RoundFeedLink.Hash(token);
        return await db.RoundFeedLinks.AsNoTracking().Where(l => l.TokenHash == hash && l.RevokedAt == null).Select(l => (Guid?)l.PersonId).SingleOrDefaultAsync(ct);
    }

    private LocalDate Today => Stockholm.Today(clock);

    private async Task RevokeAllAsync(Guid personId, Instant now, CancellationToken ct)
    {
        foreach (var old in await db.RoundFeedLinks.Where(l => l.PersonId == personId && l.RevokedAt == null).ToListAsync(ct))
        {
            old.Revoke(now);
        }
    }

    private async Task<(RoundSeries? Series, CareUnit? Unit, CommandResult? Denied)> SeriesForEditAsync(ClaimsPrincipal user, Guid seriesId, CancellationToken ct)
    {
        var series = await db.RoundSeries.SingleOrDefaultAsync(s => s.Id == seriesId, ct);
        if (series is null)
        {
            return (null, null, new CommandResult(false, "Serien finns inte.", NotFound: true));
        }

        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == series.CareUnitId, ct);
        return RoundAccess.CanEditSeries(user, unit, unit.ResponsibilityOn(Today)?.CareCentreId)
            ? (series, unit, null)
            : (series, unit, new CommandResult(false, RoundAccess.Denied(unit), Forbidden: true));
    }

    private async Task<CommandResult> SaveAsync(RoundSeries series, int version, CancellationToken ct) =>
        await db.SaveUnlessStaleAsync(series, version, ct) ? CommandResult.Ok : new CommandResult(false, StaleMessage, Conflict: true);
}
