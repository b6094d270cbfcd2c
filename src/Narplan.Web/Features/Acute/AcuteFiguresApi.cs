namespace Narplan.Web.Features.Acute;

/// <summary>One promise over the period: counts, median in minutes and share within (0–1).</summary>
public sealed record PromiseFiguresDto(int Measured, int Within, int Over, int Missing, int NotApplicable, double? MedianMinutes, double? ShareWithin);

/// <summary>
/// Acute-contact follow-up for a närområde (kommun) and period: response times against the promises, the share with a
/// ViSam/BViS assessment, outcome counts, and the brytpunktssamtal share among expected deaths. Aggregates only.
/// </summary>
public sealed record AcuteFiguresDto(
    string Kommun,
    string From,
    string To,
    int Contacts,
    PromiseFiguresDto Telephone,
    PromiseFiguresDto OnSite,
    IReadOnlyList<Guid> ContactsOverPromise,
    int WithDecisionSupport,
    IReadOnlyDictionary<string, int> Outcomes,
    int ExpectedDeaths,
    int ExpectedDeathsWithBreakpointConversation,
    int BreakpointConversationTargetPercent);

/// <summary>GET /api/v1/kommuner/{id}/acute-figures: the figures page as JSON, for signed-in users.</summary>
public static class AcuteFiguresApi
{
    public static WebApplication MapAcuteFiguresApi(this WebApplication app)
    {
        app.V1()
            .MapGet("/kommuner/{id:guid}/acute-figures", FiguresAsync)
            .Operation("GetAcuteFigures", "Akuta kontakter per närområde (kommun) och period (lokala datum, båda inräknade): svarstider mot löftena, beslutsstöd, utfall, brytpunktssamtal")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<AcuteFiguresDto>, ProblemHttpResult>> FiguresAsync(
        AcuteFiguresQueries queries, AcuteService acute, Guid id, string? from, string? to, CancellationToken ct)
    {
        var today = acute.Today;
        var (start, fromProblem) = ApiDate.Parse(from, "from", today.PlusYears(-1).PlusDays(1));
        var (end, toProblem) = ApiDate.Parse(to, "to", today);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (end < start)
        {
            return Problems.BadRequest("'to' är före 'from'.");
        }

        var f = await queries.ForKommunAsync(id, start, end, ct);
        if (f is null)
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t.");
        }

        static PromiseFiguresDto Dto(Domain.Acute.PromiseSummary s) =>
            new(s.Count, s.Within, s.Over, s.Missing, s.NotApplicable, s.Median?.TotalMinutes, s.ShareWithin);

        return TypedResults.Ok(new AcuteFiguresDto(
            f.Kommun, LocalDatePattern.Iso.Format(f.From), LocalDatePattern.Iso.Format(f.To), f.Contacts,
            Dto(f.ResponseTimes.Telephone), Dto(f.ResponseTimes.OnSite),
            f.OverPromise.Select(o => o.ContactId).Distinct().ToList(),
            f.DecisionSupport.Count,
            f.Outcomes.ToDictionary(o => o.Key.ToString(), o => o.Value),
            f.BreakpointConversations.Total,
            f.BreakpointConversations.Count,
            f.BreakpointConversations.TargetPercent));
    }
}
