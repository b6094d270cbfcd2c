namespace Narplan.Web.Features.Acute;

/// <summary>
/// Vital signs from a device or another system, without any identity. Numbers are JSON numbers; a missing value
/// was not measured. <c>scale</c> is 1 or 2 (NEWS2 SpO2 scale; 2 only when a doctor has set it).
/// </summary>
public sealed record News2Request(
    decimal? RespirationRate,
    decimal? SpO2,
    int? Scale,
    AirOrOxygen? AirOrOxygen,
    decimal? SystolicBloodPressure,
    decimal? Pulse,
    Consciousness? Consciousness,
    decimal? Temperature);

/// <summary>One parameter's score, with its Swedish name.</summary>
public sealed record News2ParameterScoreDto(News2Parameter Parameter, string Name, int Score);

/// <summary>
/// NEWS2 as the acute form computes it. <c>total</c>, <c>band</c> and <c>suggestedResponse</c> are null when a
/// parameter is missing (<c>missing</c> names them): NEWS2 is defined only for all seven.
/// </summary>
public sealed record News2Response(
    bool Complete,
    int? Total,
    News2Band? Band,
    string? BandName,
    string? SuggestedResponse,
    bool SingleParameterScoresThree,
    int Scale,
    IReadOnlyList<News2ParameterScoreDto> Scores,
    IReadOnlyList<string> Missing);

/// <summary>POST /api/v1/news2: the score of a set of vital signs, through the acute form's validator and NEWS2 function.</summary>
public static class News2Api
{
    public static RouteGroupBuilder MapNews2Api(this RouteGroupBuilder v1)
    {
        v1.MapPost("/news2", Score)
            .Operation("ScoreNews2", "NEWS2 för vitalparametrar (utan identitet): total, poäng per parameter, riskgrupp och föreslagen åtgärd")
            .WithDescription("Samma validering och beräkning som formuläret för akut kontakt. Orimliga värden ger 400 med ett svenskt meddelande per fält.")
            .Accepts<News2Request>("application/json")
            .Produces<News2Response>()
            .ProducesValidationProblem()
            .AllowAnonymous()
            .DisableAntiforgery();
        return v1;
    }

    /// <summary>Field names in problem details follow the request's JSON names.</summary>
    private static readonly Dictionary<string, string> JsonNames = new()
    {
        [nameof(VitalSignsInput.RespirationRate)] = "respirationRate",
        [nameof(VitalSignsInput.SpO2)] = "spO2",
        [nameof(VitalSignsInput.SystolicBloodPressure)] = "systolicBloodPressure",
        [nameof(VitalSignsInput.Pulse)] = "pulse",
        [nameof(VitalSignsInput.Temperature)] = "temperature",
    };

    public static Results<Ok<News2Response>, ValidationProblem> Score(News2Request request)
    {
        if (request.Scale is { } s && s is not (1 or 2))
        {
            return Invalid(new Dictionary<string, string> { ["scale"] = $"Skala {s} finns inte. Ange 1 eller 2 (skala 2 bara när en läkare har ordinerat det)." });
        }

        var validation = VitalSignsValidator.Validate(new VitalSignsInput(
            Text(request.RespirationRate),
            Text(request.SpO2),
            request.Scale == 2 ? SpO2Scale.Scale2 : SpO2Scale.Scale1,
            request.AirOrOxygen,
            Text(request.SystolicBloodPressure),
            Text(request.Pulse),
            request.Consciousness,
            Text(request.Temperature)));
        if (!validation.IsValid)
        {
            return Invalid(validation.Errors.ToDictionary(e => JsonNames.GetValueOrDefault(e.Key, JsonNamingPolicy.CamelCase.ConvertName(e.Key)), e => e.Value));
        }

        var news2 = News2.Assess(validation.Vitals!);
        return TypedResults.Ok(new News2Response(
            news2.IsComplete,
            news2.Total,
            news2.Band,
            news2.Band is { } band ? News2.BandName(band) : null,
            news2.SuggestedResponse,
            news2.HasSingleParameterScoringThree,
            (int)news2.Scale,
            [.. news2.Scores.Select(p => new News2ParameterScoreDto(p.Parameter, News2.ParameterName(p.Parameter), p.Score))],
            [.. news2.Missing.Select(News2.ParameterName)]));
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static ValidationProblem Invalid(Dictionary<string, string> errors) =>
        TypedResults.ValidationProblem(
            errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
            title: WebSetup.SwedishTitle(StatusCodes.Status400BadRequest),
            detail: "En eller flera vitalparametrar är orimliga: " + string.Join(" ", errors.Values));
}
