using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Audit;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Audit;

/// <summary>
/// The systematic log review end to end for a MAS (issue 20 item 5): November's reads of Herrljunga kommun are sampled,
/// each marked, the review closed; the same month gives the same sample; other organisations and unended months are refused.
/// </summary>
public sealed partial class LogReviewPageTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    private static readonly Instant December2 = Instant.FromUtc(2026, 12, 2, 9, 0);

    private readonly WebApplicationFactory<Program> _app = factory.At(December2);

    /// <summary>Fifteen reads of Herrljunga's patients by Herrljunga's staff in each of October and November 2026 (once per test class).</summary>
    private async Task<Guid> HerrljungaWithNovemberReadsAsync() => await _app.WithDbAsync(async db =>
    {
        var kommun = await db.Organisations.Where(o => o.Name == "Herrljunga").Select(o => o.Id).SingleAsync();
        if (!await db.AuditEntries.AnyAsync(e => e.OrganisationId == kommun && e.Details == "test: november"))
        {
            var patients = await db.Patients.Where(p => p.KommunId == kommun).Select(p => p.Id).Take(5).ToListAsync();
            foreach (var month in new[] { 10, 11 })
            {
                for (var i = 0; i < 15; i++)
                {
                    db.Add(new AuditEntry(
                        Instant.FromUtc(2026, month, 3 + i, 8, 15), null, "Lena Holm", kommun, "Mas", AuditAction.Read, "Patient",
                        patients[i % patients.Count].ToString(), patients[i % patients.Count], "test: november"));
                }
            }

            await db.SaveChangesAsync();
        }

        return kommun;
    });

    private static List<Guid> SampledIds(string page) =>
        MarkForms().Matches(page).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [Fact]
    public async Task AMasShouldSeeNovemberUnreviewedAndItsSampleOfTenReads()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var client = await _app.SignedInAsync("mas@herrljunga.demo");

        var list = await client.GetStringAsync("/loggranskning");
        Assert.Contains("november 2026", list);
        Assert.Contains("Ej granskad", list);

        var page = await client.GetStringAsync($"/loggranskning?org={kommun}&manad=2026-11");
        Assert.Equal(LogReviewSample.Size, SampledIds(page).Count);
        var again = await client.GetStringAsync($"/loggranskning?org={kommun}&manad=2026-11");
        Assert.Equal(SampledIds(page), SampledIds(again));
    }

    [Fact]
    public async Task ShowingTheSampleShouldBeALoggedReadOfItsPatients()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var client = await _app.SignedInAsync("mas@herrljunga.demo");
        var before = await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Details == "loggranskning"));

        await client.GetStringAsync($"/loggranskning?org={kommun}&manad=2026-11");

        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Details == "loggranskning" && e.PatientId != null)) > before);
    }

    [Fact]
    public async Task AnUnjustifiedMarkWithoutACommentShouldBeRefusedInSwedishThenSavedWithOne()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var client = await _app.SignedInAsync("mas@herrljunga.demo");
        var url = $"/loggranskning?org={kommun}&manad=2026-11";
        var page = await client.GetStringAsync(url);
        var read = SampledIds(page)[^1];

        var refused = await client.PostFormAsync(url, page, $"mark-{read}", new() { ["justified"] = "nej", ["comment"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Skriv varför läsningen inte var befogad", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Null(await MarkAsync(kommun, read));

        page = await client.GetStringAsync(url);
        var saved = await client.PostFormAsync(url, page, $"mark-{read}", new() { ["justified"] = "nej", ["comment"] = "Ingen vårdrelation; samtal bokat" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var mark = await MarkAsync(kommun, read);
        Assert.False(mark!.Justified);
        Assert.Equal("Ingen vårdrelation; samtal bokat", mark.Comment);
        Assert.True(await _app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(LogReview) || e.EntityType == nameof(LogReviewMark))));
    }

    [Fact]
    public async Task AStalePageShouldBeRefusedAndNotOverwriteTheNewerMark()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var (first, second) = (await _app.SignedInAsync("mas@herrljunga.demo"), await _app.SignedInAsync("mas@herrljunga.demo"));
        var url = $"/loggranskning?org={kommun}&manad=2026-11";
        var stalePage = await second.GetStringAsync(url);
        var read = SampledIds(stalePage)[0];
        var page = await first.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.OK, (await first.PostFormAsync(url, page, $"mark-{read}", new() { ["justified"] = "ja" })).StatusCode);

        var stale = await second.PostFormAsync(url, stalePage, $"mark-{read}", new() { ["justified"] = "nej", ["comment"] = "från en gammal sida" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True((await MarkAsync(kommun, read))!.Justified);
    }

    [Fact]
    public async Task AVardcentralschefShouldGet404ForTheKommunsLogAndAMonthNotEndedShouldSaySoWithoutASample()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var chef = await _app.SignedInAsync("vcchef@herrljunga-vc.demo");
        Assert.Equal(HttpStatusCode.NotFound, (await chef.GetAsync($"/loggranskning?org={kommun}&manad=2026-11")).StatusCode);

        var mas = await _app.SignedInAsync("mas@herrljunga.demo");
        var december = await mas.GetAsync($"/loggranskning?org={kommun}&manad=2026-12");
        Assert.Equal(HttpStatusCode.OK, december.StatusCode);
        var decemberText = WebUtility.HtmlDecode(await december.Content.ReadAsStringAsync());
        Assert.Contains("Bara en månad som har tagit slut", decemberText);
        Assert.DoesNotContain("Spara bedömningen", decemberText);
        Assert.Equal(HttpStatusCode.BadRequest, (await mas.GetAsync($"/loggranskning?org={kommun}&manad=2026-13")).StatusCode);
    }

    [Fact]
    public async Task ReviewingEveryReadAndSummarisingShouldCloseTheMonth()
    {
        var kommun = await HerrljungaWithNovemberReadsAsync();
        var client = await _app.SignedInAsync("mas@herrljunga.demo");
        var url = $"/loggranskning?org={kommun}&manad=2026-10";
        var page = await client.GetStringAsync(url);

        var early = await client.PostFormAsync(url, page, "complete", new() { ["summary"] = "Klart" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("inte bedömda ännu", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));

        foreach (var read in SampledIds(page))
        {
            page = await client.GetStringAsync(url);
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync(url, page, $"mark-{read}", new() { ["justified"] = "ja" })).StatusCode);
        }

        page = await client.GetStringAsync(url);
        var done = await client.PostFormAsync(url, page, "complete", new() { ["summary"] = "Alla läsningar i stickprovet var befogade." });
        Assert.Contains("Granskningen är avslutad", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));
        var review = await _app.WithDbAsync(db => db.LogReviews.AsNoTracking().SingleAsync(r => r.OrganisationId == kommun && r.Year == 2026 && r.Month == 10));
        Assert.True(review.IsCompleted);
        Assert.Equal(LogReviewSample.Size, review.Marks.Count);
        Assert.Matches("oktober 2026</a></td>.*?<td>Granskad</td>", (await client.GetStringAsync("/loggranskning")).ReplaceLineEndings(""));
    }

    private Task<LogReviewMark?> MarkAsync(Guid kommun, Guid read) => _app.WithDbAsync(async db =>
        (await db.LogReviews.AsNoTracking().SingleOrDefaultAsync(r => r.OrganisationId == kommun && r.Year == 2026 && r.Month == 11))?.MarkOf(read));

    [GeneratedRegex("value=\"mark-([0-9a-f-]{36})\"")]
    private static partial Regex MarkForms();
}
