namespace Narplan.Web.Features.SelfCare;

/// <summary>A follow-up due: ids and dates only (no name or identity number in the API).</summary>
public sealed record SelfCareDueDto(Guid CertificateId, Guid PatientId, string WrittenOn, string FollowUpDueOn, bool Overdue, string CareCentre);

/// <summary>Egenvårdsintyg (issue 19 item 4): services and GET /api/v1/self-care-certificates/due.</summary>
public static class SelfCareSetup
{
    public static IServiceCollection AddSelfCare(this IServiceCollection services) =>
        services.AddScoped<SelfCareService>().AddScoped<SelfCareQueries>();

    public static WebApplication MapSelfCare(this WebApplication app)
    {
        app.V1()
            .MapGet("/self-care-certificates/due", DueAsync)
            .Operation("ListSelfCareFollowUpsDue", "Egenvårdsintyg vars årliga uppföljning är försenad eller ska göras inom fyra veckor, för den inloggades vårdcentral eller kommun (varje patientläsning loggas), en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("uppföljningsdatum", "intyg att följa upp", patientRows: true)
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<List<SelfCareDueDto>>, ProblemHttpResult>> DueAsync(
        SelfCareService service, HttpContext context, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = Api.ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Api.Problems.BadRequest(error!);
        }

        var (rows, total) = await service.DuePageAsync(context.User, page.Offset, page.Limit, ct);
        page.Describe(context, [], total);
        return TypedResults.Ok(rows.Select(r => new SelfCareDueDto(
            r.Certificate.Id, r.Patient.Id, LocalDatePattern.Iso.Format(r.Certificate.WrittenOn), LocalDatePattern.Iso.Format(r.Certificate.FollowUpDueOn),
            r.IsOverdue, r.CareCentre)).ToList());
    }
}
