using Narplan.Web.Features.Patients;

namespace Narplan.Web.Features.Audit;

/// <summary>An organisation whose log the user may review.</summary>
public sealed record ReviewableOrganisation(Guid Id, string Name);

/// <summary>One month of an organisation's log review: how many patient reads, the sample, how far the review has come.</summary>
public sealed record LogReviewMonth(YearMonth Month, int Reads, int SampleSize, int Marked, bool Completed)
{
    public bool NeedsReview => SampleSize > 0 && !Completed;
}

/// <summary>A sampled read with what the reviewer needs to judge it, and the mark when there is one.</summary>
public sealed record SampledRead(AuditEntry Entry, string Patient, Guid? PatientId, LogReviewMark? Mark);

/// <summary>A month's sample and its review (null before the first mark).</summary>
public sealed record LogReviewSheet(ReviewableOrganisation Organisation, YearMonth Month, int Reads, IReadOnlyList<SampledRead> Sample, LogReview? Review);

/// <summary>
/// The systematic log review (HSLF-FS 2016:40 4 kap. 9 §; issue 20 item 5; decision 0073): each ended month a
/// reproducible sample of each organisation's patient reads, marked justified or not by the organisation's MAS or
/// vårdcentralschef, then closed with a summary. Every change is audited by the save interceptor; showing the sample's
/// patients is itself a logged read.
/// </summary>
public sealed class LogReviewService(NarplanDbContext db, PatientAccess patients, IClock clock)
{
    public const string Purpose = "loggranskning";

    public const string StaleMessage = "Granskningen har ändrats av någon annan sedan du öppnade sidan. Sidan visar den som den är nu; gör din ändring igen.";

    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>The last month that has ended: the newest one that can be reviewed.</summary>
    public YearMonth LastEndedMonth => Today.ToYearMonth().PlusMonths(-1);

    public async Task<IReadOnlyList<ReviewableOrganisation>> OrganisationsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var actor = user.ToActor();
        var ids = actor.IsAdmin
            ? await db.AuditEntries.AsNoTracking().Where(e => e.PatientId != null && e.OrganisationId != null).Select(e => e.OrganisationId!.Value).Distinct().ToListAsync(ct)
            : actor.OrganisationId is { } own && AccessPolicy.MayReviewLog(actor, own) ? [own] : [];
        var names = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new ReviewableOrganisation(o.Id, o.Name)).ToListAsync(ct);
        return names.OrderBy(o => o.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)).ToList();
    }

    /// <summary>Every ended month from the organisation's first patient read, newest first, with the review's state.</summary>
    public async Task<IReadOnlyList<LogReviewMonth>> MonthsAsync(Guid organisationId, CancellationToken ct = default)
    {
        var last = LastEndedMonth;
        var end = LogReviewSample.Span(last, Stockholm.Zone).End;
        var reads = await PatientReads(organisationId).Where(e => e.At < end).Select(e => e.At).ToListAsync(ct);
        if (reads.Count == 0)
        {
            return [];
        }

        var perMonth = reads.GroupBy(at => at.InZone(Stockholm.Zone).Date.ToYearMonth()).ToDictionary(g => g.Key, g => g.Count());
        var reviews = await db.LogReviews.AsNoTracking().Where(r => r.OrganisationId == organisationId).ToListAsync(ct);
        var months = new List<LogReviewMonth>();
        for (var month = perMonth.Keys.Min(); month <= last; month = month.PlusMonths(1))
        {
            var count = perMonth.GetValueOrDefault(month);
            var review = reviews.FirstOrDefault(r => r.Year == month.Year && r.Month == month.Month);
            months.Add(new(month, count, Math.Min(count, LogReviewSample.Size), review?.Marks.Count ?? 0, review?.IsCompleted ?? false));
        }

        return months.OrderByDescending(m => m.Month).ToList();
    }

    /// <summary>The month's sample with each read's patient (a logged read for the reviewer); null when not allowed or not a reviewable month.</summary>
    public async Task<LogReviewSheet?> SheetAsync(ClaimsPrincipal user, Guid organisationId, YearMonth month, CancellationToken ct = default)
    {
        if (!AccessPolicy.MayReviewLog(user.ToActor(), organisationId) || month > LastEndedMonth)
        {
            return null;
        }

        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => new ReviewableOrganisation(o.Id, o.Name)).SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return null;
        }

        var (reads, sample) = await SampleAsync(organisationId, month, ct);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => sample.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var patientIds = entries.Values.Select(e => e.PatientId).OfType<Guid>().Distinct().ToList();
        var people = await db.Patients.AsNoTracking().Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var review = await db.LogReviews.AsNoTracking().SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == month.Year && r.Month == month.Month, ct);
        await patients.LogAsync(people.Keys, AuditAction.Read, Purpose, ct);
        var rows = sample.Select(id => entries[id])
            .OrderBy(e => e.At)
            .Select(e => new SampledRead(e, e.PatientId is { } p && people.TryGetValue(p, out var patient) ? patient.DisplayName : "Patienten finns inte längre i Närplan", e.PatientId, review?.MarkOf(e.Id)))
            .ToList();
        return new(organisation, month, reads, rows, review);
    }

    /// <summary>Marks one sampled read; a read outside the sample, a missing comment or a stale page is refused in Swedish.</summary>
    public Task MarkAsync(ClaimsPrincipal user, Guid organisationId, YearMonth month, Guid entryId, bool justified, string? comment, int? version, CancellationToken ct = default) =>
        ChangeAsync(user, organisationId, month, version, (review, sample, name, now) => review.Mark(entryId, sample, justified, comment, name, now), ct);

    /// <summary>Closes the month's review with a summary once every sampled read is marked.</summary>
    public Task CompleteAsync(ClaimsPrincipal user, Guid organisationId, YearMonth month, string? summary, int? version, CancellationToken ct = default) =>
        ChangeAsync(user, organisationId, month, version, (review, sample, name, now) => review.Complete(sample, summary, name, now), ct);

    private async Task ChangeAsync(
        ClaimsPrincipal user, Guid organisationId, YearMonth month, int? version, Action<LogReview, IReadOnlyCollection<Guid>, string, Instant> change, CancellationToken ct)
    {
        if (!AccessPolicy.MayReviewLog(user.ToActor(), organisationId))
        {
            throw new DomainException("Du får inte granska den här organisationens logg.");
        }

        var review = await db.LogReviews.SingleOrDefaultAsync(r => r.OrganisationId == organisationId && r.Year == month.Year && r.Month == month.Month, ct);
        if (review is null)
        {
            review = new LogReview(organisationId, month, Today);
            db.Add(review);
        }
        else if (version is { } v)
        {
            if (review.Version != v)
            {
                throw new StaleLogReviewException(StaleMessage);
            }

            db.Entry(review).Property(r => r.Version).OriginalValue = v;
        }

        var (_, sample) = await SampleAsync(organisationId, month, ct);
        change(review, sample.ToHashSet(), user.FindFirstValue(NarplanClaims.DisplayName) ?? user.Identity?.Name ?? "okänd", clock.GetCurrentInstant());
        review.Touch();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone else marked or started the same month at the same moment.
            db.ChangeTracker.Clear();
            throw new StaleLogReviewException(StaleMessage);
        }
    }

    private async Task<(int Reads, IReadOnlyList<Guid> Sample)> SampleAsync(Guid organisationId, YearMonth month, CancellationToken ct)
    {
        var span = LogReviewSample.Span(month, Stockholm.Zone);
        var ids = await PatientReads(organisationId).Where(e => e.At >= span.Start && e.At < span.End).Select(e => e.Id).ToListAsync(ct);
        return (ids.Count, LogReviewSample.Draw(organisationId, month, ids));
    }

    /// <summary>The organisation's users' reads of patient data (the reviewer's own reads included: they are reads too).</summary>
    private IQueryable<AuditEntry> PatientReads(Guid organisationId) =>
        db.AuditEntries.AsNoTracking().Where(e => e.OrganisationId == organisationId && e.Action == AuditAction.Read && e.PatientId != null);
}

/// <summary>A log-review change made from a page showing an older version (Swedish message).</summary>
public sealed class StaleLogReviewException(string message) : Exception(message);
