using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Data.National;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;
using Npgsql;
using NodaTime;

namespace Narplan.Web.Tests.Scale;

/// <summary>
/// Issue 23 item 1: the app answers on a database the national data set command loaded (at 2 % of the national size), on
/// SQLite and on PostgreSQL: the demo accounts sign in, the unit list, a fictional unit's page, patient list, year plan,
/// a fictional patient's page, Vem ringer jag, the acute follow-up figures and the public APIs answer 200.
/// </summary>
public sealed class NationalDataSetWebTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ShouldAnswerTheCorePagesAndApisOnANationalDataSetAtTwoPercent(DatabaseProvider provider)
    {
        var (connection, drop) = await NewDatabaseAsync(provider);
        var checkpoints = Path.Combine(Path.GetTempPath(), $"narplan-national-checkpoints-{Guid.NewGuid():N}.jsonl");
        try
        {
            NationalDataSetResult result;
            Guid unitId, patientId, kommunId, otherUnitId;
            await using (var db = NationalDataSet.CreateContext(new DatabaseSettings(provider, connection), SystemClock.Instance))
            {
                result = await NationalDataSet.LoadAsync(db, new NationalDataSetOptions { Scale = 0.02 });
                // A fictional unit in Lidköping (the demo nurse's kommun comes first, so it gets fictional units), one of its
                // patients, and a fictional unit in a fictional kommun (its own region's beredskapsjour).
                kommunId = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
                unitId = await db.CareUnits.Where(u => u.KommunId == kommunId && u.Name.EndsWith("(fiktiv)")).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
                patientId = await db.Patients.Where(p => p.CareUnitId == unitId).OrderBy(p => p.StoredIdentityNumber).Select(p => p.Id).FirstAsync();
                var fictionalKommun = await db.Kommuner.Where(k => k.Name.StartsWith("Fiktiva kommunen")).Select(k => k.Id).FirstAsync();
                otherUnitId = await db.CareUnits.Where(u => u.KommunId == fictionalKommun).Select(u => u.Id).FirstAsync();
            }

            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Testing");
                b.UseSetting("Database:Provider", provider.ToString());
                b.UseSetting("ConnectionStrings:Narplan", connection);
                b.UseSetting("RateLimiting:Login:PermitLimit", "100000");
                b.UseSetting("Audit:CheckpointFile", checkpoints);
            });
            var anonymous = app.CreateClient();
            var units = await anonymous.GetAsync("/api/v1/units?limit=1000");
            Assert.Equal(HttpStatusCode.OK, units.StatusCode);
            Assert.Equal(result.Totals.Units.ToString(System.Globalization.CultureInfo.InvariantCulture), units.Headers.GetValues("X-Total-Count").Single());
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/units/{otherUnitId}/on-call?at=2026-06-19T22:00:00%2B02:00")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/units/{unitId}/on-call")).StatusCode);

            var nurse = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            Assert.Equal(HttpStatusCode.Redirect, (await nurse.LoginAsync("sjukskoterska@lidkoping.demo", DemoUsers.Password)).StatusCode);
            foreach (var page in new[]
            {
                "/enheter", $"/enheter/{unitId}", $"/enheter/{unitId}/patienter", $"/enheter/{unitId}/arsplan", $"/patienter/{patientId}",
                $"/vem-ringer-jag?enhet={unitId}", $"/naromraden/{kommunId}/uppfoljning-akut", "/uppgifter",
            })
            {
                var response = await nurse.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
            }

            // The patient page read was audit-logged on top of the generated chain.
            await using (var db = NationalDataSet.CreateContext(new DatabaseSettings(provider, connection), SystemClock.Instance))
            {
                Assert.True(await db.AuditEntries.AnyAsync(e => e.PatientId == patientId && e.Details == "patientsida" && e.UserName == "Ida Sjöström"));
                var chain = Narplan.Domain.Audit.AuditChain.Verify(await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync());
                Assert.True(chain.IsIntact, chain.Problem);
            }

            var figures = await anonymous.GetAsync($"/api/v1/kommuner/{kommunId}/acute-figures");
            Assert.True(figures.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"acute-figures: {(int)figures.StatusCode}");
            using var json = JsonDocument.Parse(await units.Content.ReadAsStringAsync());
            Assert.Equal(Math.Min(500, result.Totals.Units), json.RootElement.GetArrayLength());
        }
        finally
        {
            await drop();
            File.Delete(checkpoints);
        }
    }

    private static async Task<(string Connection, Func<Task> Drop)> NewDatabaseAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"narplan-national-{Guid.NewGuid():N}.db");
            return ($"Data Source={path};Pooling=false", () =>
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm", Path.ChangeExtension(path, null) + "-audit-checkpoints.jsonl" })
                {
                    File.Delete(file);
                }

                return Task.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable("NARPLAN_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NARPLAN_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");
        var name = $"narplan_national_{Guid.NewGuid():N}";
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return (connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        });
    }
}
