namespace Narplan.Domain.Palliative;

/// <summary>
/// The decision to move to end-of-life care (vård i livets slutskede): always taken by a licensed doctor together with
/// the nurse (DOMAIN.md §8); a nurse must not start end-of-life care without a doctor contact, so both are required.
/// </summary>
public sealed record EndOfLifeDecision : IPatientData
{
    private EndOfLifeDecision()
    {
        DoctorName = NurseName = "";
    }

    public EndOfLifeDecision(Instant decidedAt, string doctorName, string nurseName, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(doctorName))
        {
            throw new DomainException("Beslut om vård i livets slutskede fattas av läkare. Ange läkaren.");
        }

        if (string.IsNullOrWhiteSpace(nurseName))
        {
            throw new DomainException("Beslutet fattas tillsammans med sjuksköterskan. Ange sjuksköterskan.");
        }

        DecidedAt = decidedAt;
        DoctorName = doctorName.Trim();
        NurseName = nurseName.Trim();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The patient whose <see cref="PalliativeCourse"/> holds the decision (set when the course takes it).</summary>
    public Guid PatientId { get; private set; }

    public Instant DecidedAt { get; private set; }

    public string DoctorName { get; private set; }

    public string NurseName { get; private set; }

    public string? Note { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;
}

/// <summary>
/// A brytpunktssamtal: the responsible or on-duty doctor's conversation with the patient and/or relatives about moving
/// to end-of-life care (seed 000). Who (the doctor), when (a local date) and with whom (at least one participant).
/// </summary>
public sealed record BreakpointConversation : IPatientData
{
    private BreakpointConversation()
    {
        DoctorName = "";
        Participants = [];
    }

    public BreakpointConversation(LocalDate heldOn, string doctorName, IEnumerable<string> participants, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(doctorName))
        {
            throw new DomainException("Brytpunktssamtalet hålls av läkare. Ange läkaren.");
        }

        var with = participants.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToArray();
        if (with.Length == 0)
        {
            throw new DomainException("Ange vilka samtalet hölls med, till exempel patienten eller närstående.");
        }

        HeldOn = heldOn;
        DoctorName = doctorName.Trim();
        Participants = Array.AsReadOnly(with);
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    public LocalDate HeldOn { get; private set; }

    public string DoctorName { get; private set; }

    /// <summary>Whom the doctor spoke with: "patienten", "dottern Eva", … (stored one per line).</summary>
    public IReadOnlyList<string> Participants { get; private set; }

    public string? Note { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;
}

/// <summary>Where a brytpunktssamtal stands with its care-plan update.</summary>
public enum CarePlanFollowUpStatus
{
    /// <summary>The care plan was updated within the allowed days.</summary>
    UpdatedInTime,

    /// <summary>No update yet, but the last allowed day has not passed.</summary>
    Pending,

    /// <summary>No update and the last allowed day has passed: flagged.</summary>
    Overdue,

    /// <summary>Updated, but only after the last allowed day (kept for follow-up, no longer flagged).</summary>
    UpdatedLate,
}

/// <summary>The follow-up of one brytpunktssamtal: its status and the last local date allowed for the care-plan update (inclusive).</summary>
public sealed record CarePlanFollowUp(CarePlanFollowUpStatus Status, LocalDate DueBy, LocalDate? UpdatedOn)
{
    /// <summary>Whether the page should flag it: no update and the time has run out.</summary>
    public bool IsFlagged => Status == CarePlanFollowUpStatus.Overdue;

    /// <summary>
    /// "A few days" of DOMAIN.md §8, chosen in decision record 0018: the care plan is updated no later than three
    /// calendar days after the brytpunktssamtal (end-of-life care does not wait for the weekend).
    /// </summary>
    public const int DefaultDaysAllowed = 3;

    /// <summary>
    /// Checks a brytpunktssamtal against the dates the medical care plan was updated (local dates). An update counts
    /// from the day of the conversation; earlier updates do not.
    /// </summary>
    public static CarePlanFollowUp Check(
        BreakpointConversation conversation,
        IEnumerable<LocalDate> carePlanUpdates,
        LocalDate today,
        int daysAllowed = DefaultDaysAllowed)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegative(daysAllowed);
        var dueBy = conversation.HeldOn.PlusDays(daysAllowed);
        var first = carePlanUpdates.Where(d => d >= conversation.HeldOn).Order().Cast<LocalDate?>().FirstOrDefault();

        var status = first switch
        {
            { } d when d <= dueBy => CarePlanFollowUpStatus.UpdatedInTime,
            not null => CarePlanFollowUpStatus.UpdatedLate,
            null when today > dueBy => CarePlanFollowUpStatus.Overdue,
            null => CarePlanFollowUpStatus.Pending,
        };
        return new CarePlanFollowUp(status, dueBy, first);
    }

    /// <summary>The same check with today's Swedish date from the clock.</summary>
    public static CarePlanFollowUp Check(
        BreakpointConversation conversation, IEnumerable<LocalDate> carePlanUpdates, IClock clock, int daysAllowed = DefaultDaysAllowed) =>
        Check(conversation, carePlanUpdates, Stockholm.Today(clock), daysAllowed);
}
