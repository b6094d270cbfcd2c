using Narplan.Domain.Crisis;

namespace Narplan.Web.Features.Crisis;

/// <summary>One in the crisis calling order on the asked day.</summary>
public sealed record CrisisChainStepDto(int Order, string Title, string Name, string? Phone, bool Absent);

/// <summary>
/// Whom to call at the asked instant: <c>responder</c> is <c>forvaltningschef</c>, <c>ersattare</c> (a substitute in
/// order) or <c>tib</c> (tjänsteman i beredskap via växel); the answer holds over <c>[from, until)</c>.
/// </summary>
public sealed record CrisisContactDto(
    Guid KommunId, string Kommun, string At, string Responder, string Title, string Name, string Phone, string From, string Until,
    bool InOfficeHours, string? DayName, string Reason, string NextResponder, string NextName, IReadOnlyList<CrisisChainStepDto> Chain);

/// <summary>Crisis and POSOM contacts (issue 19 item 7): services and GET /api/v1/kommuner/{id}/crisis-contact.</summary>
public static class CrisisSetup
{
    public const string UnknownKommun = "Det finns inget närområde med det id:t.";
    public const string NoContacts = "Närområdet har inte lagt in sina krisstödskontakter i Närplan ännu.";

    public static IServiceCollection AddCrisis(this IServiceCollection services) => services.AddScoped<CrisisService>();

    public static WebApplication MapCrisis(this WebApplication app)
    {
        app.V1()
            .MapGet("/kommuner/{id:guid}/crisis-contact", CrisisContactAsync)
            .Operation("GetKommunCrisisContact", "Vem ringer jag vid kris (krisstöd/POSOM)? Förvaltningschefen på kontorstid, ersättarna i ordning vid frånvaro, TIB via växel övrig tid")
            .WithDescription("at är en tidpunkt i RFC 3339 med tidszon (2026-12-24T10:00:00+01:00); utan at gäller nu. Kontorstid gäller vardagar enligt den svenska kalendern: helgdagar, midsommarafton, julafton och nyårsafton har ingen kontorstid.")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<Ok<CrisisContactDto>, ProblemHttpResult>> CrisisContactAsync(CrisisService crisis, Guid id, string? at, CancellationToken ct)
    {
        var instant = crisis.Now;
        if (at is not null)
        {
            var parsed = DateText.ParseInstant(at);
            if (!parsed.Success)
            {
                return Problems.BadRequest($"'at': {parsed.Error}");
            }

            instant = parsed.Value;
        }

        var (kommun, answer) = await crisis.AnswerAsync(id, instant, ct);
        if (kommun is null)
        {
            return Problems.NotFound(UnknownKommun);
        }

        if (answer is null)
        {
            return Problems.NotFound(NoContacts);
        }

        return TypedResults.Ok(ToDto(id, kommun, instant, answer));
    }

    public static CrisisContactDto ToDto(Guid kommunId, string kommun, NodaTime.Instant at, CrisisContactAnswer a) => new(
        kommunId, kommun, ApiTime.Format(at), Responder(a.Kind), a.Title, a.Name, a.Phone,
        ApiTime.Format(a.From), ApiTime.Format(a.Until), a.InOfficeHours, a.DayName, a.Reason,
        Responder(a.NextKind), a.NextName,
        a.Chain.Select(s => new CrisisChainStepDto(s.Order, s.Title, s.Name, s.Phone, s.Absent)).ToList());

    public static string Responder(CrisisResponderKind kind) => kind switch
    {
        CrisisResponderKind.Chief => "forvaltningschef",
        CrisisResponderKind.Substitute => "ersattare",
        _ => "tib",
    };
}
