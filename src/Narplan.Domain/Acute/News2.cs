namespace Narplan.Domain.Acute;

/// <summary>The seven NEWS2 parameters, in the order of the chart (DOMAIN.md appendix A).</summary>
public enum News2Parameter
{
    RespirationRate,
    SpO2,
    AirOrOxygen,
    SystolicBloodPressure,
    Pulse,
    Consciousness,
    Temperature,
}

/// <summary>
/// The NEWS2 clinical-risk band of a complete assessment. <see cref="Zero"/> is the appendix's row "0" (low risk,
/// routine monitoring); <see cref="LowMedium"/> is a total of 1–4 where a single parameter scores 3 (a "red score").
/// </summary>
public enum News2Band
{
    /// <summary>Total 0.</summary>
    Zero,

    /// <summary>Total 1–4 without a single parameter scoring 3.</summary>
    Low,

    /// <summary>Total 1–4 with a 3 in a single parameter.</summary>
    LowMedium,

    /// <summary>Total 5–6: urgent assessment.</summary>
    Medium,

    /// <summary>Total 7 or more: emergency assessment.</summary>
    High,
}

/// <summary>One parameter's NEWS2 score (0–3).</summary>
public sealed record News2ParameterScore(News2Parameter Parameter, int Score);

/// <summary>
/// NEWS2 for one set of vital signs. <see cref="Scores"/> holds the measured parameters; when one is missing
/// <see cref="IsComplete"/> is false and <see cref="Total"/>, <see cref="Band"/> and <see cref="SuggestedResponse"/>
/// are null — NEWS2 is only defined for all seven, and a partial sum would look falsely reassuring.
/// </summary>
public sealed record News2Assessment(
    IReadOnlyList<News2ParameterScore> Scores,
    IReadOnlyList<News2Parameter> Missing,
    SpO2Scale Scale)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>0–20 when complete.</summary>
    public int? Total => IsComplete ? Scores.Sum(s => s.Score) : null;

    /// <summary>Whether any measured parameter scores 3.</summary>
    public bool HasSingleParameterScoringThree => Scores.Any(s => s.Score == 3);

    public News2Band? Band => Total is { } total ? News2.BandFor(total, HasSingleParameterScoringThree) : null;

    /// <summary>The suggested response (Swedish) for the band; an aid beside the nurse's ViSam/BViS assessment.</summary>
    public string? SuggestedResponse => Band is { } band ? News2.SuggestedResponse(band) : null;

    /// <summary>The score of one parameter, or null when it was not measured.</summary>
    public int? ScoreOf(News2Parameter parameter) =>
        Scores.FirstOrDefault(s => s.Parameter == parameter)?.Score;
}

/// <summary>
/// National Early Warning Score 2 (Royal College of Physicians, 2017) exactly as DOMAIN.md appendix A.
/// </summary>
/// <remarks>
/// Each band edge in the chart is a whole number (or a tenth of a degree for temperature); the methods compare with
/// the chart's upper edge of each row, so a value between two printed rows (37.05 °C) lands in the row whose upper
/// edge it does not exceed: ≤ 35.0 scores 3, ≤ 36.0 scores 1, ≤ 38.0 scores 0, ≤ 39.0 scores 1, above that 2.
/// Values outside physiological ranges are the validator's business (<see cref="VitalSignsValidator"/>); here every
/// number gets the score of its row.
/// </remarks>
public static class News2
{
    /// <summary>Scores what is measured; see <see cref="News2Assessment"/> for what a missing value means.</summary>
    public static News2Assessment Assess(VitalSigns vitals)
    {
        ArgumentNullException.ThrowIfNull(vitals);
        var scores = new List<News2ParameterScore>(7);
        var missing = new List<News2Parameter>();

        void Add(News2Parameter parameter, int? score)
        {
            if (score is { } s)
            {
                scores.Add(new News2ParameterScore(parameter, s));
            }
            else
            {
                missing.Add(parameter);
            }
        }

        Add(News2Parameter.RespirationRate, vitals.RespirationRate is { } rr ? ScoreRespirationRate(rr) : null);

        // Scale 2 needs to know air or oxygen to score saturations of 93 % and above; without it the SpO2 row is unknown.
        int? spo2 = vitals.SpO2 is not { } sat ? null
            : vitals.Scale == SpO2Scale.Scale1 ? ScoreSpO2Scale1(sat)
            : vitals.AirOrOxygen is { } supply ? ScoreSpO2Scale2(sat, supply)
            : null;
        Add(News2Parameter.SpO2, spo2);
        Add(News2Parameter.AirOrOxygen, vitals.AirOrOxygen is { } air ? ScoreAirOrOxygen(air) : null);
        Add(News2Parameter.SystolicBloodPressure, vitals.SystolicBloodPressure is { } bp ? ScoreSystolicBloodPressure(bp) : null);
        Add(News2Parameter.Pulse, vitals.Pulse is { } pulse ? ScorePulse(pulse) : null);
        Add(News2Parameter.Consciousness, vitals.Consciousness is { } acvpu ? ScoreConsciousness(acvpu) : null);
        Add(News2Parameter.Temperature, vitals.Temperature is { } t ? ScoreTemperature(t) : null);

        return new News2Assessment(scores.AsReadOnly(), missing.AsReadOnly(), vitals.Scale);
    }

    /// <summary>≤ 8: 3; 9–11: 1; 12–20: 0; 21–24: 2; ≥ 25: 3.</summary>
    public static int ScoreRespirationRate(int perMinute) => perMinute switch
    {
        <= 8 => 3,
        <= 11 => 1,
        <= 20 => 0,
        <= 24 => 2,
        _ => 3,
    };

    /// <summary>Scale 1: ≤ 91: 3; 92–93: 2; 94–95: 1; ≥ 96: 0 (air or oxygen does not change the SpO2 row).</summary>
    public static int ScoreSpO2Scale1(int percent) => percent switch
    {
        <= 91 => 3,
        <= 93 => 2,
        <= 95 => 1,
        _ => 0,
    };

    /// <summary>
    /// Scale 2 (hypercapnic respiratory failure, target 88–92 %): ≤ 83: 3; 84–85: 2; 86–87: 1; 88–92: 0; and from 93 %
    /// on air 0, but on oxygen 93–94: 1, 95–96: 2, ≥ 97: 3 — a high saturation on oxygen means too much oxygen.
    /// </summary>
    public static int ScoreSpO2Scale2(int percent, AirOrOxygen airOrOxygen) => percent switch
    {
        <= 83 => 3,
        <= 85 => 2,
        <= 87 => 1,
        <= 92 => 0,
        _ when airOrOxygen == AirOrOxygen.Air => 0,
        <= 94 => 1,
        <= 96 => 2,
        _ => 3,
    };

    /// <summary>Air: 0; oxygen: 2 (on both saturation scales).</summary>
    public static int ScoreAirOrOxygen(AirOrOxygen airOrOxygen) => airOrOxygen == AirOrOxygen.Oxygen ? 2 : 0;

    /// <summary>≤ 90: 3; 91–100: 2; 101–110: 1; 111–219: 0; ≥ 220: 3.</summary>
    public static int ScoreSystolicBloodPressure(int mmHg) => mmHg switch
    {
        <= 90 => 3,
        <= 100 => 2,
        <= 110 => 1,
        <= 219 => 0,
        _ => 3,
    };

    /// <summary>≤ 40: 3; 41–50: 1; 51–90: 0; 91–110: 1; 111–130: 2; ≥ 131: 3.</summary>
    public static int ScorePulse(int perMinute) => perMinute switch
    {
        <= 40 => 3,
        <= 50 => 1,
        <= 90 => 0,
        <= 110 => 1,
        <= 130 => 2,
        _ => 3,
    };

    /// <summary>Alert: 0; new confusion, voice, pain or unresponsive: 3.</summary>
    public static int ScoreConsciousness(Consciousness consciousness) => consciousness == Consciousness.Alert ? 0 : 3;

    /// <summary>≤ 35.0: 3; 35.1–36.0: 1; 36.1–38.0: 0; 38.1–39.0: 1; ≥ 39.1: 2.</summary>
    public static int ScoreTemperature(decimal celsius) => celsius switch
    {
        <= 35.0m => 3,
        <= 36.0m => 1,
        <= 38.0m => 0,
        <= 39.0m => 1,
        _ => 2,
    };

    /// <summary>
    /// The band of a complete score: ≥ 7 high; 5–6 medium; otherwise a 3 in a single parameter is low–medium;
    /// 1–4 low; 0 zero. A total of 5 or more with a single 3 is medium or high, not low–medium.
    /// </summary>
    public static News2Band BandFor(int total, bool hasSingleParameterScoringThree)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(total, 20);
        return total switch
        {
            >= 7 => News2Band.High,
            >= 5 => News2Band.Medium,
            _ when hasSingleParameterScoringThree => News2Band.LowMedium,
            0 => News2Band.Zero,
            _ => News2Band.Low,
        };
    }

    /// <summary>Swedish name of the parameter, lower case, for the UI and the SBAR.</summary>
    public static string ParameterName(News2Parameter parameter) => parameter switch
    {
        News2Parameter.RespirationRate => "andningsfrekvens",
        News2Parameter.SpO2 => "saturation",
        News2Parameter.AirOrOxygen => "luft eller syrgas",
        News2Parameter.SystolicBloodPressure => "systoliskt blodtryck",
        News2Parameter.Pulse => "puls",
        News2Parameter.Consciousness => "medvetandegrad",
        News2Parameter.Temperature => "temperatur",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };

    /// <summary>Swedish description of an ACVPU level, lower case, as said on the phone.</summary>
    public static string ConsciousnessName(Consciousness consciousness) => consciousness switch
    {
        Consciousness.Alert => "vaken och klar",
        Consciousness.NewConfusion => "nytillkommen förvirring",
        Consciousness.Voice => "reagerar på tilltal",
        Consciousness.Pain => "reagerar bara på smärta",
        Consciousness.Unresponsive => "reagerar inte",
        _ => throw new ArgumentOutOfRangeException(nameof(consciousness), consciousness, null),
    };

    /// <summary>Swedish name of the band for the UI and the SBAR.</summary>
    public static string BandName(News2Band band) => band switch
    {
        News2Band.Zero => "ingen förhöjd risk",
        News2Band.Low => "låg risk",
        News2Band.LowMedium => "låg till medelhög risk",
        News2Band.Medium => "medelhög risk",
        News2Band.High => "hög risk",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };

    /// <summary>
    /// The RCP clinical response of the band, worded for a kommun nurse (Swedish). It is an aid: the ViSam/BViS
    /// assessment and the nurse's judgement decide whether to call the doctor.
    /// </summary>
    public static string SuggestedResponse(News2Band band) => band switch
    {
        News2Band.Zero =>
            "Fortsätt ordinarie kontroller, minst var 12:e timme.",
        News2Band.Low =>
            "Låg risk. Sjuksköterskan bedömer om kontrollerna ska tätas och vad som behöver göras; kontroller minst var 4:e–6:e timme.",
        News2Band.LowMedium =>
            "En parameter ger 3 poäng. Sjuksköterskan gör skyndsamt en bedömning och tar ställning till läkarkontakt; kontroller minst varje timme.",
        News2Band.Medium =>
            "Medelhög risk. Kontakta läkare för brådskande bedömning; kontroller minst varje timme.",
        News2Band.High =>
            "Hög risk. Kontakta läkare omedelbart för akut bedömning och överväg ambulans (112); övervaka kontinuerligt.",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };
}
