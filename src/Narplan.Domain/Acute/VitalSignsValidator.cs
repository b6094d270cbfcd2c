namespace Narplan.Domain.Acute;

/// <summary>
/// The vital signs as the nurse typed them on the acute-contact form: numbers as text (so "37,5" and "37.5" both
/// work and a bad value can be shown back as typed), the choices as enums. Blank means not measured.
/// </summary>
public sealed record VitalSignsInput(
    string? RespirationRate = null,
    string? SpO2 = null,
    SpO2Scale Scale = SpO2Scale.Scale1,
    AirOrOxygen? AirOrOxygen = null,
    string? SystolicBloodPressure = null,
    string? Pulse = null,
    Consciousness? Consciousness = null,
    string? Temperature = null);

/// <summary>
/// The outcome of <see cref="VitalSignsValidator.Validate"/>: per-field Swedish messages keyed by the
/// <see cref="VitalSignsInput"/> property name, so a form marks only the wrong fields and keeps the rest of the
/// input. <see cref="Vitals"/> is set only when there is no error; it may still lack values that were left blank.
/// </summary>
public sealed record VitalSignsValidation(VitalSigns? Vitals, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Catches impossible values and typing mistakes before NEWS2 is computed — not a clinical judgement: a value inside
/// the range can still be alarming and is scored as it is. The ranges are chosen in decision record 0016.
/// </summary>
public static class VitalSignsValidator
{
    /// <summary>Breaths per minute accepted, inclusive.</summary>
    public static readonly (int Min, int Max) RespirationRateRange = (1, 80);

    /// <summary>Saturation in percent accepted, inclusive; below 50 % a pulse oximeter does not measure reliably.</summary>
    public static readonly (int Min, int Max) SpO2Range = (50, 100);

    /// <summary>Systolic pressure in mmHg accepted, inclusive.</summary>
    public static readonly (int Min, int Max) SystolicBloodPressureRange = (40, 300);

    /// <summary>Heart rate per minute accepted, inclusive.</summary>
    public static readonly (int Min, int Max) PulseRange = (20, 250);

    /// <summary>Degrees Celsius accepted, inclusive.</summary>
    public static readonly (decimal Min, decimal Max) TemperatureRange = (25.0m, 45.0m);

    /// <summary>
    /// Values read as Fahrenheit by mistake: the accepted Celsius range converted (25 °C = 77 °F, 45 °C = 113 °F).
    /// No Celsius temperature is this high, so the message can suggest the conversion.
    /// </summary>
    public static readonly (decimal Min, decimal Max) FahrenheitRange = (77.0m, 113.0m);

    public static VitalSignsValidation Validate(VitalSignsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();

        var respirationRate = WholeNumber(
            input.RespirationRate, nameof(VitalSignsInput.RespirationRate), errors, RespirationRateRange,
            (v, _) => $"Andningsfrekvensen {v} per minut är inte rimlig. Ange andetag per minut ({RespirationRateRange.Min}–{RespirationRateRange.Max}).");

        var spO2 = WholeNumber(
            input.SpO2, nameof(VitalSignsInput.SpO2), errors, SpO2Range,
            (v, value) => value > 100
                ? $"Saturationen kan inte vara över 100 % (angivet {v} %)."
                : $"Saturation {v} % kan inte mätas tillförlitligt med pulsoximeter. Kontrollera mätningen; ange {SpO2Range.Min}–{SpO2Range.Max} %.");

        var systolic = WholeNumber(
            input.SystolicBloodPressure, nameof(VitalSignsInput.SystolicBloodPressure), errors, SystolicBloodPressureRange,
            (v, _) => $"Ett systoliskt blodtryck på {v} mmHg är inte rimligt. Ange {SystolicBloodPressureRange.Min}–{SystolicBloodPressureRange.Max} mmHg.");

        var pulse = WholeNumber(
            input.Pulse, nameof(VitalSignsInput.Pulse), errors, PulseRange,
            (v, _) => $"En puls på {v} slag per minut är inte möjlig. Ange slag per minut ({PulseRange.Min}–{PulseRange.Max}).");

        var temperature = Temperature(input.Temperature, errors);

        if (errors.Count > 0)
        {
            return new VitalSignsValidation(null, errors.AsReadOnly());
        }

        var vitals = new VitalSigns(
            respirationRate, spO2, input.Scale, input.AirOrOxygen, systolic, pulse, input.Consciousness, temperature);
        return new VitalSignsValidation(vitals, errors.AsReadOnly());
    }

    private static int? WholeNumber(
        string? text, string field, Dictionary<string, string> errors, (int Min, int Max) range, Func<string, decimal, string> outOfRange)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TryParseDecimal(text, out var value))
        {
            errors[field] = $"”{text.Trim()}” är inte ett tal. Ange ett heltal.";
            return null;
        }

        if (value != decimal.Truncate(value))
        {
            errors[field] = $"Ange ett heltal (angivet {SwedishText.Number(value)}).";
            return null;
        }

        if (value < range.Min || value > range.Max)
        {
            errors[field] = outOfRange(SwedishText.Number(value), value);
            return null;
        }

        return (int)value;
    }

    private static decimal? Temperature(string? text, Dictionary<string, string> errors)
    {
        const string field = nameof(VitalSignsInput.Temperature);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TryParseDecimal(text, out var celsius))
        {
            errors[field] = $"”{text.Trim()}” är inte ett tal. Ange temperaturen i grader Celsius, t.ex. 37,5.";
            return null;
        }

        if (celsius >= FahrenheitRange.Min && celsius <= FahrenheitRange.Max)
        {
            var converted = Math.Round((celsius - 32m) * 5m / 9m, 1, MidpointRounding.AwayFromZero);
            errors[field] =
                $"{SwedishText.Number(celsius)} ser ut att vara grader Fahrenheit (motsvarar {SwedishText.OneDecimal(converted)} °C). " +
                "Ange temperaturen i grader Celsius.";
            return null;
        }

        if (celsius < TemperatureRange.Min || celsius > TemperatureRange.Max)
        {
            errors[field] =
                $"En temperatur på {SwedishText.Number(celsius)} °C är inte rimlig. " +
                $"Ange grader Celsius ({SwedishText.OneDecimal(TemperatureRange.Min)}–{SwedishText.OneDecimal(TemperatureRange.Max)}).";
            return null;
        }

        return celsius;
    }

    /// <summary>Accepts a decimal comma or point and a trailing unit the nurse may type ("98 %", "37,5 °C").</summary>
    private static bool TryParseDecimal(string text, out decimal value)
    {
        var trimmed = text.Trim().TrimEnd('%', 'C', 'c', '°', ' ').Replace(',', '.').Replace('\u2212', '-');
        return decimal.TryParse(
            trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
