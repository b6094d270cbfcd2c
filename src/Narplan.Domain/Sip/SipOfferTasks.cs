namespace Narplan.Domain.Sip;

/// <summary>An "Erbjud SIP" task: a trigger event of the patient that no offer answers yet.</summary>
public sealed record SipOfferTask(Guid PatientId, Guid EventId, SipTrigger Trigger, LocalDate TriggerOn, LocalDate DueOn)
{
    /// <summary>Overdue on <paramref name="today"/> (the due day itself is on time).</summary>
    public bool IsOverdueOn(LocalDate today) => today > DueOn;
}

/// <summary>
/// The "Erbjud SIP" tasks (seed 000: "SIP ska erbjudas patienter vid: beslut om kommunal primärvård inkl. rehab,
/// utskrivning från sjukhus"): every "ny patient" event (the start of kommunal primärvård) and every discharge from
/// hospital creates a task to offer SIP, due <see cref="DueDays"/> days after the event, until SIP is offered on or after
/// the event's day (the offer names the event, or a later offer for another reason covers it: the patient has been offered).
/// The task follows from the event itself, so it exists as soon as the event is saved and cannot drift from it
/// (decision 0074). Events older than <see cref="WindowDays"/> days and events of a patient who has died give no task.
/// </summary>
public static class SipOfferTasks
{
    /// <summary>Days after the event by which SIP should have been offered.</summary>
    public const int DueDays = 7;

    /// <summary>Trigger events older than this many days no longer give a task (they predate the register or were handled outside it).</summary>
    public const int WindowDays = 90;

    /// <summary>The SIP trigger a patient event is, or null for events that do not call for an offer.</summary>
    public static SipTrigger? TriggerOf(PatientEventKind kind) => kind switch
    {
        PatientEventKind.NewPatient => SipTrigger.KommunalPrimarvard,
        PatientEventKind.HospitalDischarge => SipTrigger.HospitalDischarge,
        _ => null,
    };

    /// <summary>The patient's open "Erbjud SIP" tasks on <paramref name="today"/>, oldest first.</summary>
    public static IReadOnlyList<SipOfferTask> Open(Patient patient, IEnumerable<SipOffer> offers, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(patient);
        if (!patient.IsAlive)
        {
            return [];
        }

        var offered = offers.Where(o => o.PatientId == patient.Id).Select(o => o.OfferedOn).ToList();
        return patient.Events
            .Where(e => TriggerOf(e.Kind) is not null && !offered.Any(on => on >= e.On))
            .Where(e => e.On <= today && e.On > today.PlusDays(-WindowDays))
            .Select(e => new SipOfferTask(patient.Id, e.Id, TriggerOf(e.Kind)!.Value, e.On, e.On.PlusDays(DueDays)))
            .ToList();
    }
}
