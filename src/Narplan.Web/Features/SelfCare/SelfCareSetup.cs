using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime.Text;

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
        app.MapGroup("/api/v1").WithTags("Närplan")
            .MapGet("/self-care-certificates/due", DueAsync)
            .WithName("ListSelfCareFollowUpsDue")
            .WithSummary("Egenvårdsintyg vars årliga uppföljning är försenad eller ska göras inom fyra veckor, för den inloggades vårdcentral eller kommun (varje patientläsning loggas)")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Ok<List<SelfCareDueDto>>> DueAsync(SelfCareService service, HttpContext context, CancellationToken ct)
    {
        var rows = await service.DueAsync(context.User, ct);
        return TypedResults.Ok(rows.Select(r => new SelfCareDueDto(
            r.Certificate.Id, r.Patient.Id, LocalDatePattern.Iso.Format(r.Certificate.WrittenOn), LocalDatePattern.Iso.Format(r.Certificate.FollowUpDueOn),
            r.IsOverdue, r.CareCentre)).ToList());
    }
}
