using Narplan.Web.Features.Rounds;

namespace Narplan.Web.Feeds;

/// <summary>
/// Subscribable iCalendar feeds of the rounds (DOMAIN.md §4): per unit and per vårdcentral (public plan data) and per
/// doctor behind a secret, revocable link. Each covers <see cref="PastDays"/> back and <see cref="FutureDays"/> ahead.
/// </summary>
public static class RoundFeeds
{
    public const int PastDays = 60;
    public const int FutureDays = 400;

    public static string UnitUrl(Guid unitId) => $"/feeds/units/{unitId}/rounds.ics";

    public static string CareCentreUrl(Guid careCentreId) => $"/feeds/care-centres/{careCentreId}/rounds.ics";

    public static string DoctorUrl(string token) => $"/feeds/doctors/{token}/rounds.ics";

    public static WebApplication MapCalendarFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("/feeds").WithTags("Kalenderflöden").AllowAnonymous();
        feeds.MapGet("/units/{id:guid}/rounds.ics", UnitAsync).Operation("UnitRoundsFeed", "Enhetens ronder som iCalendar (RFC 5545)");
        feeds.MapGet("/care-centres/{id:guid}/rounds.ics", CareCentreAsync).Operation("CareCentreRoundsFeed", "Vårdcentralens ronder som iCalendar (RFC 5545)");
        feeds.MapGet("/doctors/{token}/rounds.ics", DoctorAsync).Operation("DoctorRoundsFeed", "En läkares ronder som iCalendar, bakom en hemlig länk");
        return app;
    }

    public static async Task<IResult> UnitAsync(Guid id, RoundQueries rounds, NarplanDbContext db, CancellationToken ct)
    {
        var name = await db.CareUnits.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound("Det finns ingen enhet med det id:t.");
        }

        var (from, to) = Window(rounds.Today);
        return Calendar($"Ronder {name}", await rounds.ForUnitAsync(id, from, to, ct), rounds.Now, secret: false);
    }

    public static async Task<IResult> CareCentreAsync(Guid id, RoundQueries rounds, NarplanDbContext db, CancellationToken ct)
    {
        var name = await db.RegionalUnits.AsNoTracking().Where(u => u.Id == id && u.UnitKind == RegionalUnitKind.Vardcentral)
            .Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound("Det finns ingen vårdcentral med det id:t.");
        }

        var (from, to) = Window(rounds.Today);
        return Calendar($"Ronder {name}", await rounds.ForCareCentreAsync(id, from, to, ct), rounds.Now, secret: false);
    }

    public static async Task<IResult> DoctorAsync(string token, RoundQueries rounds, RoundCommands commands, CancellationToken ct)
    {
        if (await commands.DoctorForFeedTokenAsync(token, ct) is not { } personId)
        {
            return NotFound("Kalenderlänken finns inte eller har återkallats.");
        }

        var (from, to) = Window(rounds.Today);
        var name = await rounds.PersonNameAsync(personId, ct);
        return Calendar($"Mina ronder – {name}", await rounds.ForDoctorAsync(personId, from, to, ct), rounds.Now, secret: true);
    }

    private static (LocalDate From, LocalDate To) Window(LocalDate today) => (today.PlusDays(-PastDays), today.PlusDays(FutureDays));

    private static IResult Calendar(string name, IEnumerable<RoundView> rounds, Instant now, bool secret) =>
        new CalendarResult(RoundCalendar.Write(name, rounds, now), secret);

    private static IResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Infrastructure.WebSetup.SwedishTitle(404), detail: detail);

    private sealed class CalendarResult(string body, bool secret) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = RoundCalendar.ContentType;
            context.Response.Headers.CacheControl = secret ? "private, no-cache" : "public, max-age=900";
            if (secret)
            {
                // The link is the secret: keep it out of search engines and referrers.
                context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
                context.Response.Headers["Referrer-Policy"] = "no-referrer";
            }

            return context.Response.WriteAsync(body, System.Text.Encoding.UTF8);
        }
    }
}
