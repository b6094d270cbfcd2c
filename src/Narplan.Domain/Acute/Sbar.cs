namespace Narplan.Domain.Acute;

/// <summary>
/// What the acute-contact form knows when the nurse is about to call: who and where, why, the vital signs (NEWS2 is
/// computed from them), the ViSam/BViS result she set, exclusion symptoms, the patient's wishes, the background she
/// wants to give and what she asks the doctor for. Only <see cref="PatientDisplayName"/>, <see cref="UnitName"/> and
/// <see cref="Reason"/> are required.
/// </summary>
/// <param name="PatientDisplayName">The name as the doctor should hear it (a protected identity is the caller's business).</param>
/// <param name="Age">Whole years, or null when not to be said.</param>
/// <param name="UnitName">Unit or home area, e.g. "Solbackens korttidsboende".</param>
/// <param name="Reason">Why the nurse calls, in her words: "Ökad andfåddhet sedan i morse".</param>
/// <param name="Vitals">The validated vital signs, or null when none were taken.</param>
/// <param name="DecisionSupport">The ViSam/BViS result, or null when not assessed.</param>
/// <param name="ExclusionSymptoms">Exclusion symptoms the checklist found, e.g. "bröstsmärta"; empty when none.</param>
/// <param name="PatientWishes">The patient's wishes, e.g. "vill inte till sjukhus".</param>
/// <param name="Request">What the nurse asks for: "Bedömning om hembesök i kväll".</param>
/// <param name="NurseName">The caller, so the doctor knows who speaks.</param>
/// <param name="Background">Relevant history: diagnoses, recent changes, palliative decisions.</param>
/// <param name="TriggersMet">The region's ViSam/BViS lines the nurse ticked, in the checklist's order; empty when none.</param>
public sealed record SbarInput(
    string PatientDisplayName,
    int? Age,
    string UnitName,
    string Reason,
    VitalSigns? Vitals = null,
    DecisionSupportAssessment? DecisionSupport = null,
    IReadOnlyList<string>? ExclusionSymptoms = null,
    string? PatientWishes = null,
    string? Request = null,
    string? NurseName = null,
    string? Background = null,
    IReadOnlyList<string>? TriggersMet = null);

/// <summary>One SBAR heading and its text (never empty).</summary>
public sealed record SbarSection(string Heading, string Text);

/// <summary>
/// The generated SBAR report in the order S, B, A, R: S and B always (B says <see cref="SbarGenerator.NoBackground"/>
/// when nothing was given), A and R only when they have content. <see cref="Text"/> is the
/// whole report as plain text for the phone screen and the clipboard.
/// </summary>
public sealed record SbarReport(IReadOnlyList<SbarSection> Sections)
{
    public string Text => string.Join("\n\n", Sections.Select(s => $"{s.Heading}\n{s.Text}"));
}

/// <summary>
/// Writes the SBAR (Situation, Bakgrund, Aktuellt tillstånd, Rekommendation) the nurse reads aloud to the doctor
/// (DOMAIN.md §7). Written to be spoken: units in words ("per minut", "procent", "grader"), decimal comma, full
/// sentences; S and B are always there, A and R are left out when there is nothing under them.
/// </summary>
public static class SbarGenerator
{
    public const string SituationHeading = "S – Situation";
    public const string BackgroundHeading = "B – Bakgrund";
    public const string AssessmentHeading = "A – Aktuellt tillstånd";
    public const string RecommendationHeading = "R – Rekommendation";

    /// <summary>Said under B when neither a background nor the patient's wishes were given.</summary>
    public const string NoBackground = "Ingen bakgrund angiven.";

    public static SbarReport Generate(SbarInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.PatientDisplayName))
        {
            throw new DomainException("Ange vilken patient samtalet gäller.");
        }

        if (string.IsNullOrWhiteSpace(input.UnitName))
        {
            throw new DomainException("Ange enhet eller hemvårdsområde.");
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            throw new DomainException("Ange anledningen till kontakten.");
        }

        // S and B are always said: a doctor who hears "ingen bakgrund angiven" knows to ask (issue 14: the SBAR had no B).
        var background = Background(input);
        var sections = new List<SbarSection>
        {
            new(SituationHeading, Situation(input)),
            new(BackgroundHeading, string.IsNullOrWhiteSpace(background) ? NoBackground : background),
        };
        Add(sections, AssessmentHeading, Assessment(input));
        Add(sections, RecommendationHeading, Sentence(input.Request));
        return new SbarReport(sections.AsReadOnly());
    }

    private static void Add(List<SbarSection> sections, string heading, string text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sections.Add(new SbarSection(heading, text));
        }
    }

    private static string Situation(SbarInput input)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(input.NurseName))
        {
            text.Append($"Jag heter {input.NurseName.Trim()} och är sjuksköterska. ");
        }

        text.Append($"Jag ringer om {input.PatientDisplayName.Trim()}");
        if (input.Age is { } age)
        {
            text.Append($", {age} år");
        }

        text.Append($", på {input.UnitName.Trim()}. ");
        text.Append(Sentence(input.Reason));
        return text.ToString();
    }

    private static string Background(SbarInput input)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(input.Background))
        {
            parts.Add(Sentence(input.Background));
        }

        if (!string.IsNullOrWhiteSpace(input.PatientWishes))
        {
            parts.Add("Patientens önskemål: " + Sentence(input.PatientWishes, capitalise: false));
        }

        return string.Join(" ", parts);
    }

    private static string Assessment(SbarInput input)
    {
        var parts = new List<string>();
        if (input.Vitals is { } vitals)
        {
            parts.AddRange(VitalSentences(vitals));
        }

        if (input.DecisionSupport is { } support)
        {
            parts.Add($"Bedömning enligt {support.ToolName}: {support.ResultName}.");
        }

        // Said after red/green so the doctor hears why; the region's lines as written, without their own full stops.
        var met = (input.TriggersMet ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim().TrimEnd('.')).ToList();
        if (met.Count > 0)
        {
            parts.Add($"Uppfyllda kriterier: {string.Join("; ", met)}.");
        }

        var symptoms = (input.ExclusionSymptoms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToList();
        if (symptoms.Count > 0)
        {
            parts.Add($"Exklusionssymtom: {string.Join(", ", symptoms)}.");
        }

        return string.Join(" ", parts);
    }

    private static IEnumerable<string> VitalSentences(VitalSigns vitals)
    {
        var measured = new List<string>();
        if (vitals.RespirationRate is { } rr)
        {
            measured.Add($"andningsfrekvens {rr} per minut");
        }

        if (vitals.SpO2 is { } spo2)
        {
            var supply = vitals.AirOrOxygen switch
            {
                AirOrOxygen.Air => " på luft",
                AirOrOxygen.Oxygen => " med syrgas",
                _ => "",
            };
            var scale = vitals.Scale == SpO2Scale.Scale2 ? ", skala 2 med målvärde 88 till 92 procent" : "";
            measured.Add($"saturation {spo2} procent{supply}{scale}");
        }
        else if (vitals.AirOrOxygen == AirOrOxygen.Oxygen)
        {
            measured.Add("får syrgas");
        }

        if (vitals.SystolicBloodPressure is { } bp)
        {
            measured.Add($"systoliskt blodtryck {bp}");
        }

        if (vitals.Pulse is { } pulse)
        {
            measured.Add($"puls {pulse} per minut");
        }

        if (vitals.Consciousness is { } acvpu)
        {
            measured.Add(News2.ConsciousnessName(acvpu));
        }

        if (vitals.Temperature is { } t)
        {
            measured.Add($"temperatur {SwedishText.OneDecimal(t)} grader");
        }

        if (measured.Count > 0)
        {
            yield return Capitalise(string.Join(", ", measured)) + ".";
        }

        var news2 = News2.Assess(vitals);
        if (news2.IsComplete)
        {
            var threes = news2.Scores.Where(s => s.Score == 3).Select(s => News2.ParameterName(s.Parameter)).ToList();
            var three = threes.Count > 0 ? $" Tre poäng på {JoinSpoken(threes)}." : "";
            yield return $"NEWS2 är {news2.Total} poäng, {News2.BandName(news2.Band!.Value)}.{three}";
        }
        else if (measured.Count > 0)
        {
            var missing = news2.Missing.Where(m => !IsMeasured(vitals, m)).Select(News2.ParameterName).ToList();
            yield return $"NEWS2 kan inte räknas ut eftersom {JoinSpoken(missing)} saknas.";
        }
    }

    // On scale 2 the saturation may be measured but unscored because air/oxygen is unknown; say only what was not measured.
    private static bool IsMeasured(VitalSigns vitals, News2Parameter parameter) =>
        parameter == News2Parameter.SpO2 && vitals.SpO2 is not null;

    /// <summary>"a", "a och b", "a, b och c".</summary>
    private static string JoinSpoken(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " och " + items[^1];

    private static string Sentence(string? text, bool capitalise = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var trimmed = capitalise ? Capitalise(text.Trim()) : text.Trim();
        return trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + text[1..];
}
