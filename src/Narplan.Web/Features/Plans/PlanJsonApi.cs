using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Narplan.Web.Features.Plans.Export;

namespace Narplan.Web.Features.Plans;

/// <summary>A section of the plan: its text as written (Markdown) and as shown (sanitised HTML), and its handlingsplan rows.</summary>
public sealed record PlanSectionJson(
    string Key, string Heading, int Level, bool Mandatory, string Content, string Markdown, string Html, IReadOnlyList<PlanActionRowJson> Rows);

/// <summary>A handlingsplan row with its status in Swedish.</summary>
public sealed record PlanActionRowJson(string Goal, string Activity, string When, string Responsible, string FollowUp, string? FollowUpNote, string Status);

/// <summary>A row of Bilaga 1 as frozen into the version (or, for a draft, as the registers say today).</summary>
public sealed record PlanAppendix1RowJson(
    string Unit, string UnitType, string? CareCentre, string? RegularDoctor, string? RoundsRhythm, string? MeetingForm, string? DirectPhone);

/// <summary>A row of Bilaga 2: a förskola and its BVC.</summary>
public sealed record PlanAppendix2RowJson(string Preschool, string? ChildHealthCentre);

/// <summary>An approval of the version by a party's signatory; <c>current</c> is false when the text changed after it.</summary>
public sealed record PlanApprovalJson(Guid PartyId, string Party, string Signatory, string ApprovedAt, bool Current);

/// <summary>
/// The whole plan version as data: everything the DOCX shows — sections, Bilaga 1 and 2, parties, signatories and
/// approvals, contacts, utvecklingsområden, handlingsplan rows. Dates are ISO 8601 (local dates in Europe/Stockholm).
/// </summary>
public sealed record PlanVersionJson(
    Guid PlanId,
    int Version,
    string Kommun,
    string Region,
    string Kind,
    string Title,
    string Status,
    string? ValidFrom,
    string? Updated,
    string? YearlyFollowUp,
    string? FixedOn,
    string? PublishedOn,
    IReadOnlyList<PlanParty> Parties,
    IReadOnlyList<Signatory> Signatories,
    IReadOnlyList<PlanApprovalJson> Approvals,
    IReadOnlyList<AdvisoryDoctor> AdvisoryDoctors,
    IReadOnlyList<CrisisContact> CrisisContacts,
    IReadOnlyList<string> SubstituteOrder,
    IReadOnlyList<CareNeighbour> CareNeighbours,
    IReadOnlyList<string> DevelopmentAreas,
    IReadOnlyList<PlanSectionJson> Sections,
    IReadOnlyList<PlanAppendix1RowJson> Appendix1,
    IReadOnlyList<PlanAppendix2RowJson> Appendix2,
    string Docx,
    string Pdf);

/// <summary>
/// <c>GET /api/v1/plans/{id}/versions/{n}</c>: a version's structured content. Published versions are public and
/// cacheable: the answer carries a strong <c>ETag</c> (a hash of the JSON) and honours <c>If-None-Match</c> with 304,
/// so an aggregator polling every kommun transfers only what changed. Other versions need a signed-in party and are
/// never stored by caches.
/// </summary>
public static class PlanJsonApi
{
    /// <summary>Plans change a few times a year; five minutes keeps a poller's load low and a change visible soon.</summary>
    public const string PublicCacheControl = "public, max-age=300, must-revalidate";

    public static RouteGroupBuilder MapPlanJsonApi(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:guid}/versions/{n:int}", GetAsync)
            .Operation("GetPlanVersion", "En version av planen som strukturerad data: avsnitt (Markdown och HTML), Bilaga 1 och 2, parter, undertecknare och godkännanden, kontakter, handlingsplanens rader")
            .WithDescription("Publicerade versioner är öppna och skickar ETag och Cache-Control; If-None-Match ger 304. Andra versioner kräver inloggning som part.")
            .Produces<PlanVersionJson>(StatusCodes.Status200OK, "application/json")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(new SignInOptional("en part i planen kan också läsa versioner som inte är publicerade (utan cache)."))
            .AllowAnonymous();
        return api;
    }

    public static async Task<IResult> GetAsync(
        HttpContext http, PlanAccess access, ApiResponseCache responses, ClaimsPrincipal user, IOptions<JsonOptions> json,
        Guid id, int n, CancellationToken ct)
    {
        // The queries (and their database context) are made only when the answer is not in the cache.
        PlanQueries Queries() => http.RequestServices.GetRequiredService<PlanQueries>();

        // The stamp is read from the database once per saved change (the change counter keys it), so a poller's 304
        // costs no query while nothing changed; without a trustworthy counter it is read every time.
        var stampKey = responses.Generation is { } generation ? (nameof(PlanVersionStamp), id, n, generation) : ((string, Guid, int, long)?)null;
        var stamp = await responses.GetOrAddAsync<PlanVersionStamp?>(stampKey, () => Queries().VersionStampAsync(id, n, ct), _ => 256);
        if (stamp is null)
        {
            return Problems.NotFound("Det finns ingen sådan plan eller version.");
        }

        if (stamp.IsPublished)
        {
            // A published version's content is frozen: its stamp (and this build) decides the bytes, so the ETag is known
            // before the document is built, a 304 builds nothing, and the bytes can be kept under the ETag itself.
            var etag = ETagOf(id, n, stamp);
            http.Response.GetTypedHeaders().ETag = etag;
            http.Response.Headers.CacheControl = PublicCacheControl;
            var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }

            // Kept only when the loaded version still has the stamp the tag was made from (not changed in between).
            var published = await responses.GetOrAddAsync<byte[]?>((nameof(PlanVersionJson), etag.Tag.Value), async () =>
            {
                var queries = Queries();
                var view = await queries.PlanAsync(id, ct);
                var version = view?.Plan.Versions.SingleOrDefault(v => v.Number == n);
                return view is null || version is null || !ETagOf(id, n, StampOf(view, version)).Equals(etag)
                    ? null
                    : await SerializeAsync(queries, view, version, json.Value, ct);
            }, b => b!.Length);
            if (published is not null)
            {
                return TypedResults.Bytes(published, "application/json; charset=utf-8");
            }

            // Changed while this request ran: answer from the database as it is now, with no tag to revalidate.
            http.Response.Headers.Remove(HeaderNames.ETag);
            http.Response.Headers.CacheControl = "no-cache";
        }

        var draftQueries = Queries();
        var draftView = await draftQueries.PlanAsync(id, ct);
        var draft = draftView?.Plan.Versions.SingleOrDefault(v => v.Number == n);
        if (draftView is null || draft is null)
        {
            return Problems.NotFound("Det finns ingen sådan plan eller version.");
        }

        if (!draft.IsPublishedStatus())
        {
            if (!(user.Identity?.IsAuthenticated == true && access.CanEdit(user, draftView.Plan, draft)))
            {
                return Problems.NotFound("Versionen är inte publicerad. Logga in som part i planen för att läsa den.");
            }

            http.Response.Headers.CacheControl = "no-store";
        }

        return TypedResults.Bytes(await SerializeAsync(draftQueries, draftView, draft, json.Value, ct), "application/json; charset=utf-8");
    }

    /// <summary>The stamp of a version as loaded with its plan (the same fields <see cref="PlanQueries.VersionStampAsync"/> reads).</summary>
    public static PlanVersionStamp StampOf(PlanView view, PlanVersion version) =>
        new(version.Id, version.Status, version.ContentRevision, version.FixedOn, version.PublishedOn, version.Approvals.Count, view.Kommun, view.Region);

    private static bool IsPublishedStatus(this PlanVersion version) => version.Status is PlanStatus.Publicerad or PlanStatus.Ersatt;

    private static async Task<byte[]> SerializeAsync(PlanQueries queries, PlanView view, PlanVersion version, JsonOptions json, CancellationToken ct)
    {
        var document = await queries.DocumentAsync(view, version, ct);
        return JsonSerializer.SerializeToUtf8Bytes(ToJson(view.Plan.Id, version, document), json.SerializerOptions);
    }

    /// <summary>Which build wrote the JSON: a new build may render the same content differently, so it is part of the ETag.</summary>
    private static readonly string Build = typeof(PlanJsonApi).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A strong ETag from what the published bytes depend on (<see cref="PlanVersionStamp"/>) and the build.</summary>
    public static EntityTagHeaderValue ETagOf(Guid planId, int number, PlanVersionStamp stamp)
    {
        var key = string.Join('|', planId, number, stamp.Status, stamp.ContentRevision, Iso(stamp.FixedOn), Iso(stamp.PublishedOn), stamp.Approvals, stamp.Kommun, stamp.Region, Build);
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..32]}\"");
    }

    public static PlanVersionJson ToJson(Guid planId, PlanVersion version, PlanDocument document)
    {
        var details = document.Details;
        return new PlanVersionJson(
            planId,
            document.Version,
            document.Kommun,
            document.Region,
            document.Kind.ToString(),
            document.Title,
            document.Status.Swedish(),
            Iso(details.ValidFrom),
            Iso(details.Updated),
            Iso(details.YearlyFollowUp),
            Iso(document.FixedOn),
            Iso(document.PublishedOn),
            details.Parties,
            details.Signatories,
            [.. version.Approvals.Select(a => new PlanApprovalJson(
                a.PartyId, a.PartyName, a.SignatoryName, a.At.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                a.ContentRevision == version.ContentRevision))],
            details.AdvisoryDoctors,
            details.CrisisContacts,
            details.SubstituteOrder,
            details.CareNeighbours,
            details.DevelopmentAreas,
            [.. document.Sections.Select(s => new PlanSectionJson(
                s.Key, s.Heading, s.Level, s.Mandatory, s.Content.ToString(), s.Text, PlanMarkdown.ToHtml(s.Text),
                [.. s.Rows.Select(r => new PlanActionRowJson(r.Goal, r.Activity, r.When, r.Responsible, r.FollowUp, r.FollowUpNote, r.Status.Swedish()))]))],
            [.. document.Appendix1.Select(r => new PlanAppendix1RowJson(r.Unit, r.UnitType, r.CareCentre, r.RegularDoctor, r.Time, r.MeetingForm, r.DirectPhone))],
            [.. document.Appendix2.Select(r => new PlanAppendix2RowJson(r.Preschool, r.ChildHealthCentre))],
            PlansApi.DocxUrl(planId, document.Version),
            PlansApi.PdfUrl(planId, document.Version));
    }

    private static string? Iso(NodaTime.LocalDate? date) => date?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
