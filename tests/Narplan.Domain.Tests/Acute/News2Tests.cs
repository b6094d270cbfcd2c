using Narplan.Domain.Acute;

namespace Narplan.Domain.Tests.Acute;

/// <summary>
/// NEWS2 per DOMAIN.md appendix A: one row per boundary value on both sides of every band edge of the chart.
/// </summary>
public class News2Tests
{

    [Theory]
    [InlineData("≤ 8 scores 3, upper edge", 8, 3)]
    [InlineData("9–11 scores 1, lower edge", 9, 1)]
    [InlineData("9–11 scores 1, upper edge", 11, 1)]
    [InlineData("12–20 scores 0, lower edge", 12, 0)]
    [InlineData("12–20 scores 0, upper edge", 20, 0)]
    [InlineData("21–24 scores 2, lower edge", 21, 2)]
    [InlineData("21–24 scores 2, upper edge", 24, 2)]
    [InlineData("≥ 25 scores 3, lower edge", 25, 3)]
    public void ShouldScoreRespirationRateAtEveryBandEdge(string row, int perMinute, int expected)
    {
        AssertRow(row, expected, News2.ScoreRespirationRate(perMinute));
    }

    [Theory]
    [InlineData("≤ 91 scores 3, upper edge", 91, 3)]
    [InlineData("92–93 scores 2, lower edge", 92, 2)]
    [InlineData("92–93 scores 2, upper edge", 93, 2)]
    [InlineData("94–95 scores 1, lower edge", 94, 1)]
    [InlineData("94–95 scores 1, upper edge", 95, 1)]
    [InlineData("≥ 96 scores 0, lower edge", 96, 0)]
    public void ShouldScoreSaturationOnScale1AtEveryBandEdge(string row, int percent, int expected)
    {
        AssertRow(row, expected, News2.ScoreSpO2Scale1(percent));
    }

    [Theory]
    [InlineData("scale 1 ignores oxygen for the SpO2 row", 96, AirOrOxygen.Oxygen, 0)]
    [InlineData("scale 1 at 100 % on oxygen scores 0", 100, AirOrOxygen.Oxygen, 0)]
    public void ShouldNotPenaliseHighSaturationOnOxygenOnScale1(string row, int percent, AirOrOxygen supply, int expected)
    {
        var assessment = News2.Assess(new VitalSigns(SpO2: percent, Scale: SpO2Scale.Scale1, AirOrOxygen: supply));
        AssertRow(row, expected, assessment.ScoreOf(News2Parameter.SpO2));
    }

    [Theory]
    [InlineData("≤ 83 scores 3, upper edge", 83, AirOrOxygen.Air, 3)]
    [InlineData("84–85 scores 2, lower edge", 84, AirOrOxygen.Air, 2)]
    [InlineData("84–85 scores 2, upper edge", 85, AirOrOxygen.Oxygen, 2)]
    [InlineData("86–87 scores 1, lower edge", 86, AirOrOxygen.Oxygen, 1)]
    [InlineData("86–87 scores 1, upper edge", 87, AirOrOxygen.Air, 1)]
    [InlineData("88–92 scores 0, lower edge", 88, AirOrOxygen.Air, 0)]
    [InlineData("88–92 scores 0 on oxygen too, upper edge", 92, AirOrOxygen.Oxygen, 0)]
    [InlineData("88–92 scores 0 on air, upper edge", 92, AirOrOxygen.Air, 0)]
    [InlineData("≥ 93 on air scores 0, lower edge", 93, AirOrOxygen.Air, 0)]
    [InlineData("≥ 93 on air scores 0, at 100 %", 100, AirOrOxygen.Air, 0)]
    [InlineData("93–94 on oxygen scores 1, lower edge", 93, AirOrOxygen.Oxygen, 1)]
    [InlineData("93–94 on oxygen scores 1, upper edge", 94, AirOrOxygen.Oxygen, 1)]
    [InlineData("95–96 on oxygen scores 2, lower edge", 95, AirOrOxygen.Oxygen, 2)]
    [InlineData("95–96 on oxygen scores 2, upper edge", 96, AirOrOxygen.Oxygen, 2)]
    [InlineData("≥ 97 on oxygen scores 3, lower edge", 97, AirOrOxygen.Oxygen, 3)]
    [InlineData("≥ 97 on oxygen scores 3, at 100 %", 100, AirOrOxygen.Oxygen, 3)]
    public void ShouldScoreSaturationOnScale2AtEveryBandEdge(string row, int percent, AirOrOxygen supply, int expected)
    {
        AssertRow(row, expected, News2.ScoreSpO2Scale2(percent, supply));
    }

    [Fact]
    public void ShouldLeaveScale2SaturationUnscoredWhenAirOrOxygenIsUnknown()
    {
        var assessment = News2.Assess(new VitalSigns(SpO2: 95, Scale: SpO2Scale.Scale2));

        Assert.Null(assessment.ScoreOf(News2Parameter.SpO2));
        Assert.Contains(News2Parameter.SpO2, assessment.Missing);
        Assert.Contains(News2Parameter.AirOrOxygen, assessment.Missing);
    }

    [Theory]
    [InlineData("air scores 0", AirOrOxygen.Air, 0)]
    [InlineData("oxygen scores 2", AirOrOxygen.Oxygen, 2)]
    public void ShouldScoreAirOrOxygen(string row, AirOrOxygen supply, int expected)
    {
        AssertRow(row, expected, News2.ScoreAirOrOxygen(supply));
    }

    [Theory]
    [InlineData("≤ 90 scores 3, upper edge", 90, 3)]
    [InlineData("91–100 scores 2, lower edge", 91, 2)]
    [InlineData("91–100 scores 2, upper edge", 100, 2)]
    [InlineData("101–110 scores 1, lower edge", 101, 1)]
    [InlineData("101–110 scores 1, upper edge", 110, 1)]
    [InlineData("111–219 scores 0, lower edge", 111, 0)]
    [InlineData("111–219 scores 0, upper edge", 219, 0)]
    [InlineData("≥ 220 scores 3, lower edge", 220, 3)]
    public void ShouldScoreSystolicBloodPressureAtEveryBandEdge(string row, int mmHg, int expected)
    {
        AssertRow(row, expected, News2.ScoreSystolicBloodPressure(mmHg));
    }

    [Theory]
    [InlineData("≤ 40 scores 3, upper edge", 40, 3)]
    [InlineData("41–50 scores 1, lower edge", 41, 1)]
    [InlineData("41–50 scores 1, upper edge", 50, 1)]
    [InlineData("51–90 scores 0, lower edge", 51, 0)]
    [InlineData("51–90 scores 0, upper edge", 90, 0)]
    [InlineData("91–110 scores 1, lower edge", 91, 1)]
    [InlineData("91–110 scores 1, upper edge", 110, 1)]
    [InlineData("111–130 scores 2, lower edge", 111, 2)]
    [InlineData("111–130 scores 2, upper edge", 130, 2)]
    [InlineData("≥ 131 scores 3, lower edge", 131, 3)]
    public void ShouldScorePulseAtEveryBandEdge(string row, int perMinute, int expected)
    {
        AssertRow(row, expected, News2.ScorePulse(perMinute));
    }

    [Theory]
    [InlineData("alert scores 0", Consciousness.Alert, 0)]
    [InlineData("new confusion scores 3", Consciousness.NewConfusion, 3)]
    [InlineData("voice scores 3", Consciousness.Voice, 3)]
    [InlineData("pain scores 3", Consciousness.Pain, 3)]
    [InlineData("unresponsive scores 3", Consciousness.Unresponsive, 3)]
    public void ShouldScoreConsciousnessOnAcvpu(string row, Consciousness acvpu, int expected)
    {
        AssertRow(row, expected, News2.ScoreConsciousness(acvpu));
    }

    [Theory]
    [InlineData("≤ 35.0 scores 3, upper edge", "35.0", 3)]
    [InlineData("35.1–36.0 scores 1, lower edge", "35.1", 1)]
    [InlineData("35.1–36.0 scores 1, upper edge", "36.0", 1)]
    [InlineData("36.1–38.0 scores 0, lower edge", "36.1", 0)]
    [InlineData("36.1–38.0 scores 0, upper edge", "38.0", 0)]
    [InlineData("38.1–39.0 scores 1, lower edge", "38.1", 1)]
    [InlineData("38.1–39.0 scores 1, upper edge", "39.0", 1)]
    [InlineData("≥ 39.1 scores 2, lower edge", "39.1", 2)]
    [InlineData("between rows: 35.05 is above 35.0", "35.05", 1)]
    [InlineData("between rows: 38.05 is above 38.0", "38.05", 1)]
    public void ShouldScoreTemperatureAtEveryBandEdge(string row, string celsius, int expected)
    {
        AssertRow(row, expected, News2.ScoreTemperature(decimal.Parse(celsius, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("total 0 is its own row", 0, false, News2Band.Zero)]
    [InlineData("total 1 is low", 1, false, News2Band.Low)]
    [InlineData("total 4 is low", 4, false, News2Band.Low)]
    [InlineData("a single 3 with total 3 is low–medium", 3, true, News2Band.LowMedium)]
    [InlineData("a single 3 with total 4 is low–medium", 4, true, News2Band.LowMedium)]
    [InlineData("total 5 is medium", 5, false, News2Band.Medium)]
    [InlineData("total 5 with a single 3 is medium, not low–medium", 5, true, News2Band.Medium)]
    [InlineData("total 6 is medium", 6, false, News2Band.Medium)]
    [InlineData("total 7 is high", 7, false, News2Band.High)]
    [InlineData("total 7 with a single 3 is high", 7, true, News2Band.High)]
    [InlineData("total 20 is high", 20, true, News2Band.High)]
    public void ShouldPutTheTotalInTheRightBand(string row, int total, bool singleThree, News2Band expected)
    {
        AssertRow(row, expected, News2.BandFor(total, singleThree));
    }

    [Fact]
    public void ShouldScoreAWellPatientZero()
    {
        var assessment = News2.Assess(Normal);

        Assert.True(assessment.IsComplete);
        Assert.Equal(0, assessment.Total);
        Assert.Equal(News2Band.Zero, assessment.Band);
        Assert.Equal(7, assessment.Scores.Count);
    }

    [Fact]
    public void ShouldMakeNewConfusionAloneLowMediumWithAnUrgentNurseAssessment()
    {
        var assessment = News2.Assess(Normal with { Consciousness = Consciousness.NewConfusion });

        Assert.Equal(3, assessment.Total);
        Assert.Equal(News2Band.LowMedium, assessment.Band);
        Assert.Contains("ställning till läkarkontakt", assessment.SuggestedResponse);
    }

    [Fact]
    public void ShouldAddUpAllSevenParametersForASepticPatient()
    {
        // RR 24 (2), SpO2 93 scale 1 (2), oxygen (2), BP 105 (1), pulse 115 (2), alert (0), 38.4 °C (1) = 10.
        var vitals = new VitalSigns(24, 93, SpO2Scale.Scale1, AirOrOxygen.Oxygen, 105, 115, Consciousness.Alert, 38.4m);

        var assessment = News2.Assess(vitals);

        Assert.Equal(10, assessment.Total);
        Assert.Equal(News2Band.High, assessment.Band);
        Assert.StartsWith("Hög risk. Kontakta läkare omedelbart", assessment.SuggestedResponse);
    }

    [Fact]
    public void ShouldScoreTheSameSaturationDifferentlyOnScale2OnOxygen()
    {
        var onOxygen = Normal with { SpO2 = 97, AirOrOxygen = AirOrOxygen.Oxygen };

        Assert.Equal(2, News2.Assess(onOxygen).Total); // scale 1: SpO2 0 + oxygen 2
        Assert.Equal(5, News2.Assess(onOxygen with { Scale = SpO2Scale.Scale2 }).Total); // scale 2: SpO2 3 + oxygen 2
        Assert.Equal(News2Band.Medium, News2.Assess(onOxygen with { Scale = SpO2Scale.Scale2 }).Band);
    }

    [Fact]
    public void ShouldGiveNoTotalOrBandWhenAParameterIsMissing()
    {
        var assessment = News2.Assess(Normal with { Temperature = null, Pulse = 135 });

        Assert.False(assessment.IsComplete);
        Assert.Equal([News2Parameter.Temperature], assessment.Missing);
        Assert.Null(assessment.Total);
        Assert.Null(assessment.Band);
        Assert.Null(assessment.SuggestedResponse);
        Assert.True(assessment.HasSingleParameterScoringThree);
    }

    [Fact]
    public void ShouldRefuseATotalOutsideZeroToTwenty()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => News2.BandFor(21, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => News2.BandFor(-1, false));
    }

    private static void AssertRow<T>(string row, T expected, T actual) =>
        Assert.True(EqualityComparer<T>.Default.Equals(expected, actual), $"{row}: expected {expected}, got {actual}");

    internal static readonly VitalSigns Normal =
        new(16, 97, SpO2Scale.Scale1, AirOrOxygen.Air, 130, 72, Consciousness.Alert, 37.0m);
}
