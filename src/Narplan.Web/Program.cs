using Narplan.Web.Api.Fhir;
using Narplan.Web.Components;
using Narplan.Web.Features.Acute;
using Narplan.Web.Features.Audit;
using Narplan.Web.Features.Capacity;
using Narplan.Web.Features.Crisis;
using Narplan.Web.Features.Demo;
using Narplan.Web.Features.FollowUp;
using Narplan.Web.Features.Governance;
using Narplan.Web.Features.HealthPromotion;
using Narplan.Web.Features.Ledningsteam;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.OralHealth;
using Narplan.Web.Features.Organisations.Administration;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Palliative;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.PlaceReports;
using Narplan.Web.Features.Plans;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Features.SelfCare;
using Narplan.Web.Features.Sip;
using Narplan.Web.Features.Vaccination;
using Narplan.Web.Features.YearPlans;
using Narplan.Web.Feeds;

var builder = WebApplication.CreateBuilder(args);

builder.UseNarplanDefaultUrl();

builder.AddNarplanData();
builder.AddNarplanTelemetry();
builder.AddNarplanSecurity();
builder.Services.AddNarplanWeb();
builder.AddNarplanAccounts();
builder.Services.AddOrganisations();
builder.Services.AddOnCall();
builder.Services.AddRounds();
builder.Services.AddPlans();
builder.Services.AddYearPlan();
builder.Services.AddAcute();
builder.Services.AddPalliative();
builder.Services.AddPatients();
builder.Services.AddAuditLog();
builder.Services.AddGovernance();

builder.Services.AddCapacity();
builder.Services.AddSelfCare();
builder.Services.AddSip();

builder.Services.AddVaccination();

builder.Services.AddPlaceReports();

builder.Services.AddFollowUp();

builder.Services.AddCrisis();
builder.Services.AddLedningsteam();
builder.Services.AddHealthPromotion();

builder.Services.AddOralHealth();
builder.Services.AddNarplanApi();
builder.Services.AddFhirDirectory();

var app = builder.Build();

app.UseNarplanForwardedHeaders();
app.UseNarplanSecurityHeaders();
app.UseNarplanErrorHandling();
app.UseRouting();
app.UseRequestLocalization("sv-SE");
app.UseLoginRateLimit();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgeryOnEveryChange();
app.UseSwedishAntiforgeryFailure();
app.UseQueryParameterCheck();

app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapAccountEndpoints();
app.MapNarplanApi();
app.MapOrganisations();
app.MapOnCall();
app.MapRounds();
app.MapFhirDirectory();
app.MapPlans();
app.MapAcute();
app.MapPatients();
app.MapGovernance();

app.MapCapacity();
app.MapSelfCare();
app.MapSip();

app.MapVaccination();

app.MapPlaceReports();

app.MapFollowUp();

app.MapCrisis();

app.MapOralHealth();
app.MapHealth();
app.MapLiveness();

if (await app.RunMigrateCommandAsync(args))
{
    return;
}

if (args is ["create-admin", ..])
{
    // Scripted installs: the first administrator and a one-time activation link, then exit (README "Install for real").
    Environment.ExitCode = await FirstAdministrator.RunCommandAsync(app, args);
    return;
}

await app.PrepareDatabaseAsync();
try
{
    app.Run();
}
catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // The README's first command on a machine where the port is taken: say what to do instead of a stack trace.
    Console.Error.WriteLine($"Närplan kunde inte starta: {e.Message}");
    Console.Error.WriteLine("Porten används redan (kanske av en annan Närplan). Stoppa den, eller välj en annan port: dotnet run --project src/Narplan.Web --urls http://localhost:5081");
    Environment.ExitCode = 1;
}

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
