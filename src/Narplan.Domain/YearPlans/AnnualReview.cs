namespace Narplan.Domain.YearPlans;

/// <summary>Where a patient stands in the unit's stored year plan. Stored by name; never renumber.</summary>
public enum AnnualReviewStatus
{
    /// <summary>Booked on <see cref="AnnualReview.Date"/>.</summary>
    Planned,

    /// <summary>Held; the outcome is recorded.</summary>
    Done,

    /// <summary>No free slot this year (shortfall): shown, never overbooked.</summary>
    NoRoom,

    /// <summary>The previous review is so recent that the next one is due after the planning year.</summary>
    NotDueThisYear,

    /// <summary>The patient left the plan (moved away or died); kept as history.</summary>
    Removed,
}

/// <summary>Where a review's slot comes from (decision 0024). Stored by name; never renumber.</summary>
public enum ReviewSlotSource
{
    RoundOccurrence,
    ContactTime,
}

/// <summary>What a held review recorded (DOMAIN.md §6, issue 7 item 4).</summary>
public sealed record ReviewOutcome(
    bool MedicationReviewDone,
    bool HealthExamination,
    bool CarePlanUpdated,
    string? TreatmentLimitations,
    string? PalliativeConsideration,
    bool HomeVisitByRegularDoctor);

/// <summary>
/// One patient's place in a unit's year plan for one year (årlig medicinsk vårdplanering, årsgenomgång): the booked date,
/// why, the due date, whether a nurse moved it by hand, and — once held — the outcome. It also keeps what the planner
/// was told about the patient (previous review, deterioration), so a later re-planning can see what changed.
/// </summary>
public sealed class AnnualReview : Entity, IPatientData, IVersioned
{
    public const int MaxTextLength = 1000;

    private AnnualReview()
    {
    }

    public AnnualReview(Guid patientId, Guid careUnitId, int year, LocalDate? previousReview, LocalDate? deterioratedOn)
    {
        PatientId = patientId;
        CareUnitId = careUnitId;
        Year = year;
        PlannedFromPreviousReview = previousReview;
        PlannedFromDeterioration = deterioratedOn;
        Status = AnnualReviewStatus.NotDueThisYear;
    }

    public Guid PatientId { get; private set; }

    public Guid CareUnitId { get; private set; }

    /// <summary>The planning year.</summary>
    public int Year { get; private set; }

    public AnnualReviewStatus Status { get; private set; }

    /// <summary>The booked (or, once done, the held) date; null when there is none.</summary>
    public LocalDate? Date { get; private set; }

    /// <summary>The previous review plus the region's interval; null for a new patient.</summary>
    public LocalDate? DueBy { get; private set; }

    public ReviewReason Reason { get; private set; }

    public ReviewSlotSource? SlotSource { get; private set; }

    /// <summary>Moved by hand: later re-planning keeps it unless it becomes impossible.</summary>
    public bool IsManuallyMoved { get; private set; }

    /// <summary>The last re-planning's reason for this review (Swedish), e.g. "Ronden 2027-03-04 är inställd."</summary>
    public string? ChangeNote { get; private set; }

    /// <summary>The previous review the planner was given.</summary>
    public LocalDate? PlannedFromPreviousReview { get; private set; }

    /// <summary>The deterioration date the planner was given.</summary>
    public LocalDate? PlannedFromDeterioration { get; private set; }

    public LocalDate? DoneOn { get; private set; }

    public bool MedicationReviewDone { get; private set; }

    public bool HealthExamination { get; private set; }

    public bool CarePlanUpdated { get; private set; }

    /// <summary>Ställningstagande till behandlingsbegränsningar.</summary>
    public string? TreatmentLimitations { get; private set; }

    /// <summary>Ställningstagande till palliativa insatser.</summary>
    public string? PalliativeConsideration { get; private set; }

    /// <summary>The review was (or included) the yearly home visit by the fast läkarkontakt.</summary>
    public bool HomeVisitByRegularDoctor { get; private set; }

    /// <summary>Which medication review the review includes: the region's setting when it was planned (DOMAIN.md §6).</summary>
    public MedicationReviewKind MedicationReview { get; private set; } = MedicationReviewKind.Extended;

    public int Version { get; private set; }

    /// <summary>
    /// Booked after its latest date (senast, <see cref="DueBy"/>): shown as "Försenad" wherever the review is shown, and
    /// counted for follow-up (issue 14 item 5).
    /// </summary>
    public bool IsLate => Status == AnnualReviewStatus.Planned && Date is { } date && DueBy is { } due && date > due;

    /// <summary>Sets which medication review the review includes; false when it already did.</summary>
    public bool SetMedicationReview(MedicationReviewKind kind)
    {
        if (MedicationReview == kind || Status == AnnualReviewStatus.Done)
        {
            return false;
        }

        MedicationReview = kind;
        return true;
    }

    public bool IsOpen => Status is AnnualReviewStatus.Planned or AnnualReviewStatus.NoRoom or AnnualReviewStatus.NotDueThisYear;

    /// <summary>What the planner decided (also for a patient who returns to the plan); a change of date clears the manual flag.</summary>
    public void Place(LocalDate date, LocalDate? dueBy, ReviewReason reason, ReviewSlotSource source, string? note)
    {
        if (Status == AnnualReviewStatus.Done)
        {
            throw new DomainException("Vårdplaneringen är redan genomförd.");
        }

        var moved = Date != date;
        Status = AnnualReviewStatus.Planned;
        if (moved)
        {
            IsManuallyMoved = false;
        }

        Date = date;
        DueBy = dueBy;
        Reason = reason;
        SlotSource = source;
        ChangeNote = note ?? (moved ? null : ChangeNote);
    }

    public void MarkNoRoom(LocalDate? dueBy, string reason)
    {
        RequireOpen();
        Status = AnnualReviewStatus.NoRoom;
        Date = null;
        DueBy = dueBy;
        ChangeNote = reason;
    }

    public void MarkNotDue()
    {
        RequireOpen();
        Status = AnnualReviewStatus.NotDueThisYear;
        Date = null;
        ChangeNote = null;
    }

    /// <summary>The patient left the plan; the row stays as history with the reason.</summary>
    public void Remove(string reason)
    {
        RequireOpen();
        Status = AnnualReviewStatus.Removed;
        ChangeNote = reason;
    }

    /// <summary>Records what the planner was told, for the next re-planning's comparison.</summary>
    public void Remember(LocalDate? previousReview, LocalDate? deterioratedOn)
    {
        PlannedFromPreviousReview = previousReview;
        PlannedFromDeterioration = deterioratedOn;
    }

    /// <summary>A nurse moved the review by hand (the date was checked by the year plan).</summary>
    public void MoveByHand(LocalDate date)
    {
        if (Status != AnnualReviewStatus.Planned)
        {
            throw new DomainException("Bara en planerad vårdplanering kan flyttas.");
        }

        Date = date;
        IsManuallyMoved = true;
        ChangeNote = "Flyttad för hand.";
    }

    /// <summary>Records the review as held on <paramref name="on"/> with its outcome.</summary>
    public void MarkDone(LocalDate on, ReviewOutcome outcome, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Status is AnnualReviewStatus.Removed)
        {
            throw new DomainException("Vårdplaneringen är borttagen ur årsplanen.");
        }

        if (on > today)
        {
            throw new DomainException("En genomförd vårdplanering kan inte ligga i framtiden.");
        }

        if (on.Year != Year)
        {
            throw new DomainException($"Datumet ska ligga i planeringsåret {Year}.");
        }

        Status = AnnualReviewStatus.Done;
        Date = on;
        DoneOn = on;
        MedicationReviewDone = outcome.MedicationReviewDone;
        HealthExamination = outcome.HealthExamination;
        CarePlanUpdated = outcome.CarePlanUpdated;
        TreatmentLimitations = Patient.OptionalText(outcome.TreatmentLimitations, MaxTextLength, "Behandlingsbegränsningar");
        PalliativeConsideration = Patient.OptionalText(outcome.PalliativeConsideration, MaxTextLength, "Palliativa insatser");
        HomeVisitByRegularDoctor = outcome.HomeVisitByRegularDoctor;
    }

    public void Touch() => Version++;

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainException("Vårdplaneringen är redan genomförd eller borttagen.");
        }
    }
}
