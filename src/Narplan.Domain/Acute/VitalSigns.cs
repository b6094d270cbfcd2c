namespace Narplan.Domain.Acute;

/// <summary>
/// How the nurse reads the saturation against NEWS2: scale 1 for everyone, scale 2 only for a patient with
/// hypercapnic respiratory failure whose target saturation a doctor has set to 88–92 % (DOMAIN.md appendix A).
/// </summary>
public enum SpO2Scale
{
    Scale1 = 1,
    Scale2 = 2,
}

/// <summary>Whether the patient breathes room air or gets supplemental oxygen when the saturation is measured.</summary>
public enum AirOrOxygen
{
    Air,
    Oxygen,
}

/// <summary>
/// Level of consciousness on the ACVPU scale. Only <see cref="Alert"/> scores 0; the rest score 3.
/// <see cref="NewConfusion"/> is confusion that is new (or worse than the patient's usual state): a patient with a
/// known, unchanged dementia who is as usual is <see cref="Alert"/>.
/// </summary>
public enum Consciousness
{
    /// <summary>A — alert.</summary>
    Alert,

    /// <summary>C — new confusion (nytillkommen förvirring).</summary>
    NewConfusion,

    /// <summary>V — responds to voice.</summary>
    Voice,

    /// <summary>P — responds to pain.</summary>
    Pain,

    /// <summary>U — unresponsive.</summary>
    Unresponsive,
}

/// <summary>
/// One set of vital signs taken by the nurse at an acute contact, already checked against physiological ranges
/// (see <see cref="VitalSignsValidator"/>). A null value was not measured: NEWS2 then scores what is there but gives
/// no total (<see cref="News2Assessment.IsComplete"/>), and the SBAR says what is missing.
/// </summary>
/// <param name="RespirationRate">Breaths per minute.</param>
/// <param name="SpO2">Oxygen saturation in whole percent.</param>
/// <param name="Scale">Which NEWS2 saturation scale applies; scale 2 only when a doctor has set it.</param>
/// <param name="AirOrOxygen">Room air or supplemental oxygen.</param>
/// <param name="SystolicBloodPressure">Systolic blood pressure in mmHg.</param>
/// <param name="Pulse">Heart rate per minute.</param>
/// <param name="Consciousness">ACVPU.</param>
/// <param name="Temperature">Degrees Celsius, normally with one decimal.</param>
public sealed record VitalSigns(
    int? RespirationRate = null,
    int? SpO2 = null,
    SpO2Scale Scale = SpO2Scale.Scale1,
    AirOrOxygen? AirOrOxygen = null,
    int? SystolicBloodPressure = null,
    int? Pulse = null,
    Consciousness? Consciousness = null,
    decimal? Temperature = null);
