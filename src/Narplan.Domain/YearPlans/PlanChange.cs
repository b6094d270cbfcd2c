namespace Narplan.Domain.YearPlans;

/// <summary>Something that happened after the year plan was made and that the plan must follow (re-planning).</summary>
public abstract record PlanChange
{
    private PlanChange()
    {
    }

    /// <summary>A patient enrolled at the unit: new (no previous review, as soon as possible) or moved in with a previous review.</summary>
    public sealed record PatientAdded(PlanningPatient Patient) : PlanChange;

    /// <summary>A deterioration event: the review is brought forward to the first date with room.</summary>
    public sealed record PatientDeteriorated(PatientId PatientId, LocalDate On) : PlanChange;

    /// <summary>The patient moved to another unit or home area: their review leaves this plan.</summary>
    public sealed record PatientMovedAway(PatientId PatientId) : PlanChange;

    /// <summary>The patient died: their review leaves the plan.</summary>
    public sealed record PatientDied(PatientId PatientId) : PlanChange;

    /// <summary>A round occurrence (or contact time) on the date is cancelled: every slot that date goes.</summary>
    public sealed record RoundCancelled(LocalDate Date) : PlanChange;

    /// <summary>The doctor is away <see cref="From"/>–<see cref="To"/> (both included): the slots in it go.</summary>
    public sealed record DoctorAbsent(LocalDate From, LocalDate To) : PlanChange;

    /// <summary>A new round occurrence or contact time.</summary>
    public sealed record SlotAdded(ReviewSlot Slot) : PlanChange;
}

/// <summary>
/// A review that re-planning moved, added or removed, and why (Swedish, for the user). <see cref="From"/> is null for a
/// patient who had no date; <see cref="To"/> is null when the review left the plan or found no room.
/// </summary>
public sealed record ReviewMove(PatientId PatientId, LocalDate? From, LocalDate? To, string Reason);

/// <summary>The new plan and what changed in it.</summary>
public sealed record Replanning(YearPlan Plan, IReadOnlyList<ReviewMove> Moves);
