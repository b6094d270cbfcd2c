namespace Narplan.Domain.Sip;

/// <summary>
/// Why SIP was offered (seed 000: "SIP ska erbjudas patienter vid: beslut om kommunal primärvård inkl. rehab, utskrivning
/// från sjukhus, behov om gemensam planering uppstår"). Stored by name; never renumber.
/// </summary>
public enum SipTrigger
{
    /// <summary>Beslut om kommunal primärvård (inkl. rehab): the patient's "ny patient" event.</summary>
    KommunalPrimarvard,

    /// <summary>Utskrivning från sjukhus: the patient's discharge event.</summary>
    HospitalDischarge,

    /// <summary>Behov av gemensam planering uppstår: no event, the date the need was noticed.</summary>
    JointPlanningNeed,
}

/// <summary>The patient's answer to the offer. No answer recorded yet is null ("väntar på svar").</summary>
public enum SipAnswer
{
    Accepted,
    Declined,

    /// <summary>The patient (or their representative) did not answer; recorded so the offer leaves the task list.</summary>
    NoAnswer,
}

/// <summary>Where the SIP meeting is held.</summary>
public enum SipMeetingMode
{
    /// <summary>At a place (the patient's home, the unit, the vårdcentral …).</summary>
    Place,

    /// <summary>Digitally in Teams.</summary>
    Teams,
}

/// <summary>The region's SIP system where the plan itself is written; Närplan records a reference and links out.</summary>
public enum SipExternalSystem
{
    /// <summary>SAMSA (Västra Götalandsregionen).</summary>
    Samsa,

    /// <summary>Lifecare (Region Halland).</summary>
    Lifecare,
}

public static class SipNames
{
    public static string Swedish(this SipTrigger trigger) => trigger switch
    {
        SipTrigger.KommunalPrimarvard => "Beslut om kommunal primärvård",
        SipTrigger.HospitalDischarge => "Utskrivning från sjukhus",
        SipTrigger.JointPlanningNeed => "Behov av gemensam planering",
        _ => trigger.ToString(),
    };

    public static string Swedish(this SipAnswer? answer) => answer switch
    {
        SipAnswer.Accepted => "Tackat ja",
        SipAnswer.Declined => "Tackat nej",
        SipAnswer.NoAnswer => "Inget svar",
        _ => "Väntar på svar",
    };

    public static string Swedish(this SipMeetingMode mode) => mode switch
    {
        SipMeetingMode.Place => "På plats",
        SipMeetingMode.Teams => "Teams",
        _ => mode.ToString(),
    };

    public static string Swedish(this SipExternalSystem system) => system switch
    {
        SipExternalSystem.Samsa => "SAMSA",
        SipExternalSystem.Lifecare => "Lifecare",
        _ => system.ToString(),
    };
}

/// <summary>
/// A SIP (samordnad individuell plan) offered to one patient (issue 19 item 1; DOMAIN.md §9). Seed 000: "SIP ska
/// erbjudas oavsett ålder, diagnos, funktionsvariation eller behov och är den enskildes plan." Närplan records the offer at
/// its trigger, the answer, the meeting (date, place or Teams, participants by organisation and role), the actions with
/// owner and due date, the follow-up, and a reference to the plan in SAMSA (VGR) or Lifecare (Halland); the plan itself
/// is written there (decision 0074). Dates are local Swedish dates; "today" is passed in by the caller. Every refusal is a
/// Swedish <see cref="FieldRefusal"/> beside its field or a <see cref="DomainException"/>. Patient data: every change is
/// audit-logged against the patient.
/// </summary>
public sealed class SipOffer : Entity, IPatientData, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 1000;
    public const int MaxReferenceLength = 100;
    public const int MaxParticipants = 30;
    public const int MaxActions = 50;

    private readonly List<SipParticipant> _participants = [];
    private readonly List<SipAction> _actions = [];

    private SipOffer()
    {
        OfferedBy = "";
    }

    private SipOffer(Guid patientId, Guid kommunId, SipTrigger trigger, Guid? triggerEventId, LocalDate triggerOn, LocalDate offeredOn, string offeredBy)
    {
        PatientId = patientId;
        KommunId = kommunId;
        Trigger = trigger;
        TriggerEventId = triggerEventId;
        TriggerOn = triggerOn;
        OfferedOn = offeredOn;
        OfferedBy = offeredBy;
    }

    public Guid PatientId { get; private set; }

    /// <summary>The patient's kommun when the offer was made (its staff and the responsible vårdcentral see it).</summary>
    public Guid KommunId { get; private set; }

    public SipTrigger Trigger { get; private set; }

    /// <summary>The patient event (ny patient, utskrivning) the offer answers; null for a need for joint planning.</summary>
    public Guid? TriggerEventId { get; private set; }

    /// <summary>The day of the trigger: the event's day, or the day the need for joint planning was noticed.</summary>
    public LocalDate TriggerOn { get; private set; }

    public LocalDate OfferedOn { get; private set; }

    /// <summary>Who offered SIP (a name, as the nurse writes it).</summary>
    public string OfferedBy { get; private set; }

    /// <summary>The answer; null while the patient has not answered.</summary>
    public SipAnswer? Answer { get; private set; }

    public LocalDate? AnsweredOn { get; private set; }

    /// <summary>The SIP meeting's day; null until one is planned.</summary>
    public LocalDate? MeetingOn { get; private set; }

    public SipMeetingMode? MeetingMode { get; private set; }

    /// <summary>The place of a meeting on site; null for Teams.</summary>
    public string? MeetingPlace { get; private set; }

    /// <summary>Whether the planned meeting has been held (recorded on or after its day).</summary>
    public bool MeetingHeld { get; private set; }

    /// <summary>The planned follow-up of the plan; null until set.</summary>
    public LocalDate? FollowUpOn { get; private set; }

    /// <summary>The day the follow-up was held; null while it is not.</summary>
    public LocalDate? FollowedUpOn { get; private set; }

    public SipExternalSystem? ExternalSystem { get; private set; }

    /// <summary>The plan's id or number in <see cref="ExternalSystem"/> (shown with a link out, never copied from there).</summary>
    public string? ExternalReference { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<SipParticipant> Participants => _participants.OrderBy(p => p.Organisation, StringComparer.Ordinal).ThenBy(p => p.Id).ToList();

    public IReadOnlyList<SipAction> Actions => _actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToList();

    /// <summary>Waiting for the patient's answer.</summary>
    public bool IsAwaitingAnswer => Answer is null;

    /// <summary>The day a reminder about an unanswered offer is due: two weeks after the offer.</summary>
    public LocalDate AnswerDueOn => OfferedOn.PlusDays(AnswerDays);

    /// <summary>Days the patient has to answer before the unanswered offer is overdue on the task list.</summary>
    public const int AnswerDays = 14;

    /// <summary>Whether the planned follow-up is still to be held.</summary>
    public bool IsFollowUpOpen => FollowUpOn is not null && FollowedUpOn is null;

    /// <summary>
    /// Offers SIP at a trigger. The offer is not in the future and not before its trigger; a trigger is not in the future.
    /// </summary>
    public static SipOffer Offer(
        Guid patientId, Guid kommunId, SipTrigger? trigger, Guid? triggerEventId, LocalDate? triggerOn, LocalDate? offeredOn, string? offeredBy, LocalDate today)
    {
        if (trigger is not { } t || !Enum.IsDefined(t))
        {
            throw new FieldRefusal("Trigger", "Välj vad som gjorde att SIP erbjöds.");
        }

        if (offeredOn is not { } on)
        {
            throw new FieldRefusal("OfferedOn", "Ange datum då SIP erbjöds.");
        }

        if (on > today)
        {
            throw new FieldRefusal("OfferedOn", "Erbjudandet kan inte ligga i framtiden.");
        }

        var from = triggerOn ?? on;
        if (from > today)
        {
            throw new FieldRefusal("TriggerOn", "Tillfället kan inte ligga i framtiden.");
        }

        if (on < from)
        {
            throw new FieldRefusal("OfferedOn", $"SIP kan inte erbjudas före tillfället ({from:yyyy-MM-dd}).");
        }

        var by = RequireText(offeredBy, "OfferedBy", "Ange vem som erbjöd SIP.", MaxNameLength);
        return new SipOffer(patientId, kommunId, t, t == SipTrigger.JointPlanningNeed ? null : triggerEventId, from, on, by);
    }

    /// <summary>Records the answer: not before the offer, not in the future; not changed once a meeting is recorded.</summary>
    public void RecordAnswer(SipAnswer? answer, LocalDate? answeredOn, LocalDate today)
    {
        if (answer is not { } a || !Enum.IsDefined(a))
        {
            throw new FieldRefusal("Answer", "Välj patientens svar.");
        }

        if (answeredOn is not { } on)
        {
            throw new FieldRefusal("AnsweredOn", "Ange datum för svaret.");
        }

        if (on > today)
        {
            throw new FieldRefusal("AnsweredOn", "Svaret kan inte ligga i framtiden.");
        }

        if (on < OfferedOn)
        {
            throw new FieldRefusal("AnsweredOn", $"Svaret kan inte ligga före erbjudandet ({OfferedOn:yyyy-MM-dd}).");
        }

        if (MeetingOn is not null && a != SipAnswer.Accepted)
        {
            throw new DomainException("Ett SIP-möte är registrerat, så svaret kan inte ändras till annat än ja.");
        }

        Answer = a;
        AnsweredOn = on;
    }

    /// <summary>
    /// Plans (or records) the SIP meeting: only when the patient has accepted; not before the offer; at a place (named) or
    /// in Teams; a meeting marked held is not in the future.
    /// </summary>
    public void PlanMeeting(LocalDate? on, SipMeetingMode? mode, string? place, bool held, LocalDate today)
    {
        if (Answer != SipAnswer.Accepted)
        {
            throw new DomainException("Ett SIP-möte planeras när patienten har tackat ja.");
        }

        if (on is not { } date)
        {
            throw new FieldRefusal("MeetingOn", "Ange datum för SIP-mötet.");
        }

        if (date < OfferedOn)
        {
            throw new FieldRefusal("MeetingOn", $"SIP-mötet kan inte ligga före erbjudandet ({OfferedOn:yyyy-MM-dd}).");
        }

        if (held && date > today)
        {
            throw new FieldRefusal("MeetingHeld", "Ett möte i framtiden kan inte ha hållits.");
        }

        if (date > FirstActionDue)
        {
            throw new FieldRefusal("MeetingOn", $"SIP-mötet kan inte ligga efter en åtgärds slutdatum ({FirstActionDue:yyyy-MM-dd}).");
        }

        if (FollowUpOn is { } followUp && date >= followUp)
        {
            throw new FieldRefusal("MeetingOn", $"SIP-mötet måste ligga före uppföljningen ({followUp:yyyy-MM-dd}).");
        }

        if (mode is not { } m || !Enum.IsDefined(m))
        {
            throw new FieldRefusal("MeetingMode", "Välj om mötet hålls på plats eller i Teams.");
        }

        string? where = null;
        if (m == SipMeetingMode.Place)
        {
            where = RequireText(place, "MeetingPlace", "Ange var mötet hålls.", MaxNameLength);
        }

        MeetingOn = date;
        MeetingMode = m;
        MeetingPlace = where;
        MeetingHeld = held;
    }

    /// <summary>Adds a participant by organisation and role (a name is optional: the role is what the plan needs).</summary>
    public SipParticipant AddParticipant(string? organisation, string? role, string? name)
    {
        RequireMeeting();
        if (_participants.Count >= MaxParticipants)
        {
            throw new DomainException($"Ett SIP-möte kan ha högst {MaxParticipants} deltagare.");
        }

        var participant = new SipParticipant(
            Id, PatientId,
            RequireText(organisation, "Organisation", "Ange deltagarens organisation.", MaxNameLength),
            RequireText(role, "Role", "Ange deltagarens roll.", MaxNameLength),
            OptionalText(name, "Name", MaxNameLength));
        _participants.Add(participant);
        return participant;
    }

    public void RemoveParticipant(Guid participantId)
    {
        var participant = _participants.SingleOrDefault(p => p.Id == participantId) ?? throw new DomainException("Deltagaren finns inte.");
        _participants.Remove(participant);
    }

    /// <summary>Adds an action agreed at the meeting: what, who owns it, and by when — not before the meeting.</summary>
    public SipAction AddAction(string? description, string? owner, LocalDate? dueOn)
    {
        var meeting = RequireMeeting();
        if (_actions.Count >= MaxActions)
        {
            throw new DomainException($"En SIP kan ha högst {MaxActions} åtgärder.");
        }

        var what = RequireText(description, "Description", "Beskriv åtgärden.", MaxTextLength);
        var who = RequireText(owner, "Owner", "Ange vem som ansvarar för åtgärden.", MaxNameLength);
        if (dueOn is not { } due)
        {
            throw new FieldRefusal("DueOn", "Ange när åtgärden ska vara klar.");
        }

        if (due < meeting)
        {
            throw new FieldRefusal("DueOn", $"Åtgärden kan inte vara klar före SIP-mötet ({meeting:yyyy-MM-dd}).");
        }

        var action = new SipAction(Id, PatientId, what, who, due);
        _actions.Add(action);
        return action;
    }

    /// <summary>Marks an action done: not before the meeting, not in the future.</summary>
    public void CompleteAction(Guid actionId, LocalDate? doneOn, LocalDate today)
    {
        var meeting = RequireMeeting();
        var action = _actions.SingleOrDefault(a => a.Id == actionId) ?? throw new DomainException("Åtgärden finns inte.");
        if (doneOn is not { } on)
        {
            throw new FieldRefusal("DoneOn", "Ange datum då åtgärden blev klar.");
        }

        if (on > today)
        {
            throw new FieldRefusal("DoneOn", "Datumet kan inte ligga i framtiden.");
        }

        if (on < meeting)
        {
            throw new FieldRefusal("DoneOn", $"Åtgärden kan inte vara klar före SIP-mötet ({meeting:yyyy-MM-dd}).");
        }

        action.Complete(on);
    }

    /// <summary>Sets the planned follow-up: after the meeting.</summary>
    public void PlanFollowUp(LocalDate? on)
    {
        var meeting = RequireMeeting();
        if (on is not { } date)
        {
            throw new FieldRefusal("FollowUpOn", "Ange datum för uppföljningen.");
        }

        if (date <= meeting)
        {
            throw new FieldRefusal("FollowUpOn", $"Uppföljningen måste ligga efter SIP-mötet ({meeting:yyyy-MM-dd}).");
        }

        FollowUpOn = date;
        FollowedUpOn = null;
    }

    /// <summary>Records that the follow-up was held: not before the meeting, not in the future.</summary>
    public void RecordFollowUpHeld(LocalDate? on, LocalDate today)
    {
        var meeting = RequireMeeting();
        if (FollowUpOn is null)
        {
            throw new DomainException("Planera uppföljningen först.");
        }

        if (on is not { } date)
        {
            throw new FieldRefusal("FollowedUpOn", "Ange datum då uppföljningen hölls.");
        }

        if (date > today)
        {
            throw new FieldRefusal("FollowedUpOn", "Uppföljningen kan inte ligga i framtiden.");
        }

        if (date <= meeting)
        {
            throw new FieldRefusal("FollowedUpOn", $"Uppföljningen måste ligga efter SIP-mötet ({meeting:yyyy-MM-dd}).");
        }

        FollowedUpOn = date;
    }

    /// <summary>
    /// Records where the plan is written: SAMSA (VGR) or Lifecare (Halland) and the plan's reference there. Letters,
    /// digits and - _ / . only, so the reference can be put in a link; an empty reference clears it.
    /// </summary>
    public void SetExternalReference(SipExternalSystem? system, string? reference)
    {
        var text = reference?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            ExternalSystem = null;
            ExternalReference = null;
            return;
        }

        if (system is not { } s || !Enum.IsDefined(s))
        {
            throw new FieldRefusal("ExternalSystem", "Välj SAMSA eller Lifecare.");
        }

        if (text.Length > MaxReferenceLength)
        {
            throw new FieldRefusal("ExternalReference", $"Referensen får vara högst {MaxReferenceLength} tecken.");
        }

        if (!text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '/' or '.'))
        {
            throw new FieldRefusal("ExternalReference", "Referensen får bara innehålla bokstäver a–z, siffror och - _ / .");
        }

        ExternalSystem = s;
        ExternalReference = text;
    }

    public void Touch() => Version++;

    private LocalDate FirstActionDue => _actions.Count == 0 ? LocalDate.MaxIsoValue : _actions.Min(a => a.DueOn);

    private LocalDate RequireMeeting() =>
        MeetingOn ?? throw new DomainException("Planera SIP-mötet först.");

    private static string RequireText(string? text, string field, string missing, int max)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new FieldRefusal(field, missing)
            : trimmed.Length > max ? throw new FieldRefusal(field, $"Texten får vara högst {max} tecken.")
            : trimmed;
    }

    private static string? OptionalText(string? text, string field, int max)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length > max ? throw new FieldRefusal(field, $"Texten får vara högst {max} tecken.")
            : trimmed;
    }
}

/// <summary>A participant of a SIP meeting: organisation and role (e.g. "Närhälsan Herrljunga vårdcentral", "läkare").</summary>
public sealed class SipParticipant : Entity, IPatientData
{
    private SipParticipant()
    {
        Organisation = "";
        Role = "";
    }

    internal SipParticipant(Guid offerId, Guid patientId, string organisation, string role, string? name)
    {
        OfferId = offerId;
        PatientId = patientId;
        Organisation = organisation;
        Role = role;
        Name = name;
    }

    public Guid OfferId { get; private set; }

    public Guid PatientId { get; private set; }

    public string Organisation { get; private set; }

    public string Role { get; private set; }

    public string? Name { get; private set; }
}

/// <summary>An action agreed in the SIP: what, who owns it, by when, and when it was done.</summary>
public sealed class SipAction : Entity, IPatientData
{
    private SipAction()
    {
        Description = "";
        Owner = "";
    }

    internal SipAction(Guid offerId, Guid patientId, string description, string owner, LocalDate dueOn)
    {
        OfferId = offerId;
        PatientId = patientId;
        Description = description;
        Owner = owner;
        DueOn = dueOn;
    }

    public Guid OfferId { get; private set; }

    public Guid PatientId { get; private set; }

    public string Description { get; private set; }

    /// <summary>Who answers for the action (organisation, role or name).</summary>
    public string Owner { get; private set; }

    public LocalDate DueOn { get; private set; }

    public LocalDate? DoneOn { get; private set; }

    public bool IsDone => DoneOn is not null;

    /// <summary>Overdue on <paramref name="today"/>: not done and past its day (the due day itself is on time).</summary>
    public bool IsOverdueOn(LocalDate today) => !IsDone && today > DueOn;

    internal void Complete(LocalDate on) => DoneOn = on;
}
