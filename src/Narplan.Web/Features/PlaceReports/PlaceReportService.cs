namespace Narplan.Web.Features.PlaceReports;

/// <summary>A month's report with its "marked sent" record, for the page and the API.</summary>
public sealed record PlaceReportView(PlaceReport Report, PlaceReportSubmission? Submission, bool MayMarkSent)
{
    /// <summary>The places now counted differ from the total marked sent (a correction made after sending).</summary>
    public bool DiffersFromSent => Submission is { } s && s.TotalPlaces != Report.Places;
}

/// <summary>A month whose report is due (or overdue) and not yet marked sent, for "Mina uppgifter".</summary>
public sealed record PlaceReportReminder(Guid KommunId, string Kommun, YearMonth Month, LocalDate DueOn, bool Overdue);

/// <summary>The outcome of marking a report sent.</summary>
public sealed record PlaceReportResult(bool Succeeded, string? Error = null, bool NotFound = false, bool Forbidden = false, bool Conflict = false)
{
    public static PlaceReportResult Ok { get; } = new(true);
}

/// <summary>
/// The monthly läkarmedverkan report to VGR (issue 20 item 4; DOMAIN.md §10; decision 0083): places per kommun,
/// vårdcentral and unit on the month's last day, counted from the dated place history; "marked sent" per kommun and
/// month (audited by the data layer in the same save); the reminder until it is marked. Aggregates only, no patient data.
/// </summary>
public sealed class PlaceReportService(NarplanDbContext db, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>The kommun's report for <paramref name="month"/>; null when the kommun does not exist. The month is not checked here.</summary>
    public async Task<PlaceReport?> ReportAsync(Guid kommunId, YearMonth month, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return null;
        }

        var units = await db.CareUnits.AsNoTracking().Include(u => u.PlacePeriods).Include(u => u.Responsibilities)
            .Where(u => u.KommunId == kommunId).ToListAsync(ct);
        var day = PlaceReportMonth.CountedOn(month);
        var centreIds = units.Select(u => u.ResponsibilityOn(day)?.CareCentreId).OfType<Guid>().Distinct().ToList();
        var names = await db.RegionalUnits.AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        return PlaceReport.Count(kommunId, kommun, month, units, names);
    }

    public async Task<PlaceReportView?> ViewAsync(ClaimsPrincipal user, Guid kommunId, YearMonth month, CancellationToken ct = default)
    {
        if (await ReportAsync(kommunId, month, ct) is not { } report)
        {
            return null;
        }

        var day = PlaceReportMonth.CountedOn(month);
        var submission = await db.Set<PlaceReportSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.KommunId == kommunId && s.CountedOn == day, ct);
        return new PlaceReportView(report, submission, AccessPolicy.MayMarkPlaceReportSent(user.ToActor(), kommunId));
    }

    /// <summary>The months marked sent for a kommun, newest first.</summary>
    public async Task<IReadOnlyList<PlaceReportSubmission>> SubmissionsAsync(Guid kommunId, CancellationToken ct = default) =>
        (await db.Set<PlaceReportSubmission>().AsNoTracking().Where(s => s.KommunId == kommunId).ToListAsync(ct))
        .OrderByDescending(s => s.CountedOn).ToList();

    /// <summary>
    /// Marks the month's report sent to VGR, with the total the report shows now. Refused: a user who may not, a month
    /// that has not ended, a month already marked sent.
    /// </summary>
    public async Task<PlaceReportResult> MarkSentAsync(ClaimsPrincipal user, Guid kommunId, YearMonth month, CancellationToken ct = default)
    {
        if (!AccessPolicy.MayMarkPlaceReportSent(user.ToActor(), kommunId))
        {
            return new PlaceReportResult(false, "Bara kommunens MAS eller enhetschef kan markera platsrapporten som skickad.", Forbidden: true);
        }

        if (await ReportAsync(kommunId, month, ct) is not { } report)
        {
            return new PlaceReportResult(false, "Kommunen finns inte.", NotFound: true);
        }

        var day = PlaceReportMonth.CountedOn(month);
        if (await db.Set<PlaceReportSubmission>().AnyAsync(s => s.KommunId == kommunId && s.CountedOn == day, ct))
        {
            return new PlaceReportResult(false, $"Rapporten för {PlaceReportMonth.Swedish(month)} är redan markerad som skickad.", Conflict: true);
        }

        PlaceReportSubmission submission;
        try
        {
            submission = PlaceReportSubmission.MarkSent(kommunId, month, report.Places, Today, clock.GetCurrentInstant(), NameOf(user));
        }
        catch (FieldRefusal e)
        {
            return new PlaceReportResult(false, e.Message);
        }
        catch (DomainException e)
        {
            return new PlaceReportResult(false, e.Message);
        }

        db.Add(submission);
        try
        {
            await db.SaveChangesAsync(ct);
            return PlaceReportResult.Ok;
        }
        catch (DbUpdateException)
        {
            // Two users marking the same month at once: the unique (kommun, month) index refuses the second.
            return new PlaceReportResult(false, $"Rapporten för {PlaceReportMonth.Swedish(month)} är redan markerad som skickad.", Conflict: true);
        }
    }

    /// <summary>
    /// The reports this user is to send and has not marked sent ("Mina uppgifter"): for the kommun's MAS and enhetschef,
    /// the month just ended (due by the end of this month) and every earlier month since the kommun's first report
    /// marked sent in Närplan that is still not marked (overdue). Decision 0083.
    /// </summary>
    public async Task<IReadOnlyList<PlaceReportReminder>> RemindersForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        if (!actor.IsKommunManager || actor.KommunId is not { } kommunId)
        {
            return [];
        }

        var kommun = await db.Kommuner.AsNoTracking().Where(k => k.Id == kommunId).Select(k => k.Name).SingleOrDefaultAsync(ct);
        if (kommun is null)
        {
            return [];
        }

        var sent = (await db.Set<PlaceReportSubmission>().AsNoTracking().Where(s => s.KommunId == kommunId).Select(s => s.CountedOn).ToListAsync(ct))
            .Select(d => d.ToYearMonth()).ToHashSet();
        return PlaceReportReminders.Due(sent, Today)
            .Select(m => new PlaceReportReminder(kommunId, kommun, m, PlaceReportMonth.DueOn(m), Today > PlaceReportMonth.DueOn(m)))
            .ToList();
    }

    /// <summary>
    /// The last day of the latest month marked sent for the kommun (a change of places may not take effect on or before
    /// it; <see cref="PlaceReportReminders.ChangeRefusal"/>); null when none is.
    /// </summary>
    public static async Task<LocalDate?> LastSentDayAsync(NarplanDbContext db, Guid kommunId, CancellationToken ct = default)
    {
        var days = await db.Set<PlaceReportSubmission>().AsNoTracking().Where(s => s.KommunId == kommunId).Select(s => s.CountedOn).ToListAsync(ct);
        return days.Count == 0 ? null : days.Max();
    }

    private static string NameOf(ClaimsPrincipal user) => user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "";
}
