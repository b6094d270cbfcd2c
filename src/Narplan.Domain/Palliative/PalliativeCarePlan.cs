namespace Narplan.Domain.Palliative;

/// <summary>Whether to attempt cardiopulmonary resuscitation at cardiac arrest (HLR-beslut).</summary>
public enum CprDecision
{
    /// <summary>HLR: resuscitation is attempted.</summary>
    Resuscitate,

    /// <summary>Ej HLR: the doctor has decided to refrain from resuscitation.</summary>
    DoNotResuscitate,
}

/// <summary>The medical care plan as typed on the form; blank = not filled in.</summary>
public sealed record PalliativeCarePlanInput(
    string? Strategy = null,
    CprDecision? Cpr = null,
    string? ContinuedMedication = null,
    string? SafetyMedication = null,
    string? MeasuresAtInfection = null,
    string? MeasuresAtReducedIntake = null);

/// <summary>Per-field Swedish messages keyed by <see cref="PalliativeCarePlanInput"/> property name, and the plan when there are none.</summary>
public sealed record PalliativeCarePlanValidation(PalliativeCarePlan? Plan, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// The medical care plan in palliative care that a brytpunktssamtal should lead to (DOMAIN.md §8, seed 000): a strategy
/// for continued care, a clear CPR decision, continued medication, trygghetsläkemedel, and measures at infection and
/// at reduced intake. Every part is required — the plan's point is that each has been taken a position on ("inga"
/// is a position). Written by a doctor.
/// </summary>
public sealed record PalliativeCarePlan(
    string Strategy,
    CprDecision Cpr,
    string ContinuedMedication,
    string SafetyMedication,
    string MeasuresAtInfection,
    string MeasuresAtReducedIntake,
    Instant UpdatedAt,
    string DoctorName) : IPatientData
{
    /// <summary>One row per version: the id the care-plan form sends back to detect a stale edit.</summary>
    public Guid Id { get; private init; } = Guid.NewGuid();

    public Guid PatientId { get; private set; }

    internal void BelongTo(Guid patientId) => PatientId = patientId;

    /// <summary>The Swedish local date of the update.</summary>
    public LocalDate UpdatedOn => UpdatedAt.InZone(Calendars.Stockholm.Zone).Date;

    /// <summary>Swedish label of a CPR decision.</summary>
    public static string CprName(CprDecision cpr) => cpr == CprDecision.Resuscitate ? "HLR" : "Ej HLR";

    /// <summary>Validates the form; on success the plan carries the time and the doctor who updated it.</summary>
    public static PalliativeCarePlanValidation Validate(PalliativeCarePlanInput input, Instant updatedAt, string? doctorName)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();

        string Required(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = message;
                return "";
            }

            return value.Trim();
        }

        var strategy = Required(input.Strategy, nameof(PalliativeCarePlanInput.Strategy), "Ange strategin för fortsatt vård och behandling.");
        if (input.Cpr is null)
        {
            errors[nameof(PalliativeCarePlanInput.Cpr)] = "Ange om patienten ska återupplivas vid hjärtstopp (HLR eller ej HLR).";
        }

        var medication = Required(
            input.ContinuedMedication, nameof(PalliativeCarePlanInput.ContinuedMedication),
            "Ta ställning till fortsatt läkemedelsbehandling.");
        var safety = Required(
            input.SafetyMedication, nameof(PalliativeCarePlanInput.SafetyMedication),
            "Ange ordinationen av trygghetsläkemedel, eller att inga ordineras.");
        var infection = Required(
            input.MeasuresAtInfection, nameof(PalliativeCarePlanInput.MeasuresAtInfection), "Ange åtgärder vid infektion.");
        var intake = Required(
            input.MeasuresAtReducedIntake, nameof(PalliativeCarePlanInput.MeasuresAtReducedIntake),
            "Ange åtgärder vid minskat närings- och vätskeintag.");
        if (string.IsNullOrWhiteSpace(doctorName))
        {
            errors["DoctorName"] = "Den medicinska vårdplanen upprättas av läkare. Ange läkaren.";
        }

        if (errors.Count > 0)
        {
            return new PalliativeCarePlanValidation(null, errors.AsReadOnly());
        }

        var plan = new PalliativeCarePlan(strategy, input.Cpr!.Value, medication, safety, infection, intake, updatedAt, doctorName!.Trim());
        return new PalliativeCarePlanValidation(plan, errors.AsReadOnly());
    }
}
