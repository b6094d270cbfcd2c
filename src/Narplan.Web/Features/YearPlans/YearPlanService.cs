using Narplan.Web.Features.Patients;
using Narplan.Web.Features.Rounds;

namespace Narplan.Web.Features.YearPlans;

/// <summary>A change refused because the page showed an older version of what it changes (Swedish message).</summary>
public sealed class StaleEditException(string message) : Exception(message);

/// <summary>A review that a planning moved, added or removed, with the reason (Swedish).</summary>
public sealed record YearPlanMove(Guid PatientId, LocalDate? From, LocalDate? To, string Reason);

/// <summary>What one planning did: whether it was the first for the year, and what moved.</summary>
public sealed record YearPlanOutcome(bool Created, IReadOnlyList<YearPlanMove> Moves);

/// <summary>
/// A stored year plan that followed a patient event (decision 0024): the unit and year, how many reviews were added,
/// moved and removed, or <see cref="Failed"/> when someone else planned the unit at the same moment.
/// </summary>
public sealed record YearPlanFollowed(Guid UnitId, string UnitName, int Year, int Added, int Moved, int Removed, bool Failed = false);

/// <summary>The settings a unit's year plan follows, and their sources.</summary>
public sealed record UnitPlanSettings(
    YearPlanSettings Settings, int ReviewsPerRound, int IntervalMonths, KommunVacationSetting Vacation,
    MedicationReviewKind MedicationReview = MedicationReviewKind.Extended, bool UsesContactTime = false,
    RegionReviewSetting? RegionVersion = null, int CapacityVersion = 0)
{
    /// <summary>Stored with the planning run: a change here makes the next planning start afresh.</summary>
    public YearPlanRunSettings RunSettings => new(IntervalMonths, UsesContactTime ? null : ReviewsPerRound, Settings.Vacations);
}

/// <summary>
/// Builds, stores and re-plans a unit's year plan of annual reviews (årlig medicinsk vårdplanering, DOMAIN.md §6) from the
/// stored patients and the unit's round occurrences, using the pure <see cref="YearPlanner"/> and
/// <see cref="YearReplanner"/> (decisions 0014, 0015, 0024). Keeps the preparation tasks in step with the bookings.
/// </summary>
public sealed class YearPlanService(NarplanDbContext db, RoundQueries rounds, PatientAccess access, IClock clock)
{
    public LocalDate Today => Stockholm.Today(clock);

    /// <summary>Who may plan a unit and see its plan: the unit's kommun staff, the vårdcentral carrying its läkaransvar today, admins.</summary>
    public static bool CanPlan(ClaimsPrincipal user, CareUnit unit, Guid? unitCareCentreId) =>
        AccessPolicy.MayPlanYear(user.ToActor(), unit.KommunId, unitCareCentreId);

    public async Task<(CareUnit Unit, Guid? CareCentreId)?> UnitAsync(Guid unitId, CancellationToken ct = default)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        return unit is null ? null : (unit, unit.ResponsibilityOn(Today)?.CareCentreId);
    }

    /// <summary>
    /// The settings in force on <paramref name="on"/> (default today): the kommun's vacations, the unit's reviews per round
    /// and slot rule, and the region's review-setting version valid that day (decision 0041).
    /// </summary>
    public async Task<UnitPlanSettings> SettingsAsync(CareUnit unit, LocalDate? on = null, CancellationToken ct = default)
    {
        var kommun = await db.Kommuner.AsNoTracking().SingleAsync(k => k.Id == unit.KommunId, ct);
        var vacation = await db.KommunVacationSettings.AsNoTracking().SingleOrDefaultAsync(s => s.KommunId == kommun.Id, ct) ?? new KommunVacationSetting(kommun.Id);
        var versions = await db.RegionReviewSettings.AsNoTracking().Where(s => s.RegionId == kommun.RegionId).ToListAsync(ct);
        var region = RegionReviewSetting.InForce(versions, on ?? Today);
        var interval = region?.IntervalMonths ?? RegionReviewSetting.DefaultIntervalMonths;
        var capacity = await db.UnitReviewCapacities.AsNoTracking().SingleOrDefaultAsync(s => s.CareUnitId == unit.Id, ct);
        var perRound = capacity?.ReviewsPerRound ?? UnitReviewCapacity.DefaultReviewsPerRound;
        return new(new YearPlanSettings(Period.FromMonths(interval), vacation.Vacations()), perRound, interval, vacation,
            region?.MedicationReview ?? MedicationReviewKind.Extended, capacity?.UsesContactTime ?? false, region, capacity?.Version ?? 0);
    }

    /// <summary>The region's review-setting versions, oldest first (the settings page lists them).</summary>
    public async Task<IReadOnlyList<RegionReviewSetting>> RegionVersionsAsync(CareUnit unit, CancellationToken ct = default)
    {
        var regionId = await db.Kommuner.AsNoTracking().Where(k => k.Id == unit.KommunId).Select(k => k.RegionId).SingleAsync(ct);
        return await db.RegionReviewSettings.AsNoTracking().Where(s => s.RegionId == regionId).OrderBy(s => s.ValidFrom).ToListAsync(ct);
    }

    /// <summary>
    /// The review slots of the unit's year. By default every round occurrence that is not cancelled and whose series is not
    /// for avstämning only, times the reviews per round. A unit whose rule books reviews in contact time gets the contact
    /// times of the vårdcentral responsible on each date instead (seed 002: "planeras in på separata tider"), less the places
    /// other units already booked in them.
    /// </summary>
    public async Task<IReadOnlyList<ReviewSlot>> SlotsAsync(Guid unitId, int year, int perRound, CancellationToken ct = default) =>
        (await SlotsWithSourceAsync(unitId, year, perRound, null, ct)).Slots;

    /// <summary>The slots and where they come from; <paramref name="usesContactTime"/> null reads the unit's rule.</summary>
    public async Task<(IReadOnlyList<ReviewSlot> Slots, ReviewSlotSource Source)> SlotsWithSourceAsync(
        Guid unitId, int year, int perRound, bool? usesContactTime, CancellationToken ct = default)
    {
        var (from, to) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        usesContactTime ??= (await db.UnitReviewCapacities.AsNoTracking().SingleOrDefaultAsync(s => s.CareUnitId == unitId, ct))?.UsesContactTime ?? false;
        if (usesContactTime == true)
        {
            return (await ContactTimeSlotsAsync(unitId, from, to, ct), ReviewSlotSource.ContactTime);
        }

        var reconciliation = (await db.RoundSeries.AsNoTracking().Where(s => s.CareUnitId == unitId && s.ReconciliationOnly).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        var views = await rounds.ForUnitAsync(unitId, from, to, ct);
        return (views.Where(v => v.Occurrence.Status != RoundStatus.Cancelled && v.Occurrence.Date.Year == year && perRound > 0
                && !reconciliation.Contains(v.Occurrence.SeriesId))
            .GroupBy(v => v.Occurrence.Date)
            .Select(g => new ReviewSlot(g.Key, g.Count() * perRound))
            .OrderBy(s => s.Date)
            .ToList(), ReviewSlotSource.RoundOccurrence);
    }

    /// <summary>The contact times that serve the unit: those of its vårdcentral (for every such unit or this one only).</summary>
    public async Task<IReadOnlyList<ContactTime>> ContactTimesForUnitAsync(Guid unitId, CancellationToken ct = default)
    {
        var centres = await db.UnitResponsibilities.AsNoTracking().Where(r => r.CareUnitId == unitId).Select(r => r.CareCentreId).Distinct().ToListAsync(ct);
        return await db.ContactTimes.AsNoTracking()
            .Where(c => centres.Contains(c.CareCentreId) && (c.CareUnitId == null || c.CareUnitId == unitId))
            .OrderBy(c => c.ValidFrom).ThenBy(c => c.Weekday).ToListAsync(ct);
    }

    private async Task<IReadOnlyList<ReviewSlot>> ContactTimeSlotsAsync(Guid unitId, LocalDate from, LocalDate to, CancellationToken ct)
    {
        var unit = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).SingleAsync(u => u.Id == unitId, ct);
        var times = await ContactTimesForUnitAsync(unitId, ct);
        var perDate = new Dictionary<(Guid Centre, LocalDate Date), int>();
        foreach (var time in times)
        {
            foreach (var slot in time.SlotsBetween(from, to).Where(s => unit.ResponsibilityOn(s.Date)?.CareCentreId == time.CareCentreId))
            {
                perDate[(time.CareCentreId, slot.Date)] = perDate.GetValueOrDefault((time.CareCentreId, slot.Date)) + slot.Capacity;
            }
        }

        if (perDate.Count == 0)
        {
            return [];
        }

        // A vårdcentral's contact time is shared by the units it serves: places booked by the others are not free here.
        var dates = perDate.Keys.Select(k => k.Date).Distinct().ToList();
        var others = await db.AnnualReviews.AsNoTracking()
            .Where(r => r.CareUnitId != unitId && r.Status == AnnualReviewStatus.Planned && r.SlotSource == ReviewSlotSource.ContactTime && r.Date != null && dates.Contains(r.Date.Value))
            .Select(r => new { r.CareUnitId, Date = r.Date!.Value }).ToListAsync(ct);
        var otherUnitIds = others.Select(o => o.CareUnitId).Distinct().ToList();
        var otherUnits = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => otherUnitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        foreach (var other in others)
        {
            if (otherUnits[other.CareUnitId].ResponsibilityOn(other.Date)?.CareCentreId is { } centre && perDate.ContainsKey((centre, other.Date)))
            {
                perDate[(centre, other.Date)]--;
            }
        }

        return perDate.GroupBy(p => p.Key.Date).Select(g => new ReviewSlot(g.Key, Math.Max(0, g.Sum(p => p.Value))))
            .Where(s => s.Capacity > 0).OrderBy(s => s.Date).ToList();
    }

    public Task<YearPlanRun?> RunAsync(Guid unitId, int year, CancellationToken ct = default) =>
        db.YearPlanRuns.AsNoTracking().SingleOrDefaultAsync(r => r.CareUnitId == unitId && r.Year == year, ct);

    public async Task<IReadOnlyList<AnnualReview>> ReviewsAsync(Guid unitId, int year, CancellationToken ct = default) =>
        await db.AnnualReviews.AsNoTracking().Where(r => r.CareUnitId == unitId && r.Year == year).ToListAsync(ct);

    /// <summary>
    /// Plans the unit's year, or re-plans it from what is stored: compares today's patients, deteriorations and slots with
    /// what the last planning used, hands the differences to <see cref="YearReplanner"/>, and stores the result.
    /// </summary>
    public Task<YearPlanOutcome> PlanAsync(Guid unitId, int year, CancellationToken ct = default) => PlanAsync(unitId, year, preview: false, ct);

    /// <summary>What "Planera om" would move now, without storing anything (the page shows it as pending changes).</summary>
    public Task<YearPlanOutcome> PreviewAsync(Guid unitId, int year, CancellationToken ct = default) => PlanAsync(unitId, year, preview: true, ct);

    private async Task<YearPlanOutcome> PlanAsync(Guid unitId, int year, bool preview, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = await PlanCoreAsync(unitId, year, preview, ct);
        NarplanMeters.YearPlanRan(preview, started);
        return outcome;
    }

    private async Task<YearPlanOutcome> PlanCoreAsync(Guid unitId, int year, bool preview, CancellationToken ct)
    {
        var today = Today;
        if (year < today.Year)
        {
            throw new DomainException($"Året {year} är redan slut och kan inte planeras om.");
        }

        var unit = await db.CareUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        var from = year > today.Year ? new LocalDate(year, 1, 1) : today;
        var settings = await SettingsAsync(unit, from, ct);
        var (slots, source) = await SlotsWithSourceAsync(unitId, year, settings.ReviewsPerRound, settings.UsesContactTime, ct);
        var patients = await db.Patients.Include(p => p.Events).Include(p => p.CareContacts)
            .Where(p => p.CareUnitId == unitId && p.DiedOn == null).ToListAsync(ct);
        var rows = await db.AnnualReviews.Where(r => r.CareUnitId == unitId && r.Year == year).ToListAsync(ct);
        var run = await db.YearPlanRuns.SingleOrDefaultAsync(r => r.CareUnitId == unitId && r.Year == year, ct);

        var rowPatients = rows.Select(r => r.PatientId).ToList();
        var died = (await db.Patients.AsNoTracking().Where(p => rowPatients.Contains(p.Id) && p.DiedOn != null).Select(p => p.Id).ToListAsync(ct))
            .Select(id => new PatientId(id)).ToHashSet();
        var facts = new YearPlanFacts(
            unitId, year, from, today, patients.Select(ToPlanning).ToList(), died, slots, settings.RunSettings, source, settings.MedicationReview);
        var reconciliation = YearPlanReconciliation.Reconcile(facts, rows, run);
        var moves = reconciliation.Moves.Select(m => new YearPlanMove(m.PatientId.Value, m.From, m.To, m.Reason)).ToList();
        var created = reconciliation.Created;

        if (preview)
        {
            db.ChangeTracker.Clear();
            return new(created, moves);
        }

        db.AddRange(reconciliation.Apply());
        run ??= db.Add(new YearPlanRun(unitId, year)).Entity;
        run.Record(from, slots, settings.RunSettings, clock.GetCurrentInstant());
        run.Touch();
        await SaveAsync(ct);
        await SyncTasksAsync(unitId, year, ct);
        var doneIds = rows.Where(r => r.Status == AnnualReviewStatus.Done).Select(r => r.PatientId).ToHashSet();
        await access.LogAsync(patients.Select(p => p.Id).Where(id => !doneIds.Contains(id)), Domain.Audit.AuditAction.Read, "årsplan: planering", ct);
        return new(created, moves);
    }

    /// <summary>
    /// Makes the stored year plans of the units follow a patient event just saved: each unit's plan for this year and for
    /// next year, where one is stored, is re-planned by <see cref="PlanAsync(Guid, int, CancellationToken)"/> exactly as
    /// "Planera om" does. A unit or year without a stored plan is left alone: planning it the first time stays the nurse's act.
    /// </summary>
    public async Task<IReadOnlyList<YearPlanFollowed>> FollowPatientEventAsync(IEnumerable<Guid> unitIds, CancellationToken ct = default)
    {
        var units = unitIds.Distinct().ToList();
        var thisYear = Today.Year;
        var runs = await db.YearPlanRuns.AsNoTracking()
            .Where(r => units.Contains(r.CareUnitId) && (r.Year == thisYear || r.Year == thisYear + 1))
            .Select(r => new { r.CareUnitId, r.Year }).ToListAsync(ct);
        if (runs.Count == 0)
        {
            return [];
        }

        var names = await db.CareUnits.AsNoTracking().Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var followed = new List<YearPlanFollowed>();
        foreach (var run in runs.OrderBy(r => units.IndexOf(r.CareUnitId)).ThenBy(r => r.Year))
        {
            try
            {
                var moves = (await PlanAsync(run.CareUnitId, run.Year, ct)).Moves;
                followed.Add(new(
                    run.CareUnitId, names[run.CareUnitId], run.Year,
                    moves.Count(m => m.From is null && m.To is not null), moves.Count(m => m.From is not null && m.To is not null), moves.Count(m => m.To is null)));
            }
            catch (Exception e) when (e is DbUpdateException or DomainException)
            {
                // The patient event is saved already; the plan shows the change as pending until someone presses "Planera om".
                db.ChangeTracker.Clear();
                followed.Add(new(run.CareUnitId, names[run.CareUnitId], run.Year, 0, 0, 0, Failed: true));
            }
        }

        return followed;
    }

    /// <summary>The Swedish message for a review or task form saved against a version someone else changed meanwhile.</summary>
    public const string StaleReviewMessage =
        "Vårdplaneringen har ändrats av någon annan sedan du öppnade sidan. Dina uppgifter finns kvar i formuläret; kontrollera vårdplaneringen som den är nu och spara igen.";

    /// <summary>Refuses a change made from a page showing an older version of the row (optimistic concurrency, issue 15 item 5).</summary>
    private void RequireVersion(AnnualReview row, int? version)
    {
        if (version is { } v)
        {
            if (row.Version != v)
            {
                throw new StaleEditException(StaleReviewMessage);
            }

            db.Entry(row).Property(r => r.Version).OriginalValue = v;
        }
    }

    /// <summary>A nurse moves a review by hand; refused with a Swedish reason when the date has no free slot or the page is stale.</summary>
    public async Task MoveByHandAsync(Guid reviewId, LocalDate date, CancellationToken ct = default) => await MoveByHandAsync(reviewId, date, null, ct);

    public async Task MoveByHandAsync(Guid reviewId, LocalDate date, int? version, CancellationToken ct = default)
    {
        var row = await db.AnnualReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw new DomainException("Vårdplaneringen finns inte.");
        RequireVersion(row, version);
        if (row.Status != AnnualReviewStatus.Planned)
        {
            throw new DomainException("Bara en planerad vårdplanering kan flyttas.");
        }

        if (date < Today)
        {
            throw new DomainException("Välj ett datum från och med i dag.");
        }

        var run = await db.YearPlanRuns.AsNoTracking().SingleAsync(r => r.CareUnitId == row.CareUnitId && r.Year == row.Year, ct);
        var unit = await db.CareUnits.AsNoTracking().SingleAsync(u => u.Id == row.CareUnitId, ct);
        var settings = await SettingsAsync(unit, run.From, ct);
        var open = await db.AnnualReviews.AsNoTracking()
            .Where(r => r.CareUnitId == row.CareUnitId && r.Year == row.Year && r.Status != AnnualReviewStatus.Removed && r.Status != AnnualReviewStatus.Done)
            .ToListAsync(ct);
        var plan = YearPlanReconciliation.Restore(open, run, settings.Settings);
        YearReplanner.MoveByHand(plan, YearPlanReconciliation.PatientOf(row), date);
        row.MoveByHand(date);
        row.Touch();
        await SaveAsync(ct);
        await SyncTasksAsync(row.CareUnitId, row.Year, ct);
    }

    /// <summary>Records a held review and its outcome; the patient's previous review becomes that date.</summary>
    public async Task MarkDoneAsync(Guid reviewId, LocalDate on, ReviewOutcome outcome, CancellationToken ct = default) => await MarkDoneAsync(reviewId, on, outcome, null, ct);

    public async Task MarkDoneAsync(Guid reviewId, LocalDate on, ReviewOutcome outcome, int? version, CancellationToken ct = default)
    {
        var row = await db.AnnualReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw new DomainException("Vårdplaneringen finns inte.");
        RequireVersion(row, version);
        var patient = await db.Patients.SingleAsync(p => p.Id == row.PatientId, ct);
        row.MarkDone(on, outcome, Today);
        row.Touch();
        if (patient.PreviousAnnualReview is not { } previous || previous <= on)
        {
            patient.RecordAnnualReview(on, Today);
            patient.Touch();
        }

        await SaveAsync(ct);
    }

    /// <summary>
    /// Each patient's next planned review (this year or later; the earliest), for the pages that show it beside the
    /// patient. The caller has opened the patients through <see cref="PatientAccess"/> (reads logged there).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, AnnualReview>> NextReviewsAsync(IEnumerable<Guid> patientIds, CancellationToken ct = default)
    {
        var ids = patientIds.Distinct().ToList();
        var year = Today.Year;
        var rows = await db.AnnualReviews.AsNoTracking()
            .Where(r => ids.Contains(r.PatientId) && r.Status == AnnualReviewStatus.Planned && r.Year >= year).ToListAsync(ct);
        return rows.GroupBy(r => r.PatientId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Date).First());
    }

    /// <summary>
    /// Late reviews for follow-up (issue 14 item 5): per unit of the kommun, how many planned reviews of the year lie after
    /// their latest date. No patient data, only counts.
    /// </summary>
    /// <summary>
    /// For the unit lists: per unit, the planned annual reviews placed after their latest date ("Försenad", decision 0042),
    /// in any year. Counts only, no patient data.
    /// </summary>
    public Task<IReadOnlyDictionary<Guid, int>> LateCountsForUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default)
    {
        var ids = unitIds.ToList();
        return LateCountsAsync(db.AnnualReviews.Where(r => ids.Contains(r.CareUnitId)), ct);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> LateCountsAsync(Guid kommunId, int year, CancellationToken ct = default)
    {
        var units = await db.CareUnits.AsNoTracking().Where(u => u.KommunId == kommunId).Select(u => u.Id).ToListAsync(ct);
        return await LateCountsAsync(db.AnnualReviews.Where(r => units.Contains(r.CareUnitId) && r.Year == year), ct);
    }

    /// <summary>Per unit, the planned reviews among <paramref name="reviews"/> placed after their latest date.</summary>
    private static async Task<IReadOnlyDictionary<Guid, int>> LateCountsAsync(IQueryable<AnnualReview> reviews, CancellationToken ct)
    {
        var rows = await reviews.AsNoTracking()
            .Where(r => r.Status == AnnualReviewStatus.Planned && r.Date != null && r.DueBy != null)
            .Select(r => new { r.CareUnitId, Date = r.Date!.Value, DueBy = r.DueBy!.Value }).ToListAsync(ct);
        return rows.Where(r => r.Date > r.DueBy).GroupBy(r => r.CareUnitId).ToDictionary(g => g.Key, g => g.Count());
    }

    public async Task<IReadOnlyList<ReviewTask>> TasksForReviewAsync(Guid reviewId, CancellationToken ct = default) =>
        await db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == reviewId).OrderBy(t => t.DueOn).ThenBy(t => t.Kind).ToListAsync(ct);

    public async Task<IReadOnlyList<AnnualReview>> ReviewsOfPatientAsync(Guid patientId, CancellationToken ct = default) =>
        await db.AnnualReviews.AsNoTracking().Where(r => r.PatientId == patientId).OrderByDescending(r => r.Year).ThenByDescending(r => r.Date).ToListAsync(ct);

    public async Task SetTaskDoneAsync(Guid taskId, bool isDone, CancellationToken ct = default)
    {
        var task = await db.ReviewTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct) ?? throw new DomainException("Uppgiften finns inte.");
        if (isDone)
        {
            task.MarkDone(Today);
        }
        else
        {
            task.Reopen();
        }

        task.Touch();
        await SaveAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> PeopleNamesAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => list.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
    }

    /// <summary>Dates from today to the review's due date (or year end) with a round and a free place, for the move form.</summary>
    public async Task<IReadOnlyList<LocalDate>> FreeDatesAsync(AnnualReview review, CancellationToken ct = default)
    {
        var run = await RunAsync(review.CareUnitId, review.Year, ct);
        if (run is null)
        {
            return [];
        }

        var unit = await db.CareUnits.AsNoTracking().SingleAsync(u => u.Id == review.CareUnitId, ct);
        var settings = (await SettingsAsync(unit, run.From, ct)).Settings;
        var load = (await db.AnnualReviews.AsNoTracking()
                .Where(r => r.CareUnitId == review.CareUnitId && r.Year == review.Year && r.Status == AnnualReviewStatus.Planned).Select(r => r.Date).ToListAsync(ct))
            .GroupBy(d => d!.Value).ToDictionary(g => g.Key, g => g.Count());
        var last = review.DueBy is { } due && due.Year == review.Year ? due : new LocalDate(review.Year, 12, 31);
        return run.ParseSlots()
            .Where(s => s.Date >= Today && s.Date <= last && s.Date != review.Date && settings.IsPlanningDay(s.Date) && load.GetValueOrDefault(s.Date) < s.Capacity)
            .Select(s => s.Date).ToList();
    }

    /// <summary>Sets done/not done on the shown tasks of the patient's reviews (a checkbox list).</summary>
    public async Task<int> SetTasksAsync(Guid patientId, IReadOnlyCollection<Guid> shown, IReadOnlySet<Guid> done, IReadOnlyDictionary<Guid, int>? versions = null, CancellationToken ct = default)
    {
        var tasks = await db.ReviewTasks.Where(t => t.PatientId == patientId && shown.Contains(t.Id)).ToListAsync(ct);
        var stale = Apply(tasks, done, versions);
        await SaveAsync(ct);
        return stale;
    }

    /// <summary>Sets done/not done on the shown tasks (the task list), each only if the user may see its patient.</summary>
    public async Task<int> SetTasksAsync(
        IReadOnlyCollection<Guid> shown, IReadOnlySet<Guid> done, IReadOnlySet<Guid> allowedPatients, IReadOnlyDictionary<Guid, int>? versions = null, CancellationToken ct = default)
    {
        var tasks = await db.ReviewTasks.Where(t => shown.Contains(t.Id)).ToListAsync(ct);
        var stale = Apply(tasks.Where(t => allowedPatients.Contains(t.PatientId)), done, versions);
        await SaveAsync(ct);
        return stale;
    }

    /// <summary>
    /// Applies the checkboxes; a task whose version differs from the one the page showed (someone else ticked or unticked it
    /// meanwhile) is left as stored and counted.
    /// </summary>
    private int Apply(IEnumerable<ReviewTask> tasks, IReadOnlySet<Guid> done, IReadOnlyDictionary<Guid, int>? versions)
    {
        var stale = 0;
        foreach (var task in tasks)
        {
            if (versions is not null && versions.TryGetValue(task.Id, out var shownVersion) && shownVersion != task.Version)
            {
                stale += done.Contains(task.Id) != task.IsDone ? 1 : 0;
                continue;
            }

            if (versions is not null && versions.TryGetValue(task.Id, out var v))
            {
                db.Entry(task).Property(t => t.Version).OriginalValue = v;
            }

            if (done.Contains(task.Id) != task.IsDone)
            {
                if (done.Contains(task.Id))
                {
                    task.MarkDone(Today);
                }
                else
                {
                    task.Reopen();
                }

                task.Touch();
            }
        }

        return stale;
    }

    /// <summary>
    /// The person in the register this user's account belongs to (issue 17.5): the account's link, never a match on the
    /// name (two people may share one). Null for an account without a person.
    /// </summary>
    public Task<Guid?> PersonOfAsync(ClaimsPrincipal user, CancellationToken ct = default) => Task.FromResult(user.PersonId());

    /// <summary>
    /// Open preparation tasks (and those done in the last 14 days) for the user: the ones they own when their account is a
    /// person in the register; otherwise the nurse tasks of their kommun (kommun staff) or the doctor tasks of patients at
    /// units their vårdcentral carries (doctors).
    /// </summary>
    public async Task<(IReadOnlyList<ReviewTask> Tasks, bool Personal)> TasksForAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var since = Today.PlusDays(-14);
        var query = db.ReviewTasks.AsNoTracking().Where(t => t.DoneOn == null || t.DoneOn >= since);
        var person = await PersonOfAsync(user, ct);
        List<ReviewTask> tasks;
        if (person is { } id)
        {
            tasks = await query.Where(t => t.OwnerPersonId == id).ToListAsync(ct);
        }
        else if (user.IsKommunUser() && user.KommunId() is { } kommun)
        {
            tasks = await query.Where(t => t.Owner == ReviewTaskOwner.Nurse && db.Patients.Any(p => p.Id == t.PatientId && p.KommunId == kommun)).ToListAsync(ct);
        }
        else if (user.Role() is UserRole.Doctor or UserRole.CareCentreManager && user.OrganisationId() is { } centre)
        {
            var units = await db.UnitResponsibilities.AsNoTracking().Where(r => r.CareCentreId == centre).Select(r => r.CareUnitId).Distinct().ToListAsync(ct);
            tasks = await query.Where(t => t.Owner == ReviewTaskOwner.Doctor
                && db.Patients.Any(p => p.Id == t.PatientId && (p.ListedCareCentreId == centre || units.Contains(p.CareUnitId)))).ToListAsync(ct);
        }
        else
        {
            tasks = [];
        }

        // Only the tasks of a planned review count (a review that moved away or was done leaves its open tasks behind only as done ones).
        var reviewIds = tasks.Select(t => t.ReviewId).Distinct().ToList();
        var planned = (await db.AnnualReviews.AsNoTracking().Where(r => reviewIds.Contains(r.Id) && r.Status == AnnualReviewStatus.Planned).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        return (tasks.Where(t => t.IsDone || planned.Contains(t.ReviewId)).OrderBy(t => t.IsDone).ThenBy(t => t.DueOn).ThenBy(t => t.Kind).ToList(), person is not null);
    }

    public async Task<IReadOnlyDictionary<Guid, AnnualReview>> ReviewsByIdAsync(IEnumerable<Guid> ids, CancellationToken ct = default)
    {
        var list = ids.Distinct().ToList();
        return await db.AnnualReviews.AsNoTracking().Where(r => list.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
    }

    /// <summary>Brings every planned review's six preparation tasks in line with its date and the patient's contacts.</summary>
    private async Task SyncTasksAsync(Guid unitId, int year, CancellationToken ct)
    {
        var rows = await db.AnnualReviews.AsNoTracking().Where(r => r.CareUnitId == unitId && r.Year == year).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var tasks = (await db.ReviewTasks.Where(t => ids.Contains(t.ReviewId)).ToListAsync(ct)).ToLookup(t => t.ReviewId);
        var patientIds = rows.Select(r => r.PatientId).ToList();
        var patients = await db.Patients.AsNoTracking().Include(p => p.CareContacts).Where(p => patientIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var row in rows)
        {
            var existing = tasks[row.Id].ToDictionary(t => t.Kind);
            if (row.Status == AnnualReviewStatus.Planned)
            {
                // A task the review's medication review no longer includes goes while it is undone.
                var wanted = PreparationTasks.For(row.MedicationReview).Select(t => t.Kind).ToHashSet();
                db.RemoveRange(existing.Values.Where(t => !t.IsDone && !wanted.Contains(t.Kind)));
            }

            if (row.Status != AnnualReviewStatus.Planned || row.Date is not { } date)
            {
                if (row.Status != AnnualReviewStatus.Done)
                {
                    db.RemoveRange(existing.Values.Where(t => !t.IsDone));
                }

                continue;
            }

            var patient = patients[row.PatientId];
            var nurse = patient.CareContacts.FirstOrDefault()?.PersonId;
            foreach (var (kind, owner, before) in PreparationTasks.For(row.MedicationReview))
            {
                var due = PreparationTasks.WorkingDaysBefore(date, before);
                var person = owner == ReviewTaskOwner.Nurse ? nurse : patient.RegularDoctorId;
                if (existing.TryGetValue(kind, out var task))
                {
                    if (!task.IsDone && (task.DueOn != due || task.OwnerPersonId != person))
                    {
                        task.Follow(due, person);
                        task.Touch();
                    }
                }
                else
                {
                    db.Add(new ReviewTask(row, kind, owner, person, due));
                }
            }
        }

        await SaveAsync(ct);
    }

    /// <summary>Saves; on a conflict (someone else planned at the same time) forgets the attempt so the page can reload.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static PlanningPatient ToPlanning(Patient p) => new(
        new PatientId(p.Id), p.PreviousAnnualReview,
        p.Events.Where(e => e.Kind == PatientEventKind.Deterioration).Select(e => (LocalDate?)e.On).Max());
}
