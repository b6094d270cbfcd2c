using Microsoft.AspNetCore.Mvc;
using Narplan.Web.Features.Plans.Export;

namespace Narplan.Web.Features.Plans;

/// <summary>
/// The plan page's lifecycle buttons post here (with the antiforgery token) and come back to the
/// page with a message: send på remiss, comment, approve, publish, start the next revision, refresh
/// the appendices, follow up a handlingsplan row. Also the downloads for the pages.
/// </summary>
public static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var forms = app.MapGroup("/planer/{planId:guid}").ExcludeFromDescription().RequireAuthorization();
        forms.MapPost("/versioner/{n:int}/skicka-pa-remiss", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n) =>
            Back(planId, n, "remiss", c.SendForReferralAsync(u, planId, n)));
        forms.MapPost("/versioner/{n:int}/uppdatera-bilagor", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n) =>
            Back(planId, n, "bilagor", c.RefreshAppendicesAsync(u, planId, n)));
        forms.MapPost("/versioner/{n:int}/synpunkt", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n, [FromForm] string sectionKey, [FromForm] string? text) =>
            Back(planId, n, "synpunkt", c.CommentAsync(u, planId, n, sectionKey, text ?? "")));
        forms.MapPost("/versioner/{n:int}/godkann", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n, [FromForm] Guid partyId, [FromForm] int contentRevision) =>
            Back(planId, n, "godkand", c.ApproveAsync(u, planId, n, partyId, contentRevision)));
        forms.MapPost("/versioner/{n:int}/publicera", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n) =>
            Back(planId, n, "publicerad", c.PublishAsync(u, planId, n)));
        forms.MapPost("/versioner/{n:int}/uppfoljning", (PlanCommands c, ClaimsPrincipal u, Guid planId, int n,
                [FromForm] string sectionKey, [FromForm] int row, [FromForm] ActionStatus status, [FromForm] string? note) =>
            Back(planId, n, "uppfoljning", c.FollowUpRowAsync(u, planId, n, sectionKey, row, status, note)));
        forms.MapPost("/ny-revision", async (PlanCommands c, PlanQueries q, ClaimsPrincipal u, Guid planId) =>
        {
            var result = await c.StartNextRevisionAsync(u, planId);
            var latest = (await q.PlanAsync(planId))?.Plan.Latest.Number ?? 1;
            return Redirect(planId, latest, result, "revision");
        });
        app.MapPost("/naromraden/{kommunId:guid}/ny-plan", async (PlanCommands c, ClaimsPrincipal u, Guid kommunId) =>
        {
            var (result, planId) = await c.StartPlanAsync(u, kommunId);
            return planId is { } id
                ? TypedResults.Redirect(PlanPage.Url(id, 1) + "?klart=ny-plan")
                : TypedResults.Redirect(Organisations.KommunPage.Url(kommunId) + "?fel=" + Uri.EscapeDataString(result.Error ?? "Det gick inte."));
        }).ExcludeFromDescription().RequireAuthorization();
        return app;
    }

    private static async Task<RedirectHttpResult> Back(Guid planId, int n, string flag, Task<PlanResult> work) => Redirect(planId, n, await work, flag);

    private static RedirectHttpResult Redirect(Guid planId, int n, PlanResult result, string flag) =>
        TypedResults.Redirect(PlanPage.Url(planId, n) + (result.Succeeded ? $"?klart={flag}" : "?fel=" + Uri.EscapeDataString(result.Error ?? "Det gick inte.")));
}

public sealed record PlanVersionDto(int Number, string Status, string? FixedOn, string? PublishedOn, string Docx, string Pdf, string Xlsx);

public sealed record PlanDto(Guid Id, string Kommun, string Region, string Kind, string Title, int? PublishedVersion, string PublicPage, IReadOnlyList<PlanVersionDto> Versions);

/// <summary>
/// <c>/api/v1/plans</c>: the published plans (and their published versions) per kommun and region,
/// and every version as DOCX or PDF. Versions that were never published need a signed-in party.
/// </summary>
public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plans", ListAsync)
            .Operation("ListPlans", "Publicerade planer med sina publicerade versioner, filtrerbart på kommun och region, en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("region, kommun och plantyp", "planer som matchar")
            .AllowAnonymous();
        api.MapGet("/plans/{id:guid}/versions/{n}.{format}", DownloadAsync)
            .Operation("DownloadPlanVersion", "En version av planen som DOCX, PDF eller XLSX (handlingsplanens rader, eller Bilaga 1 och 2), t.ex. 2.docx")
            .WithMetadata(new Api.SignInOptional("en part i planen kan också hämta versioner som inte är publicerade."))
            .AllowAnonymous();
        return api;
    }

    /// <summary>
    /// One page of the published plans (issue 23 item 2): kommun and region are looked up by name among the few hundred
    /// kommuner and regions, then the plans are filtered, counted, ordered and paged in the database, and the published
    /// versions of the page's plans read in one query (each plan used to be loaded whole, one by one).
    /// </summary>
    public static async Task<Results<Ok<List<PlanDto>>, ProblemHttpResult>> ListAsync(
        HttpContext http, NarplanDbContext db, string? kommun, string? region, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = Api.ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        var kommuner = await db.Kommuner.AsNoTracking().Select(k => new { k.Id, k.Name, k.RegionId }).ToListAsync(ct);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name, r.ShortName }).ToListAsync(ct);
        var wantedKommun = (Guid?)null;
        if (!string.IsNullOrWhiteSpace(kommun))
        {
            var match = kommuner.FirstOrDefault(k => string.Equals(k.Name, kommun.Trim(), StringComparison.CurrentCultureIgnoreCase));
            if (match is null)
            {
                return Problems.BadRequest($"Okänd kommun '{kommun}'.");
            }

            wantedKommun = match.Id;
        }

        var wantedRegions = string.IsNullOrWhiteSpace(region)
            ? null
            : regions.Where(r => string.Equals(r.ShortName, region.Trim(), StringComparison.CurrentCultureIgnoreCase)
                || string.Equals(r.Name, region.Trim(), StringComparison.CurrentCultureIgnoreCase)).Select(r => r.Id).ToList();

        var plans =
            from v in db.PlanVersions.AsNoTracking()
            where v.Status == PlanStatus.Publicerad
            join p in db.Plans.AsNoTracking() on v.PlanId equals p.Id
            join k in db.Kommuner.AsNoTracking() on p.KommunId equals k.Id
            join r in db.Regions.AsNoTracking() on k.RegionId equals r.Id
            select new { p.Id, p.KommunId, k.RegionId, Kommun = k.Name, Region = r.Name, p.Kind, p.Title, v.Number };
        if (wantedKommun is { } kommunId)
        {
            plans = plans.Where(p => p.KommunId == kommunId);
        }

        if (wantedRegions is not null)
        {
            plans = plans.Where(p => wantedRegions.Contains(p.RegionId));
        }

        var total = await plans.CountAsync(ct);
        var rows = await plans
            .OrderBy(p => p.Region).ThenBy(p => p.Kommun).ThenBy(p => p.Kind == PlanKind.Naromradesplan ? 0 : 1).ThenBy(p => p.Id)
            .Skip(page.Offset).Take(page.Limit).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var versions = (await db.PlanVersions.AsNoTracking()
                .Where(v => ids.Contains(v.PlanId) && (v.Status == PlanStatus.Publicerad || v.Status == PlanStatus.Ersatt))
                .Select(v => new { v.PlanId, v.Number, v.Status, v.FixedOn, v.PublishedOn }).ToListAsync(ct))
            .ToLookup(v => v.PlanId);
        page.Describe(http, [new("kommun", kommun), new("region", region)], total);
        return TypedResults.Ok(rows.Select(row => new PlanDto(
            row.Id, row.Kommun, row.Region, row.Kind.ToString(), row.Title, row.Number, PublicPlanPage.Url(row.Id),
            versions[row.Id].OrderBy(v => v.Number)
                .Select(v => new PlanVersionDto(v.Number, v.Status.ToString(), PlanDocument.Date(v.FixedOn), PlanDocument.Date(v.PublishedOn),
                    DocxUrl(row.Id, v.Number), PdfUrl(row.Id, v.Number), XlsxUrl(row.Id, v.Number)))
                .ToList())).ToList());
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ForbidHttpResult>> DownloadAsync(
        PlanQueries queries, PlanAccess access, ClaimsPrincipal user, Guid id, string n, string format, CancellationToken ct)
    {
        var file = $"{n}.{format}";
        var dot = file.LastIndexOf('.');
        if (dot <= 0 || !int.TryParse(file[..dot], out var number) || file[(dot + 1)..].ToLowerInvariant() is not ("docx" or "pdf" or "xlsx"))
        {
            return Problems.BadRequest("Ange versionen som t.ex. 2.docx, 2.pdf eller 2.xlsx.");
        }

        var view = await queries.PlanAsync(id, ct);
        var version = view?.Plan.Versions.SingleOrDefault(v => v.Number == number);
        if (view is null || version is null)
        {
            return Problems.NotFound("Det finns ingen sådan plan eller version.");
        }

        if (version.Status is not (PlanStatus.Publicerad or PlanStatus.Ersatt) && !(user.Identity?.IsAuthenticated == true && access.CanEdit(user, view.Plan, version)))
        {
            return Problems.NotFound("Versionen är inte publicerad. Logga in som part i planen för att hämta den.");
        }

        var document = (await queries.DocumentAsync(id, number, ct))!;
        var name = $"{(view.Plan.Kind == PlanKind.Handlingsplan ? "handlingsplan" : "narområdesplan")}-{view.Kommun}-v{number}".ToLowerInvariant().Replace(' ', '-');
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var kind = file[(dot + 1)..].ToLowerInvariant();
        var result = kind switch
        {
            "docx" => TypedResults.File(PlanDocxExporter.Export(document), PlanDocxExporter.ContentType, name + ".docx"),
            "xlsx" => TypedResults.File(PlanXlsxExporter.Export(document), PlanXlsxExporter.ContentType, name + ".xlsx"),
            _ => TypedResults.File(PlanPdfExporter.Export(document), PlanPdfExporter.ContentType, name + ".pdf"),
        };
        Narplan.Data.NarplanMeters.Exported(kind, started);
        return result;
    }

    public static string DocxUrl(Guid planId, int n) => $"/api/v1/plans/{planId}/versions/{n}.docx";

    public static string PdfUrl(Guid planId, int n) => $"/api/v1/plans/{planId}/versions/{n}.pdf";

    public static string XlsxUrl(Guid planId, int n) => $"/api/v1/plans/{planId}/versions/{n}.xlsx";

    /// <summary>"Excel (handlingsplanens rader)" or "Excel (Bilaga 1 och 2)".</summary>
    public static string XlsxLabel(PlanKind kind) => kind == PlanKind.Handlingsplan ? "Ladda ned raderna som Excel (XLSX)" : "Ladda ned Bilaga 1 och 2 som Excel (XLSX)";
}
