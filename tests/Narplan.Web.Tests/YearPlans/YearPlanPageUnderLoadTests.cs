using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Sqlite;
using Narplan.Web.Features.YearPlans;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Patients;
using NodaTime;

namespace Narplan.Web.Tests.YearPlans;

/// <summary>
/// Decision 0098: the load bench found the year plan page answering 500 now and then on PostgreSQL. Blazor renders a page
/// at the first await that does not finish at once; when that was the settings query, the plan's markup rendered with the
/// unit known and the settings still unread. Here the settings query is made to wait (as a busy database does), every time.
/// </summary>
public sealed class YearPlanPageUnderLoadTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    [Fact]
    public async Task ShouldAnswerThePlanPageWhenTheSettingsQueryDoesNotFinishAtOnce()
    {
        var slow = new SlowQuery("RegionReviewSettings");
        var app = factory.At(Instant.FromUtc(2026, 12, 1, 9, 0)).WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<SqliteNarplanDbContext>(o => o.AddInterceptors(slow))));
        var unitId = await app.UnitIdAsync("Bäckliden");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<YearPlanService>().PlanAsync(unitId, 2027);
        }

        var nurse = await app.SignedInAsync(PatientTestSupport.LidkopingNurse);
        var before = slow.Waited;
        var response = await nurse.GetAsync(YearPlanPage.Url(unitId, 2027));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(slow.Waited > before, "the settings query was not slowed: the test measures nothing");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {page}");
        Assert.Contains("Längsta intervall", page);
    }

    /// <summary>Makes every query that reads the named table wait a moment before it runs.</summary>
    private sealed class SlowQuery(string table) : DbCommandInterceptor
    {
        private int _waited;

        public int Waited => _waited;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains($"\"{table}\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _waited);
                await Task.Delay(20, cancellationToken);
            }

            return result;
        }
    }
}
