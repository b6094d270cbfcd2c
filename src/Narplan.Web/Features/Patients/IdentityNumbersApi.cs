namespace Narplan.Web.Features.Patients;

/// <summary>The body of a validation request: the number as typed or imported.</summary>
public sealed record IdentityNumberRequest(string? Value);

/// <summary>
/// The answer: <c>valid</c>, and either the number read (<c>kind</c> personnummer/samordningsnummer/reservnummer,
/// <c>normalized</c> YYYYMMDDNNNC, <c>birthDate</c>, <c>sex</c> kvinna/man, null for a reservnummer) or a Swedish <c>error</c>.
/// </summary>
public sealed record IdentityNumberValidationDto(bool Valid, string? Kind, string? Normalized, LocalDate? BirthDate, string? Sex, string? Error);

/// <summary>
/// <c>/api/v1/identity-numbers/validate</c>: the same parser the forms use (decision 0013), for imports and
/// other systems. A refused number is an answer (200, <c>valid: false</c>), not an error; only a request that is
/// not JSON of the right shape is a 400. The value is never logged.
/// </summary>
public static class IdentityNumbersApi
{
    private const int MaxBodyBytes = 4096;

    public static RouteGroupBuilder MapIdentityNumbersApi(this RouteGroupBuilder api)
    {
        api.MapPost("/identity-numbers/validate", ValidateAsync)
            .Operation("ValidateIdentityNumber", "Kontrollerar ett personnummer, samordningsnummer eller reservnummer och normaliserar det till ÅÅÅÅMMDDNNNC")
            .Accepts<IdentityNumberRequest>("application/json")
            .AllowAnonymous()
            // A pure function of the body for other systems: it changes nothing and reads nothing of the
            // signed-in user, so a cross-site request gains nothing; a token would only shut out API clients.
            .DisableAntiforgery();
        return api;
    }

    public static async Task<Results<Ok<IdentityNumberValidationDto>, ProblemHttpResult>> ValidateAsync(
        HttpRequest request, IClock clock, CancellationToken ct)
    {
        // Read the body ourselves: the framework's JSON binding failure would log the parser's message,
        // which can quote the input, and answer in English.
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problems.BadRequest(BodyMessage);
        }

        string? value;
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, ct);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("value", out var element)
                || element.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Problems.BadRequest(BodyMessage);
            }

            value = element.GetString();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string the reader cannot turn into text, such as a lone surrogate "\ud800".
            return Problems.BadRequest(BodyMessage);
        }

        var today = clock.GetCurrentInstant().InZone(Stockholm.Zone).Date;
        var result = IdentityNumber.Parse(value, today);
        return TypedResults.Ok(result.Value is { } number
            ? new IdentityNumberValidationDto(true, KindName(number.Kind), number.Normalized, number.BirthDate, SexName(number.Sex), null)
            : new IdentityNumberValidationDto(false, null, null, null, null, result.Error));
    }

    private const string BodyMessage = "Begäran ska vara JSON på formen { \"value\": \"ÅÅÅÅMMDD-NNNN\" }.";

    public static string KindName(IdentityNumberKind kind) => kind switch
    {
        IdentityNumberKind.Personnummer => "personnummer",
        IdentityNumberKind.Samordningsnummer => "samordningsnummer",
        _ => "reservnummer",
    };

    private static string? SexName(Sex? sex) => sex switch
    {
        Sex.Female => "kvinna",
        Sex.Male => "man",
        _ => null,
    };
}
