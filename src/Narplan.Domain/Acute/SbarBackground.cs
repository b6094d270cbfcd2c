using Narplan.Domain.Palliative;

namespace Narplan.Domain.Acute;

/// <summary>
/// What Närplan already knows about the patient for the SBAR's <em>B – Bakgrund</em> (relevant diagnoses, current
/// treatment, known wishes): the end-of-life decision, the latest medical care plan (strategy, HLR decision, continued
/// medication), trygghetsläkemedel, and recent events (hospital discharge, deterioration). The acute form shows it as
/// the background field's starting text; the nurse edits it (diagnoses are not in Närplan, she adds them).
/// </summary>
public static class SbarBackground
{
    /// <summary>Events this many days back or less count as recent.</summary>
    public const int RecentDays = 30;

    /// <summary>
    /// The suggested background on <paramref name="today"/> (a Swedish local date), as sentences; empty when nothing is
    /// known. Every argument but the patient may be null. A protected identity changes nothing here: nothing in it
    /// names the patient.
    /// </summary>
    public static string Suggest(
        Patient patient,
        LocalDate today,
        EndOfLifeDecision? endOfLifeDecision = null,
        PalliativeCarePlan? carePlan = null,
        SafetyMedicationOrder? safetyMedication = null,
        string? shortTermUnitName = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var parts = new List<string>();
        if (endOfLifeDecision is not null)
        {
            parts.Add($"Beslut om vård i livets slutskede {Date(endOfLifeDecision.DecidedAt)} av {endOfLifeDecision.DoctorName}.");
        }

        if (carePlan is not null)
        {
            parts.Add($"Medicinsk vårdplan {Date(carePlan.UpdatedAt)}: {Clause(carePlan.Strategy)}, {PalliativeCarePlan.CprName(carePlan.Cpr)}.");
            if (!string.IsNullOrWhiteSpace(carePlan.ContinuedMedication))
            {
                parts.Add($"Fortsatt läkemedelsbehandling: {Clause(carePlan.ContinuedMedication)}.");
            }
        }

        if (safetyMedication is not null)
        {
            var what = string.IsNullOrWhiteSpace(safetyMedication.Medications) ? "" : $" ({Clause(safetyMedication.Medications)})";
            var started = safetyMedication.StartedAt is { } s ? $", insatta {Date(s)}" : ", inte insatta";
            parts.Add($"Trygghetsläkemedel ordinerade {SwedishText.Date(safetyMedication.OrderedOn)}{what}{started}.");
        }

        if (shortTermUnitName is not null && patient.ShortTermStayOn(today) is { } stay)
        {
            parts.Add($"På korttidsvistelse på {shortTermUnitName} sedan {SwedishText.Date(stay.On)}.");
        }

        foreach (var e in patient.Events.Where(e => e.On > today.PlusDays(-RecentDays - 1) && e.On <= today
            && e.Kind is PatientEventKind.HospitalDischarge or PatientEventKind.Deterioration))
        {
            var what = e.Kind == PatientEventKind.HospitalDischarge ? "Utskriven från sjukhus" : "Försämring";
            parts.Add($"{what} {SwedishText.Date(e.On)}{(string.IsNullOrWhiteSpace(e.Note) ? "" : $": {Clause(e.Note)}")}.");
        }

        return string.Join(" ", parts);
    }

    private static string Date(Instant instant) => SwedishText.Date(instant.InZone(Stockholm.Zone).Date);

    private static string Clause(string text) => text.Trim().TrimEnd('.').Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal);
}
