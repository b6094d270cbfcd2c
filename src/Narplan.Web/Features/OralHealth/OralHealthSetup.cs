namespace Narplan.Web.Features.OralHealth;

/// <summary>A munhälsobedömning due: ids and dates only (no name or identity number in the API).</summary>
public sealed record OralHealthDueDto(Guid RecordId, Guid PatientId, Guid UnitId, string Unit, string CertificateIssuedOn, string? LastAssessmentOn, string AssessmentDueOn, bool Overdue);

/// <summary>A kommun's munhälsobedömningar over a period: due, done, done on time, N-intyg in force and overdue at its end.</summary>
public sealed record OralHealthFiguresDto(Guid KommunId, string From, string To, int WithCertificate, int Due, int Done, int DoneOnTime, int OverdueAtEnd);

/// <summary>
/// The oral health register (issue 19 item 3; decision 0084): services, <c>GET /api/v1/oral-health/due</c> (the signed-in
/// kommun's due list; each patient read logged) and <c>GET /api/v1/kommuner/{id}/oral-health-figures?from=&amp;to=</c>
/// (counts for the follow-up).
/// </summary>
public static class OralHealthSetup
{
    public static IServiceCollection AddOralHealth(this IServiceCollection services) =>
        services.AddScoped<OralHealthService>().AddScoped<OralHealthQueries>();

    public static WebApplication MapOralHealth(this WebApplication app)
    {
        var api = app.V1();
        api.MapGet("/oral-health/due", DueAsync)
            .Operation("ListOralHealthAssessmentsDue", "Munhälsobedömningar som är försenade eller ska göras inom fyra veckor, för den inloggades kommun (varje patientläsning loggas), en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("enhet och datum", "bedömningar", patientRows: true)
            .RequireAuthorization();
        api.MapGet("/kommuner/{id:guid}/oral-health-figures", FiguresAsync)
            .Operation("GetKommunOralHealthFigures", "Munhälsobedömningar i en kommun under en period (from/to ÅÅÅÅ-MM-DD, standard det senaste året): förfallna, gjorda, gjorda i tid och försenade vid periodens slut")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<List<OralHealthDueDto>>, ProblemHttpResult>> DueAsync(
        OralHealthService service, HttpContext context, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        var (rows, total) = await service.DuePageAsync(context.User, null, page.Offset, page.Limit, ct);
        page.Describe(context, [], total);
        return TypedResults.Ok(rows.Select(r => new OralHealthDueDto(
            r.Record.Id, r.Patient.Id, r.UnitId, r.Unit, LocalDatePattern.Iso.Format(r.Record.CertificateIssuedOn),
            r.Record.LastAssessmentOn is { } last ? LocalDatePattern.Iso.Format(last) : null,
            LocalDatePattern.Iso.Format(r.Record.AssessmentDueOn), r.Overdue)).ToList());
    }

    public static async Task<Results<Ok<OralHealthFiguresDto>, ProblemHttpResult>> FiguresAsync(
        OralHealthQueries queries, OralHealthService service, NarplanDbContext db, HttpContext context, Guid id, string? from, string? to, CancellationToken ct)
    {
        var today = service.Today;
        // 'from' defaults to a year before 'to'; a 'from' that cannot be read is answered first.
        var (last, toProblem) = ApiDate.Parse(to, "to", today);
        var (first, fromProblem) = ApiDate.Parse(from, "from", last.PlusYears(-1).PlusDays(1));
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (last < first)
        {
            return Problems.BadRequest("'to' är före 'from'.");
        }

        if (!await db.Kommuner.AnyAsync(k => k.Id == id, ct)
            || !AccessPolicy.MaySeeOralHealthRegister(context.User.ToActor(), id))
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t som du har tillgång till.");
        }

        var figures = await queries.FiguresAsync(id, new DateInterval(first, last), ct);
        return TypedResults.Ok(new OralHealthFiguresDto(id, LocalDatePattern.Iso.Format(first), LocalDatePattern.Iso.Format(last),
            figures.WithCertificate, figures.Due, figures.Done, figures.DoneOnTime, figures.OverdueAtEnd));
    }
}
