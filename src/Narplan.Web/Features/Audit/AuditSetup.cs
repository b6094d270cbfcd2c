namespace Narplan.Web.Features.Audit;

/// <summary>The audit log and the systematic log review: services.</summary>
public static class AuditSetup
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddScoped<AuditLogQueries>().AddScoped<LogReviewService>();
}
