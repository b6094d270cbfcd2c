namespace Narplan.Domain.YearPlans;

/// <summary>A preparation task before an annual review (DOMAIN.md §6). Stored by name; never renumber.</summary>
public enum ReviewTaskKind
{
    /// <summary>Planeringsunderlag till läkaren.</summary>
    PlanningBasis,

    /// <summary>Sjuksköterskan rapporterar förändringar.</summary>
    NurseReportsChanges,

    /// <summary>Läkaren beställer provtagning.</summary>
    DoctorOrdersTests,

    /// <summary>Sjuksköterskan tar prover.</summary>
    NurseTakesSamples,

    /// <summary>Symtomskattning med PHASE-20.</summary>
    Phase20,

    /// <summary>Riskbedömningar i Senior Alert (sjuksköterska, arbetsterapeut, fysioterapeut, omsorgspersonal).</summary>
    SeniorAlert,
}

/// <summary>Who owns a preparation task: the patient's fast vårdkontakt (nurse) or fast läkarkontakt (doctor).</summary>
public enum ReviewTaskOwner
{
    Nurse,
    Doctor,
}

/// <summary>
/// The preparation "about two weeks before" a review, made precise (decision 0024): each task is due a number of
/// working days (SwedishCalendar) before the review — ten working days are two calendar weeks without holidays.
/// </summary>
public static class PreparationTasks
{
    public static IReadOnlyList<(ReviewTaskKind Kind, ReviewTaskOwner Owner, int WorkingDaysBefore)> Schedule { get; } =
    [
        (ReviewTaskKind.PlanningBasis, ReviewTaskOwner.Nurse, 10),
        (ReviewTaskKind.NurseReportsChanges, ReviewTaskOwner.Nurse, 10),
        (ReviewTaskKind.Phase20, ReviewTaskOwner.Nurse, 10),
        (ReviewTaskKind.SeniorAlert, ReviewTaskOwner.Nurse, 10),
        (ReviewTaskKind.DoctorOrdersTests, ReviewTaskOwner.Doctor, 8),
        (ReviewTaskKind.NurseTakesSamples, ReviewTaskOwner.Nurse, 5),
    ];

    /// <summary>
    /// The tasks of a review that includes <paramref name="medicationReview"/>: the symptom rating PHASE-20 belongs to the
    /// fördjupad läkemedelsgenomgång, so an enkel one leaves it out (decision 0041).
    /// </summary>
    public static IEnumerable<(ReviewTaskKind Kind, ReviewTaskOwner Owner, int WorkingDaysBefore)> For(MedicationReviewKind medicationReview) =>
        medicationReview == MedicationReviewKind.Extended ? Schedule : Schedule.Where(t => t.Kind != ReviewTaskKind.Phase20);

    /// <summary>The working day <paramref name="workingDays"/> working days before <paramref name="review"/>.</summary>
    public static LocalDate WorkingDaysBefore(LocalDate review, int workingDays)
    {
        var date = review;
        for (var left = workingDays; left > 0;)
        {
            date = date.PlusDays(-1);
            if (SwedishCalendar.Instance.IsWorkingDay(date))
            {
                left--;
            }
        }

        return date;
    }

    public static string Swedish(this ReviewTaskKind kind) => kind switch
    {
        ReviewTaskKind.PlanningBasis => "Planeringsunderlag till läkaren",
        ReviewTaskKind.NurseReportsChanges => "Rapportera förändringar sedan förra genomgången",
        ReviewTaskKind.DoctorOrdersTests => "Beställa provtagning",
        ReviewTaskKind.NurseTakesSamples => "Ta prover",
        ReviewTaskKind.Phase20 => "Symtomskattning PHASE-20",
        ReviewTaskKind.SeniorAlert => "Riskbedömningar i Senior Alert (sjuksköterska, arbetsterapeut, fysioterapeut, omsorgspersonal)",
        _ => kind.ToString(),
    };

    public static string Swedish(this ReviewTaskOwner owner) => owner == ReviewTaskOwner.Nurse ? "Fast vårdkontakt (sjuksköterska)" : "Fast läkarkontakt";
}

/// <summary>One preparation task of one review: owner, due date, done or not.</summary>
public sealed class ReviewTask : Entity, IPatientData, IVersioned
{
    private ReviewTask()
    {
    }

    public ReviewTask(AnnualReview review, ReviewTaskKind kind, ReviewTaskOwner owner, Guid? ownerPersonId, LocalDate dueOn)
    {
        ArgumentNullException.ThrowIfNull(review);
        ReviewId = review.Id;
        PatientId = review.PatientId;
        Kind = kind;
        Owner = owner;
        OwnerPersonId = ownerPersonId;
        DueOn = dueOn;
    }

    public Guid ReviewId { get; private set; }

    public Guid PatientId { get; private set; }

    public ReviewTaskKind Kind { get; private set; }

    public ReviewTaskOwner Owner { get; private set; }

    /// <summary>The fast vårdkontakt or fast läkarkontakt; null when the patient has none (the task then shows as unowned).</summary>
    public Guid? OwnerPersonId { get; private set; }

    public LocalDate DueOn { get; private set; }

    public LocalDate? DoneOn { get; private set; }

    public int Version { get; private set; }

    public bool IsDone => DoneOn is not null;

    public bool IsOverdue(LocalDate today) => !IsDone && DueOn < today;

    /// <summary>Follows the review to a new date, and a new owner after a change of contacts; a done task stays as it is.</summary>
    public void Follow(LocalDate dueOn, Guid? ownerPersonId)
    {
        if (IsDone)
        {
            return;
        }

        DueOn = dueOn;
        OwnerPersonId = ownerPersonId;
    }

    public void MarkDone(LocalDate today) => DoneOn ??= today;

    public void Reopen() => DoneOn = null;

    public void Touch() => Version++;
}
