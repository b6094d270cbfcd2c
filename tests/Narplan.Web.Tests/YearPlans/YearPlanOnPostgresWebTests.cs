using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using Narplan.Web.Tests.Scale;
using NodaTime;
using NodaTime.Testing;
using Npgsql;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>
/// The year plan's pages on PostgreSQL, which refuses a second query on one DbContext while the first runs (issue 16
/// item 2): the plan page with its calendar and list, and the patient page with the notices of the plans that followed
/// a save, each notice reading its unit.
/// </summary>
public sealed class YearPlanOnPostgresWebTests
{
    [Fact]
    public async Task ShouldShowTheYearPlanAndThePatientPagesNoticesOnPostgres()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh."));
        var database = $"narplan_yearplan_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var logs = new LogCapture();
        try
        {
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", "Postgres");
                b.UseSetting("ConnectionStrings:Narplan", new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString);
                b.UseSetting("Audit:CheckpointKey", "year plan test checkpoint key, thirty-two bytes or more");
                b.UseSetting("Audit:CheckpointFile", Path.Combine(Path.GetTempPath(), $"{database}.jsonl"));
                b.UseSetting("RateLimiting:Login:PermitLimit", "100000");
                b.ConfigureLogging(logging => logging.AddProvider(logs));
                b.ConfigureTestServices(s => s.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 12, 1, 9, 0))));
            });
            var unitId = await app.UnitIdAsync("Bäckliden");
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<YearPlanService>().PlanAsync(unitId, 2027);
            }

            var nurse = await app.SignedInAsync(PatientTestSupport.LidkopingNurse);

            var plan = await nurse.GetAsync(YearPlanPage.Url(unitId, 2027));
            var planPage = WebUtility.HtmlDecode(await plan.Content.ReadAsStringAsync());
            Assert.True(plan.StatusCode == HttpStatusCode.OK, $"{(int)plan.StatusCode}: {planPage}\n{Errors(logs)}");
            Assert.Contains("Patienternas vårdplaneringar 2027", planPage);
            Assert.Contains("Vårdplaneringar per vecka 2027", planPage);

            // Four notices (the most the page shows), each reading its unit while the page renders.
            var patientId = await app.WithDbAsync(db => db.Patients.Where(p => p.CareUnitId == unitId).Select(p => p.Id).FirstAsync());
            var notices = YearPlanFollowedNotice.Query(
                [new(unitId, "", 2027, 1, 2, 0), new(unitId, "", 2026, 0, 1, 0), new(unitId, "", 2027, 0, 0, 1), new(unitId, "", 2026, 0, 0, 0, Failed: true)]);
            var patient = await nurse.GetAsync($"{PatientPage.Url(patientId)}?sparat=handelse{notices}");
            var patientPage = WebUtility.HtmlDecode(await patient.Content.ReadAsStringAsync());
            Assert.True(patient.StatusCode == HttpStatusCode.OK, $"{(int)patient.StatusCode}: {patientPage}\n{Errors(logs)}");
            Assert.Contains("Årsplanen för Bäckliden 2027 planerades om: 1 vårdplanering lades till och 2 flyttades.", patientPage);
            Assert.Contains("Årsplanen för Bäckliden 2026 planerades om: 1 vårdplanering flyttades.", patientPage);
            Assert.Contains("Årsplanen för Bäckliden 2027 planerades om: 1 vårdplanering togs bort.", patientPage);
            Assert.Contains("Årsplanen för Bäckliden 2026 kunde inte planeras om just nu.", patientPage);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            File.Delete(Path.Combine(Path.GetTempPath(), $"{database}.jsonl"));
        }
    }

    /// <summary>The app's error log lines, for a failure message (the 500 page hides the exception).</summary>
    private static string Errors(LogCapture logs) =>
        string.Join('\n', logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)));
}
