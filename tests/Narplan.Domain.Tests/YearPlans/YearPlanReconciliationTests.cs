using Narplan.Domain.Patients;
using Narplan.Domain.YearPlans;
using NodaTime;

namespace Narplan.Domain.Tests.YearPlans;

/// <summary>
/// The year plan's bookkeeping as facts (issue 16 item 2): stored rows, the last run and today's patients and slots in;
/// the plan, the moves and the row changes out — no database.
/// </summary>
public class YearPlanReconciliationTests
{
    private static readonly Guid Unit = Guid.NewGuid();

    // Thursdays in 2027 outside the default vacations (weeks 26–32, 23/12–6/1), two places each.
    private static readonly IReadOnlyList<ReviewSlot> Thursdays =
        [new(4.February(2027), 2), new(4.March(2027), 2), new(8.April(2027), 2), new(6.May(2027), 2), new(2.September(2027), 2)];

    // 12 months, two reviews a round, vacation in weeks 26–32 and 23 December–6 January.
    private static readonly YearPlanRunSettings Settings = new(12, 2, YearPlanSettings.Default.Vacations);

    private static YearPlanFacts Facts(
        IReadOnlyList<PlanningPatient> patients, IReadOnlyList<ReviewSlot>? slots = null, IReadOnlySet<PatientId>? died = null, YearPlanRunSettings? settings = null) =>
        new(Unit, 2027, 1.January(2027), 1.December(2026), patients, died ?? new HashSet<PatientId>(), slots ?? Thursdays,
            settings ?? Settings, ReviewSlotSource.RoundOccurrence, MedicationReviewKind.Extended);

    private static PlanningPatient Patient(Guid id, LocalDate? previous) => new(new PatientId(id), previous);

    private static YearPlanRun RunOf(YearPlanFacts facts)
    {
        var run = new YearPlanRun(Unit, facts.Year);
        run.Record(facts.From, facts.Slots, facts.Settings, Instant.FromUtc(2026, 12, 1, 9, 0));
        return run;
    }

    /// <summary>Plans the first time and returns the stored rows and run, as the service would save them.</summary>
    private static (List<AnnualReview> Rows, YearPlanRun Run) FirstPlanning(YearPlanFacts facts)
    {
        var first = YearPlanReconciliation.Reconcile(facts, [], null);
        return (first.Apply().ToList(), RunOf(facts));
    }

    [Fact]
    public void TheFirstPlanningShouldBeCreatedAndAddARowPerPatientWithEveryMoveNamedNewPlan()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var facts = Facts([Patient(a, 10.March(2026)), Patient(b, null)]);

        var result = YearPlanReconciliation.Reconcile(facts, [], null);
        var added = result.Apply();

        Assert.True(result.Created);
        Assert.Equal(2, added.Count);
        Assert.All(added, r => Assert.Equal(AnnualReviewStatus.Planned, r.Status));
        Assert.All(result.Moves, m => Assert.Equal("Ny årsplan.", m.Reason));
        // The new patient comes first (as soon as capacity allows); the annual one by its latest date, 10 March 2027.
        var newRow = added.Single(r => r.PatientId == b);
        Assert.Equal(4.February(2027), newRow.Date);
        Assert.True(added.Single(r => r.PatientId == a).Date <= 10.March(2027));
    }

    [Fact]
    public void ReplanningWithNothingChangedShouldMoveNothingAndAddNoRows()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var facts = Facts([Patient(a, 10.March(2026)), Patient(b, 1.May(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var versions = rows.Select(r => r.Version).ToList();

        var again = YearPlanReconciliation.Reconcile(facts, rows, run);

        Assert.False(again.Created);
        Assert.Empty(again.Moves);
        Assert.Empty(again.Apply());
        Assert.Equal(versions, rows.Select(r => r.Version).ToList());
    }

    [Fact]
    public void ACancelledRoundShouldMoveItsReviewsAndNoteTheReasonOnTheRow()
    {
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var booked = rows.Single().Date!.Value;

        var without = Facts(facts.Patients, Thursdays.Where(s => s.Date != booked).ToList());
        var result = YearPlanReconciliation.Reconcile(without, rows, run);
        result.Apply();

        var move = Assert.Single(result.Moves);
        Assert.Equal(booked, move.From);
        Assert.NotEqual(booked, rows.Single().Date);
        Assert.Equal(move.Reason, rows.Single().ChangeNote);
    }

    [Fact]
    public void APatientWhoDiedShouldLeaveThePlanAsRemovedWithTheReason()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var facts = Facts([Patient(a, 10.March(2026)), Patient(b, 1.May(2026))]);
        var (rows, run) = FirstPlanning(facts);

        var result = YearPlanReconciliation.Reconcile(Facts([Patient(b, 1.May(2026))], died: new HashSet<PatientId> { new(a) }), rows, run);
        result.Apply();

        var gone = rows.Single(r => r.PatientId == a);
        Assert.Equal(AnnualReviewStatus.Removed, gone.Status);
        Assert.Null(Assert.Single(result.Moves, m => m.PatientId == new PatientId(a)).To);
        Assert.Equal(AnnualReviewStatus.Planned, rows.Single(r => r.PatientId == b).Status);
    }

    [Fact]
    public void APatientWhoMovedAwayShouldBeRemovedWithTheDefaultReasonWhenTheReplannerGivesNone()
    {
        var a = Guid.NewGuid();
        var (rows, run) = FirstPlanning(Facts([Patient(a, 10.March(2026))]));

        YearPlanReconciliation.Reconcile(Facts([]), rows, run).Apply();

        Assert.Equal(AnnualReviewStatus.Removed, rows.Single().Status);
        Assert.False(string.IsNullOrWhiteSpace(rows.Single().ChangeNote));
    }

    [Fact]
    public void ANewPatientAtTheUnitShouldGetARowAndTheEarliestFreeDate()
    {
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var newcomer = Guid.NewGuid();

        var result = YearPlanReconciliation.Reconcile(Facts([.. facts.Patients, Patient(newcomer, null)]), rows, run);
        var added = Assert.Single(result.Apply());

        Assert.Equal(newcomer, added.PatientId);
        Assert.Equal(4.February(2027), added.Date);
        Assert.Equal(ReviewReason.NewPatient, added.Reason);
    }

    [Fact]
    public void ChangedSettingsShouldPlanAfreshAndSayWhy()
    {
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);

        var result = YearPlanReconciliation.Reconcile(Facts(facts.Patients, settings: new YearPlanRunSettings(12, 1, Settings.Vacations)), rows, run);

        Assert.False(result.Created);
        Assert.All(result.Moves, m => Assert.Equal("Inställningarna för årsplanen har ändrats.", m.Reason));
    }

    [Fact]
    public void ShouldKeepAReviewMovedByHandWhenTheVacationsAreOnlyListedInAnotherOrder()
    {
        // Planning afresh would put the hand-moved review back on the planner's date; re-planning keeps it (decision 0095).
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var row = rows.Single();
        var byHand = Thursdays.Select(s => s.Date).First(d => d != row.Date && d <= row.DueBy);
        row.MoveByHand(byHand);

        var reordered = new YearPlanRunSettings(12, 2, Settings.Vacations.Reverse());
        var result = YearPlanReconciliation.Reconcile(Facts(facts.Patients, settings: reordered), rows, run);
        result.Apply();

        Assert.Empty(result.Moves);
        Assert.Equal(byHand, row.Date);
    }

    [Fact]
    public void ShouldPlanAfreshAndPutAHandMovedReviewBackWhenTheIntervalChanges()
    {
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var row = rows.Single();
        var byHand = Thursdays.Select(s => s.Date).First(d => d != row.Date && d <= row.DueBy);
        row.MoveByHand(byHand);

        var result = YearPlanReconciliation.Reconcile(Facts(facts.Patients, settings: new YearPlanRunSettings(18, 2, Settings.Vacations)), rows, run);
        result.Apply();

        var move = Assert.Single(result.Moves);
        Assert.Equal("Inställningarna för årsplanen har ändrats.", move.Reason);
        Assert.Equal(byHand, move.From);
        Assert.False(row.IsManuallyMoved);
    }

    [Fact]
    public void APatientWhoseReviewIsDoneShouldKeepTheDoneRowUntouched()
    {
        var a = Guid.NewGuid();
        var facts = Facts([Patient(a, 10.March(2026))]);
        var (rows, run) = FirstPlanning(facts);
        var row = rows.Single();
        row.MarkDone(row.Date!.Value, new ReviewOutcome(true, true, true, null, null, true), row.Date!.Value);
        var version = row.Version;

        var result = YearPlanReconciliation.Reconcile(facts, rows, run);

        Assert.Empty(result.Apply());
        Assert.Equal(AnnualReviewStatus.Done, row.Status);
        Assert.Equal(version, row.Version);
    }

    [Fact]
    public void MorePatientsThanPlacesShouldStoreTheRestAsNoRoomNeverOverbooked()
    {
        IReadOnlyList<ReviewSlot> one = [new(4.February(2027), 1)];
        var patients = Enumerable.Range(0, 3).Select(_ => Patient(Guid.NewGuid(), null)).ToList();

        var added = YearPlanReconciliation.Reconcile(Facts(patients, one), [], null).Apply();

        Assert.Single(added, r => r.Status == AnnualReviewStatus.Planned);
        Assert.Equal(2, added.Count(r => r.Status == AnnualReviewStatus.NoRoom));
    }
}
