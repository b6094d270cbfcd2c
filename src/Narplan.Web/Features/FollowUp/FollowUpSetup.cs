using Microsoft.AspNetCore.Mvc;
using Narplan.Web.Features.Plans;

namespace Narplan.Web.Features.FollowUp;

/// <summary>One indicator in the public summary: totals only.</summary>
public sealed record FollowUpIndicatorDto(string Key, string Label, string Kind, bool HasData, double? Value, int? Count, int? Total, int? TargetPercent, bool? MeetsTarget);

public sealed record FollowUpGroupDto(string Key, string Title, IReadOnlyList<FollowUpIndicatorDto> Indicators);

/// <summary>
/// The follow-up of a published plan's närområde for one period (issue 20 item 2): the dashboard's totals, never
/// patients. <c>Value</c> is a share (0–1), a count or minutes; <c>HasData</c> false means "saknar data".
/// </summary>
public sealed record FollowUpSummaryDto(
    Guid PlanId, string Kommun, string Title, int PublishedVersion, string Period, string PeriodName, string From, string To, IReadOnlyList<FollowUpGroupDto> Groups);

/// <summary>Gemensam uppföljning (issue 20): services, the count form's post, the XLSX download and the public JSON summary.</summary>
public static class FollowUpSetup
{
    public static IServiceCollection AddFollowUp(this IServiceCollection services) =>
        services.AddScoped<FollowUpQueries>().AddScoped<FollowUpRowsQueries>().AddScoped<FollowUpCommands>().AddScoped<YearlyReviewCommands>()
            .AddRegisterFollowUpSources();

    public static WebApplication MapFollowUp(this WebApplication app)
    {
        var pages = app.MapGroup("/uppfoljning/{kommunId:guid}").ExcludeFromDescription().RequireAuthorization();
        pages.MapPost("/antal", EnterCountAsync);
        pages.MapGet("/export.xlsx", ExportAsync);
        app.MapPost("/planer/{planId:guid}/arlig-uppfoljning", YearlyReviewAsync).ExcludeFromDescription().RequireAuthorization();

        app.V1()
            .MapGet("/plans/{id:guid}/follow-up", SummaryAsync)
            .Operation("GetPlanFollowUp", "Gemensam uppföljning för en publicerad plans närområde och en period (period=2026, 2026-h1 för våren, 2026-h2 för hösten; standard innevarande år): bara totalsiffror, aldrig patienter")
            .AllowAnonymous();
        return app;
    }

    private static async Task<RedirectHttpResult> EnterCountAsync(
        FollowUpCommands commands, ClaimsPrincipal user, Guid kommunId,
        [FromForm] string? typ, [FromForm] string? halvar, [FromForm] string? antal, [FromForm] string? kommentar, [FromForm] string? version, CancellationToken ct)
    {
        var kind = FollowUpCountKindNames.FromKey(typ);
        var result = kind is null
            ? new CountResult(false, "Välj vad antalet gäller: avvikelser i samverkan eller oplanerade transporter.")
            : await commands.EnterAsync(user, kommunId, kind.Value, halvar, antal, kommentar,
                string.IsNullOrEmpty(version) ? 0 : int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1, ct);
        var url = FollowUpPage.Url(kommunId);
        if (result.Succeeded)
        {
            return TypedResults.Redirect($"{url}?klart=antal#antal-heading");
        }

        // The user's input comes back on the form (counts are not patient data).
        string Q(string name, string? value) => value is null ? "" : $"&{name}={Uri.EscapeDataString(value.Length > 600 ? value[..600] : value)}";
        return TypedResults.Redirect($"{url}?fel={Uri.EscapeDataString(result.Error ?? "Det gick inte.")}{Q("typ", typ)}{Q("halvar", halvar)}{Q("antal", antal)}{Q("kommentar", kommentar)}#antal-heading");
    }

    private static async Task<IResult> ExportAsync(FollowUpQueries queries, Guid kommunId, string? period, string? jamfor, string? fran, string? till, CancellationToken ct)
    {
        var (p, compareWith, error) = FollowUpPeriodInput.Read(period, jamfor, fran, till, queries.Today);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var dashboards = await queries.ForKommunAsync(kommunId, compareWith is null ? [p, p.Previous] : [p, p.Previous, compareWith], ct);
        if (dashboards is null)
        {
            return Problems.NotFound("Närområdet finns inte.");
        }

        var comparison = new FollowUpComparison(dashboards[0], dashboards[1]);
        var compare = compareWith is null ? null : dashboards[2];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var bytes = FollowUpXlsx.Export(comparison, compare);
        Narplan.Data.NarplanMeters.Exported("xlsx", started);
        var name = $"uppfoljning-{comparison.Current.Kommun}-{p.Key}".ToLowerInvariant().Replace(' ', '-');
        return TypedResults.File(bytes, FollowUpXlsx.ContentType, name + ".xlsx");
    }

    private static async Task<RedirectHttpResult> YearlyReviewAsync(YearlyReviewCommands commands, ClaimsPrincipal user, Guid planId, [FromForm] string? period, CancellationToken ct)
    {
        var (result, number) = await commands.StartAsync(user, planId, period, ct);
        return result.Succeeded
            ? TypedResults.Redirect(PlanPage.Url(planId, number!.Value) + "?klart=arlig-uppfoljning")
            : TypedResults.Redirect(PlanPage.Url(planId, number ?? 1) + "?fel=" + Uri.EscapeDataString(result.Error ?? "Det gick inte."));
    }

    public static async Task<Results<Ok<FollowUpSummaryDto>, ProblemHttpResult>> SummaryAsync(
        FollowUpQueries queries, PlanQueries plans, Guid id, string? period, CancellationToken ct)
    {
        var (p, _, error) = FollowUpPeriodInput.Read(period, null, null, null, queries.Today);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }

        var view = await plans.PlanAsync(id, ct);
        if (view?.Plan.Published is not { } published)
        {
            return Problems.NotFound("Det finns ingen publicerad plan med det id:t.");
        }

        var figures = (await queries.ForKommunAsync(view.Plan.KommunId, p, ct))!;
        return TypedResults.Ok(new FollowUpSummaryDto(
            id, figures.Kommun, view.Plan.Title, published.Number, p.Key, p.Name, LocalDatePattern.Iso.Format(p.From), LocalDatePattern.Iso.Format(p.To),
            [.. figures.Groups.Select(g => new FollowUpGroupDto(g.Key, g.Title,
                [.. g.Indicators.Select(i => new FollowUpIndicatorDto(i.Key, i.Label, i.Kind.ToString(), i.HasData, i.Figure?.Value, i.Figure?.Count, i.Figure?.Total, i.TargetPercent, i.MeetsTarget))]))]));
    }
}
