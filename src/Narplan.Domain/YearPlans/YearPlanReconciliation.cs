namespace Narplan.Domain.YearPlans;

/// <summary>
/// What is true of a unit's year today, as the year plan needs it: the living patients as the planner sees them, the
/// patients of stored rows who have died, the review slots and the settings in force (stored with the run).
/// <see cref="From"/> is the first date a review may be placed on (today, or 1 January of a later year).
/// </summary>
public sealed record YearPlanFacts(
    Guid UnitId,
    int Year,
    LocalDate From,
    LocalDate Today,
    IReadOnlyList<PlanningPatient> Patients,
    IReadOnlySet<PatientId> Died,
    IReadOnlyList<ReviewSlot> Slots,
    YearPlanRunSettings Settings,
    ReviewSlotSource SlotSource,
    MedicationReviewKind MedicationReview);

/// <summary>
/// The year plan's bookkeeping (decision 0024): the stored rows of one unit and year, the last planning run and today's
/// facts in; the new plan, the moves to tell the user, and the row changes out. Pure apart from the rows it is given,
/// which <see cref="Apply"/> changes through their own methods; the caller loads and saves.
/// </summary>
public sealed class YearPlanReconciliation
{
    private readonly YearPlanFacts _facts;
    private readonly IReadOnlyList<AnnualReview> _rows;
    private readonly Dictionary<PatientId, PlanningPatient> _present;

    private YearPlanReconciliation(
        YearPlanFacts facts, IReadOnlyList<AnnualReview> rows, Dictionary<PatientId, PlanningPatient> present, bool created, YearPlan plan, IReadOnlyList<ReviewMove> moves)
    {
        _facts = facts;
        _rows = rows;
        _present = present;
        Created = created;
        Plan = plan;
        Moves = moves;
    }

    /// <summary>True when no planning was stored for the unit and year before.</summary>
    public bool Created { get; }

    public YearPlan Plan { get; }

    /// <summary>The reviews that moved, were added or removed, with the reason (Swedish).</summary>
    public IReadOnlyList<ReviewMove> Moves { get; }

    /// <summary>The planner's id of the row's patient.</summary>
    public static PatientId PatientOf(AnnualReview row) => new(row.PatientId);

    /// <summary>
    /// Plans the year afresh (first planning, or the settings changed: only the history before <see cref="YearPlanFacts.From"/>
    /// stays) or re-plans it from what is stored: the differences between the last run and today become
    /// <see cref="PlanChange"/>s for <see cref="YearReplanner"/>. A patient whose review is done this year is finished with it.
    /// </summary>
    public static YearPlanReconciliation Reconcile(YearPlanFacts facts, IReadOnlyList<AnnualReview> rows, YearPlanRun? run)
    {
        var done = rows.Where(r => r.Status == AnnualReviewStatus.Done).Select(PatientOf).ToHashSet();
        var present = facts.Patients.Where(p => !done.Contains(p.Id)).ToDictionary(p => p.Id);
        var settings = facts.Settings.ForPlanner();
        var input = new YearPlanInput(facts.Year, present.Values.ToList(), facts.Slots, settings, facts.From);
        // Compared as settings, not as stored text: the vacations' order or the spacing is no change (decision 0095).
        if (run is null || run.ParseSettings() != facts.Settings)
        {
            var history = rows.Where(r => r.Status == AnnualReviewStatus.Planned && r.Date < facts.From).Select(Booking);
            var plan = YearPlanner.Restore(input, history);
            var why = run is null ? "Ny årsplan." : "Inställningarna för årsplanen har ändrats.";
            var byPatient = rows.ToDictionary(PatientOf);
            var moves = plan.Reviews
                .Select(r => (Review: r, Was: byPatient.GetValueOrDefault(r.PatientId)?.Date))
                .Where(x => x.Was != x.Review.Date)
                .Select(x => new ReviewMove(x.Review.PatientId, x.Was, x.Review.Date, why))
                .ToList();
            return new(facts, rows, present, run is null, plan, moves);
        }

        var open = rows.Where(r => r.Status is not AnnualReviewStatus.Removed and not AnnualReviewStatus.Done).ToList();
        var current = Restore(open, run, settings);
        var replanning = YearReplanner.Replan(current, Changes(open, present, facts.Died, run.ParseSlots(), facts.Slots), facts.Today);
        return new(facts, rows, present, false, replanning.Plan, replanning.Moves);
    }

    /// <summary>The stored plan as the planner made it: the open rows on the slots and settings of the last run.</summary>
    public static YearPlan Restore(IReadOnlyList<AnnualReview> open, YearPlanRun run, YearPlanSettings settings)
    {
        var input = new YearPlanInput(
            run.Year, open.Select(r => new PlanningPatient(PatientOf(r), r.PlannedFromPreviousReview, r.PlannedFromDeterioration)).ToList(),
            run.ParseSlots(), settings, run.From);
        return YearPlanner.Restore(input, open.Where(r => r.Status == AnnualReviewStatus.Planned).Select(Booking));
    }

    /// <summary>
    /// Brings the stored rows in line with <see cref="Plan"/>: places, shortfalls, not-due, removals of patients no longer at
    /// the unit, and what the planner was told. Each changed row is touched (its version goes up).
    /// </summary>
    /// <returns>The rows for patients that had none; the caller adds them.</returns>
    public IReadOnlyList<AnnualReview> Apply()
    {
        var byPatient = _rows.ToDictionary(PatientOf);
        var notes = Moves.GroupBy(m => m.PatientId).ToDictionary(g => g.Key, g => g.Last().Reason);
        var added = new List<AnnualReview>();
        AnnualReview RowFor(PatientId id)
        {
            if (!byPatient.TryGetValue(id, out var row))
            {
                var p = _present[id];
                row = new AnnualReview(id.Value, _facts.UnitId, _facts.Year, p.PreviousReview, p.DeterioratedOn);
                byPatient[id] = row;
                added.Add(row);
            }

            return row;
        }

        foreach (var review in Plan.Reviews.Where(r => _present.ContainsKey(r.PatientId)))
        {
            var row = RowFor(review.PatientId);
            // A review from today on includes the medication review the region's setting in force names (decision 0041).
            var kindChanged = review.Date >= _facts.From && row.SetMedicationReview(_facts.MedicationReview);
            if (row.Status == AnnualReviewStatus.Done || (row.Status == AnnualReviewStatus.Planned && row.Date == review.Date && row.DueBy == review.DueBy && row.Reason == review.Reason))
            {
                if (kindChanged)
                {
                    row.Touch();
                }

                continue;
            }

            row.Place(review.Date, review.DueBy, review.Reason, review.Date >= _facts.From ? _facts.SlotSource : row.SlotSource ?? _facts.SlotSource, notes.GetValueOrDefault(review.PatientId));
            row.Touch();
        }

        foreach (var shortfall in Plan.Shortfalls.Where(s => _present.ContainsKey(s.PatientId)))
        {
            var row = RowFor(shortfall.PatientId);
            if (row.Status != AnnualReviewStatus.NoRoom)
            {
                row.MarkNoRoom(shortfall.DueBy, shortfall.Reason);
                row.Touch();
            }
        }

        foreach (var id in Plan.NotDueThisYear.Where(_present.ContainsKey))
        {
            var row = RowFor(id);
            if (row.Status != AnnualReviewStatus.NotDueThisYear)
            {
                row.MarkNotDue();
                row.Touch();
            }
        }

        var living = _facts.Patients.Select(p => p.Id).ToHashSet();
        foreach (var row in _rows.Where(r => r.IsOpen && !living.Contains(PatientOf(r))))
        {
            row.Remove(notes.GetValueOrDefault(PatientOf(row)) ?? "Patienten hör inte längre till enheten.");
            row.Touch();
        }

        foreach (var (id, p) in _present)
        {
            var row = byPatient.GetValueOrDefault(id);
            if (row is not null && (row.PlannedFromPreviousReview != p.PreviousReview || row.PlannedFromDeterioration != p.DeterioratedOn))
            {
                row.Remember(p.PreviousReview, p.DeterioratedOn);
            }
        }

        return added;
    }

    private static PlannedReview Booking(AnnualReview row) => new(PatientOf(row), row.Date!.Value, row.DueBy, row.Reason);

    /// <summary>What happened since the last run: patients added, moved away, died or deteriorated; slots gone or added.</summary>
    private static List<PlanChange> Changes(
        List<AnnualReview> open, Dictionary<PatientId, PlanningPatient> present, IReadOnlySet<PatientId> died,
        IReadOnlyList<ReviewSlot> oldSlots, IReadOnlyList<ReviewSlot> newSlots)
    {
        var changes = new List<PlanChange>();
        var before = open.ToDictionary(PatientOf);
        foreach (var id in before.Keys.Where(id => !present.ContainsKey(id)))
        {
            changes.Add(died.Contains(id) ? new PlanChange.PatientDied(id) : new PlanChange.PatientMovedAway(id));
        }

        foreach (var (id, p) in present)
        {
            if (!before.TryGetValue(id, out var row))
            {
                changes.Add(new PlanChange.PatientAdded(p));
            }
            else if (p.DeterioratedOn is { } on && on > (row.PlannedFromDeterioration ?? LocalDate.MinIsoValue) && p.HasDeteriorated)
            {
                changes.Add(new PlanChange.PatientDeteriorated(id, on));
            }
        }

        var oldByDate = oldSlots.ToDictionary(s => s.Date, s => s.Capacity);
        var newByDate = newSlots.ToDictionary(s => s.Date, s => s.Capacity);
        changes.AddRange(oldByDate.Where(o => newByDate.GetValueOrDefault(o.Key, -1) != o.Value).Select(o => new PlanChange.RoundCancelled(o.Key)));
        changes.AddRange(newByDate.Where(n => oldByDate.GetValueOrDefault(n.Key, -1) != n.Value).Select(n => new PlanChange.SlotAdded(new ReviewSlot(n.Key, n.Value))));
        return changes;
    }
}
