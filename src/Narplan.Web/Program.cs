using Narplan.Web.Api;
using Narplan.Web.Components;
using Narplan.Web.Features.Account;
using Narplan.Web.Features.Audit;
using Narplan.Web.Features.Demo;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Feeds;
using Narplan.Web.Features.Plans;
using Narplan.Web.Features.YearPlan;
using Narplan.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddNarplanData();
builder.Services.AddNarplanWeb();
builder.AddNarplanAccounts();
builder.Services.AddOrganisations();
builder.Services.AddOnCall();
builder.Services.AddRounds();
builder.Services.AddPlans();
builder.Services.AddYearPlan();
builder.Services.AddScoped<Narplan.Web.Features.Patients.PatientAccess>();
builder.Services.AddPatients();
builder.Services.AddAuditLog();
builder.Services.AddNarplanApi();

var app = builder.Build();

app.UseNarplanErrorHandling();
app.UseNarplanSecurityHeaders();
app.UseRouting();
app.UseRequestLocalization("sv-SE");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseSwedishAntiforgeryFailure();

app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapAccountEndpoints();
app.MapNarplanApi();
app.MapCalendarFeeds();
app.MapPlanEndpoints();
app.MapPatients();
app.MapHealth();
app.MapLiveness();

await app.PrepareDatabaseAsync();
app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
