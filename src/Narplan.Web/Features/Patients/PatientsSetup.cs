namespace Narplan.Web.Features.Patients;

/// <summary>Patients: services, the log extract file and the identity-number check <c>/api/v1/identity-numbers…</c>.</summary>
public static class PatientsSetup
{
    public static IServiceCollection AddPatients(this IServiceCollection services) =>
        services.AddScoped<PatientAccess>().AddScoped<PatientQueries>().AddScoped<PatientCommands>();

    public static WebApplication MapPatients(this WebApplication app)
    {
        app.MapPatientLogExtract();
        app.V1().MapIdentityNumbersApi();
        return app;
    }
}
