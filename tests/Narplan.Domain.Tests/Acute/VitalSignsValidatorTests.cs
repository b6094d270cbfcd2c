using Narplan.Domain.Acute;

namespace Narplan.Domain.Tests.Acute;

public class VitalSignsValidatorTests
{
    private static readonly VitalSignsInput Typed = new(
        RespirationRate: "18", SpO2: "95", Scale: SpO2Scale.Scale1, AirOrOxygen: AirOrOxygen.Air,
        SystolicBloodPressure: "128", Pulse: "88", Consciousness: Consciousness.Alert, Temperature: "37,8");

    [Fact]
    public void ShouldAcceptAnOrdinarySetWithADecimalComma()
    {
        var result = VitalSignsValidator.Validate(Typed);

        Assert.True(result.IsValid);
        Assert.Equal(
            new VitalSigns(18, 95, SpO2Scale.Scale1, AirOrOxygen.Air, 128, 88, Consciousness.Alert, 37.8m),
            result.Vitals);
    }

    [Fact]
    public void ShouldRejectAPulseOf900AndKeepTheOtherFieldsFree()
    {
        var result = VitalSignsValidator.Validate(Typed with { Pulse = "900" });

        Assert.False(result.IsValid);
        Assert.Null(result.Vitals);
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(VitalSignsInput.Pulse), error.Key);
        Assert.Equal("En puls på 900 slag per minut är inte möjlig. Ange slag per minut (20–250).", error.Value);
    }

    [Fact]
    public void ShouldRejectASaturationOf120Percent()
    {
        var result = VitalSignsValidator.Validate(Typed with { SpO2 = "120" });

        Assert.Equal("Saturationen kan inte vara över 100 % (angivet 120 %).", result.Errors[nameof(VitalSignsInput.SpO2)]);
    }

    [Fact]
    public void ShouldSuggestCelsiusWhenTheTemperatureLooksLikeFahrenheit()
    {
        var result = VitalSignsValidator.Validate(Typed with { Temperature = "98.6" });

        Assert.Equal(
            "98,6 ser ut att vara grader Fahrenheit (motsvarar 37,0 °C). Ange temperaturen i grader Celsius.",
            result.Errors[nameof(VitalSignsInput.Temperature)]);
    }

    [Fact]
    public void ShouldReportEveryWrongFieldAtOnce()
    {
        var result = VitalSignsValidator.Validate(Typed with { Pulse = "900", SpO2 = "120", Temperature = "98,6", RespirationRate = "abc" });

        Assert.Equal(
            [nameof(VitalSignsInput.Pulse), nameof(VitalSignsInput.RespirationRate), nameof(VitalSignsInput.SpO2), nameof(VitalSignsInput.Temperature)],
            result.Errors.Keys.Order());
        Assert.Equal("”abc” är inte ett tal. Ange ett heltal.", result.Errors[nameof(VitalSignsInput.RespirationRate)]);
    }

    public static TheoryData<string, VitalSignsInput, string?> Edges => new()
    {
        { "respiration 1 is the lowest accepted", Typed with { RespirationRate = "1" }, null },
        { "respiration 0 is refused", Typed with { RespirationRate = "0" }, nameof(VitalSignsInput.RespirationRate) },
        { "respiration 80 is the highest accepted", Typed with { RespirationRate = "80" }, null },
        { "respiration 81 is refused", Typed with { RespirationRate = "81" }, nameof(VitalSignsInput.RespirationRate) },
        { "SpO2 50 is the lowest accepted", Typed with { SpO2 = "50" }, null },
        { "SpO2 49 is refused", Typed with { SpO2 = "49" }, nameof(VitalSignsInput.SpO2) },
        { "SpO2 100 is accepted", Typed with { SpO2 = "100 %" }, null },
        { "SpO2 101 is refused", Typed with { SpO2 = "101" }, nameof(VitalSignsInput.SpO2) },
        { "systolic 40 is the lowest accepted", Typed with { SystolicBloodPressure = "40" }, null },
        { "systolic 39 is refused", Typed with { SystolicBloodPressure = "39" }, nameof(VitalSignsInput.SystolicBloodPressure) },
        { "systolic 300 is the highest accepted", Typed with { SystolicBloodPressure = "300" }, null },
        { "systolic 301 is refused", Typed with { SystolicBloodPressure = "301" }, nameof(VitalSignsInput.SystolicBloodPressure) },
        { "pulse 20 is the lowest accepted", Typed with { Pulse = "20" }, null },
        { "pulse 19 is refused", Typed with { Pulse = "19" }, nameof(VitalSignsInput.Pulse) },
        { "pulse 250 is the highest accepted", Typed with { Pulse = "250" }, null },
        { "pulse 251 is refused", Typed with { Pulse = "251" }, nameof(VitalSignsInput.Pulse) },
        { "pulse with decimals is refused", Typed with { Pulse = "72,5" }, nameof(VitalSignsInput.Pulse) },
        { "temperature 25,0 is the lowest accepted", Typed with { Temperature = "25,0" }, null },
        { "temperature 24,9 is refused", Typed with { Temperature = "24,9" }, nameof(VitalSignsInput.Temperature) },
        { "temperature 45,0 is the highest accepted", Typed with { Temperature = "45.0 °C" }, null },
        { "temperature 45,1 is refused", Typed with { Temperature = "45,1" }, nameof(VitalSignsInput.Temperature) },
        { "temperature 76,9 is neither Celsius nor Fahrenheit", Typed with { Temperature = "76,9" }, nameof(VitalSignsInput.Temperature) },
        { "a very large number does not overflow", Typed with { Pulse = "99999999999999999999" }, nameof(VitalSignsInput.Pulse) },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void ShouldAcceptOrRefuseAtTheEdgeOfEachRange(string row, VitalSignsInput input, string? failingField)
    {
        var result = VitalSignsValidator.Validate(input);

        var fields = string.Join(", ", result.Errors.Keys);
        Assert.True(
            failingField is null ? result.IsValid : result.Errors.Keys.SequenceEqual([failingField]),
            $"{row}: expected {failingField ?? "no error"}, got {(fields.Length == 0 ? "no error" : fields)}");
    }

    [Fact]
    public void ShouldRepeatAHugeNumberAsTyped()
    {
        var result = VitalSignsValidator.Validate(Typed with { Pulse = "99999999999999999999" });

        Assert.Equal(
            "En puls på 99999999999999999999 slag per minut är inte möjlig. Ange slag per minut (20–250).",
            result.Errors[nameof(VitalSignsInput.Pulse)]);
    }

    [Theory]
    [InlineData("77", "25,0")]
    [InlineData("104", "40,0")]
    [InlineData("113", "45,0")]
    public void ShouldConvertTheFahrenheitRangeInTheMessage(string typed, string celsius)
    {
        var message = VitalSignsValidator.Validate(Typed with { Temperature = typed }).Errors[nameof(VitalSignsInput.Temperature)];

        Assert.Contains($"motsvarar {celsius} °C", message);
    }

    [Fact]
    public void ShouldTreatBlankFieldsAsNotMeasured()
    {
        var result = VitalSignsValidator.Validate(new VitalSignsInput(Pulse: "  ", SpO2: "94", Temperature: ""));

        Assert.True(result.IsValid);
        Assert.Equal(new VitalSigns(SpO2: 94), result.Vitals);
        Assert.False(News2.Assess(result.Vitals!).IsComplete);
    }
}
