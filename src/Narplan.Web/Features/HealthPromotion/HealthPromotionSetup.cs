namespace Narplan.Web.Features.HealthPromotion;

/// <summary>Health promotion (issue 19 item 8): services.</summary>
public static class HealthPromotionSetup
{
    public static IServiceCollection AddHealthPromotion(this IServiceCollection services) => services.AddScoped<HealthPromotionService>();
}
