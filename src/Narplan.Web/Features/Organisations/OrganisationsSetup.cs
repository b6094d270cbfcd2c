using Narplan.Web.Features.Organisations.Administration;

namespace Narplan.Web.Features.Organisations;

/// <summary>Organisations, units and their administration: services, <c>/api/v1/units</c>, <c>/api/v1/kommuner</c> and a kommun's setup export.</summary>
public static class OrganisationsSetup
{
    public static IServiceCollection AddOrganisations(this IServiceCollection services) =>
        services.AddScoped<OrganisationQueries>().AddScoped<UnitCommands>()
            .AddScoped<OrganisationAdministration>().AddScoped<OrganisationAdminQueries>().AddScoped<SetupImporter>().AddScoped<SetupExport>();

    public static WebApplication MapOrganisations(this WebApplication app)
    {
        app.V1().MapUnitsApi().MapKommunerApi();
        app.MapSetupExport();
        return app;
    }
}
