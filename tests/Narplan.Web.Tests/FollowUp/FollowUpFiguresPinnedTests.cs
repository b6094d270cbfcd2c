using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Domain.FollowUp;
using Narplan.Web.Features.FollowUp;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.FollowUp;

/// <summary>
/// Issue 20's performance work reads each table once for the period and the period before it. These tests pin the
/// figures of Lidköping's demo for 2026 and its previous year on 1 December 2026, so that a faster query cannot change
/// them, and check that a period asked together with others gets the same figures as when asked alone.
/// </summary>
public sealed class FollowUpFiguresPinnedTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    private static readonly Instant FirstOfDecember = Instant.FromUtc(2026, 12, 1, 11, 0);

    private static string Figures(FollowUpDashboard dashboard) =>
        string.Join("\n", dashboard.Groups.Where(g => BuiltIn.Contains(g.Key)).SelectMany(g => g.Indicators).Select(i =>
            $"{i.Key}: {(i.Figure is { } f ? $"{f.Value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-"} ({f.Count?.ToString(CultureInfo.InvariantCulture) ?? "-"} av {f.Total?.ToString(CultureInfo.InvariantCulture) ?? "-"})" : "saknar data")}"));

    private static readonly string[] BuiltIn =
    [
        FollowUpQueries.AvailabilityGroup, FollowUpQueries.RoundsGroup, FollowUpQueries.ReviewsGroup, FollowUpQueries.SelfCareGroup,
        FollowUpQueries.DecisionSupportGroup, FollowUpQueries.PalliativeGroup, FollowUpQueries.CountsGroup,
    ];

    private async Task<T> WithQueriesAsync<T>(Func<FollowUpQueries, Guid, Task<T>> work)
    {
        var at = app.At(FirstOfDecember);
        await using var scope = at.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Narplan.Data.NarplanDbContext>();
        var lidkoping = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
        return await work(scope.ServiceProvider.GetRequiredService<FollowUpQueries>(), lidkoping);
    }

    [Fact]
    public async Task ShouldKeepLidkopingsBuiltInFiguresFor2026AndThePreviousYearOnTheFirstOfDecember2026()
    {
        var comparison = (await WithQueriesAsync((q, id) => q.CompareAsync(id, FollowUpPeriod.Year(2026))))!;

        Assert.Equal(Current2026, Figures(comparison.Current));
        Assert.Equal(Previous2025, Figures(comparison.Previous));
    }

    [Fact]
    public async Task ShouldGiveAPeriodAskedTogetherWithOthersTheSameFiguresAsAskedAlone()
    {
        FollowUpPeriod[] periods = [FollowUpPeriod.Autumn(2026), FollowUpPeriod.Spring(2026), FollowUpPeriod.Between(new(2025, 3, 1), new(2026, 11, 30))];

        var together = (await WithQueriesAsync((q, id) => q.ForKommunAsync(id, periods)))!;
        var alone = new List<FollowUpDashboard>();
        foreach (var period in periods)
        {
            alone.Add((await WithQueriesAsync((q, id) => q.ForKommunAsync(id, period)))!);
        }

        Assert.Equal(periods.Length, together.Count);
        for (var i = 0; i < periods.Length; i++)
        {
            Assert.Equal(periods[i], together[i].Period);
            Assert.Equal(Figures(alone[i]), Figures(together[i]));
            Assert.Contains("telefon-inom-30-min", Figures(together[i]));
        }
    }

    private const string Current2026 =
        "telefon-inom-30-min: 0.75 (3 av 4)\n" +
        "telefon-median: 21.5 (- av 4)\n" +
        "pa-plats-inom-2-h: 0.5 (1 av 2)\n" +
        "pa-plats-median: 117.5 (- av 2)\n" +
        "akuta-kontakter: 8 (8 av -)\n" +
        "ronder-genomforda: 0.8208 (504 av 614)\n" +
        "ronder-planerade: 677 (677 av -)\n" +
        "ronder-installda: 64 (64 av -)\n" +
        "ronder-ej-rapporterade: 55 (55 av -)\n" +
        "arsgenomgangar-gjorda: - (0 av 0)\n" +
        "arsgenomgangar-i-tid: - (0 av 0)\n" +
        "arsgenomgangar-sena: 0 (0 av -)\n" +
        "fordjupade-lakemedelsgenomgangar: - (0 av 0)\n" +
        "hembesok-fast-lakarkontakt: - (0 av 0)\n" +
        "egenvardsintyg-uppfoljda: 0.5 (1 av 2)\n" +
        "bvis-visam: 0.875 (7 av 8)\n" +
        "brytpunktssamtal: 0.6667 (2 av 3)\n" +
        "avvikelser-i-samverkan: 9 (9 av -)\n" +
        "oplanerade-transporter: 18 (18 av -)";

    private const string Previous2025 =
        "telefon-inom-30-min: - (0 av 0)\n" +
        "telefon-median: - (- av 0)\n" +
        "pa-plats-inom-2-h: - (0 av 0)\n" +
        "pa-plats-median: - (- av 0)\n" +
        "akuta-kontakter: 0 (0 av -)\n" +
        "ronder-genomforda: - (0 av 0)\n" +
        "ronder-planerade: 0 (0 av -)\n" +
        "ronder-installda: 0 (0 av -)\n" +
        "ronder-ej-rapporterade: 0 (0 av -)\n" +
        "arsgenomgangar-gjorda: - (0 av 0)\n" +
        "arsgenomgangar-i-tid: - (0 av 0)\n" +
        "arsgenomgangar-sena: 0 (0 av -)\n" +
        "fordjupade-lakemedelsgenomgangar: - (0 av 0)\n" +
        "hembesok-fast-lakarkontakt: - (0 av 0)\n" +
        "egenvardsintyg-uppfoljda: - (0 av 0)\n" +
        "bvis-visam: - (0 av 0)\n" +
        "brytpunktssamtal: - (0 av 0)\n" +
        "avvikelser-i-samverkan: 19 (19 av -)\n" +
        "oplanerade-transporter: 46 (46 av -)";
}
