namespace Narplan.Web.Features.Sip;

/// <summary>A SIP task due: kind (offer, answer, action, follow-up), ids and dates only (no name or identity number).</summary>
public sealed record SipDueDto(string Kind, Guid PatientId, Guid? OfferId, string DueOn, bool Overdue);

public sealed record SipParticipantDto(string Organisation, string Role, string? Name);

public sealed record SipActionDto(string Description, string Owner, string DueOn, string? DoneOn);

/// <summary>One SIP offer of a patient, with the meeting, its participants and actions, and the link to SAMSA or Lifecare.</summary>
public sealed record SipOfferDto(
    Guid Id, string Trigger, string TriggerOn, string OfferedOn, string? Answer, string? AnsweredOn, string? MeetingOn, string? MeetingMode,
    string? MeetingPlace, bool MeetingHeld, string? FollowUpOn, string? FollowedUpOn, string? ExternalSystem, string? ExternalReference,
    string? ExternalUrl, IReadOnlyList<SipParticipantDto> Participants, IReadOnlyList<SipActionDto> Actions);

/// <summary>A count out of a whole.</summary>
public sealed record SipCountDto(int Count, int Of);

/// <summary>A kommun's SIP figures over a period (from and to included).</summary>
public sealed record SipFiguresDto(Guid KommunId, string From, string To, int Triggers, SipCountDto OfferedAtTrigger, int Offers, SipCountDto Accepted, SipCountDto Held);

/// <summary>
/// The address of a plan in the region's SIP system: a template per system in configuration (<c>Sip:Links:Samsa</c>,
/// <c>Sip:Links:Lifecare</c>) with <c>{reference}</c> where the plan's reference goes. Närplan ships no address it does
/// not know; without a template the reference is shown as text (decision 0074).
/// </summary>
public sealed class SipLinks(IConfiguration configuration)
{
    public string? UrlFor(SipOffer offer)
    {
        if (offer.ExternalSystem is not { } system || string.IsNullOrEmpty(offer.ExternalReference))
        {
            return null;
        }

        var template = configuration[$"Sip:Links:{system}"];
        return string.IsNullOrWhiteSpace(template) || !Uri.TryCreate(template.Replace("{reference}", "x", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            ? null
            : template.Replace("{reference}", Uri.EscapeDataString(offer.ExternalReference), StringComparison.Ordinal);
    }
}

/// <summary>SIP (issue 19 item 1): services and the signed-in API under /api/v1.</summary>
public static class SipSetup
{
    public static IServiceCollection AddSip(this IServiceCollection services) =>
        services.AddScoped<SipService>().AddScoped<SipFigures>().AddSingleton<SipLinks>();

    public static WebApplication MapSip(this WebApplication app)
    {
        var api = app.V1();
        api.MapGet("/sip/due", DueAsync)
            .Operation("ListSipTasksDue", "SIP-uppgifter för den inloggades kommun eller vårdcentral: erbjud SIP efter inskrivning eller utskrivning, obesvarade erbjudanden, åtgärder och uppföljningar som är försenade eller ska göras inom två veckor (varje patientläsning loggas), en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("datum och slag", "uppgifter", patientRows: true)
            .RequireAuthorization();
        api.MapGet("/patients/{id:guid}/sip", PatientAsync)
            .Operation("ListPatientSip", "En patients SIP-erbjudanden med svar, möte, deltagare, åtgärder, uppföljning och länk till SAMSA eller Lifecare (läsningen loggas; annan organisations patient ger 404)")
            .RequireAuthorization();
        api.MapGet("/kommuner/{id:guid}/sip-figures", FiguresAsync)
            .Operation("GetKommunSipFigures", "En kommuns SIP-siffror för en period (from och to, ÅÅÅÅ-MM-DD, båda med; standard årets början till i dag): inskrivningar och utskrivningar med erbjuden SIP, erbjudna, accepterade och hållna möten")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<List<SipDueDto>>, ProblemHttpResult>> DueAsync(
        SipService service, HttpContext context, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        var (rows, total) = await service.DuePageAsync(context.User, page.Offset, page.Limit, ct);
        page.Describe(context, [], total);
        return TypedResults.Ok(rows.Select(r => new SipDueDto(r.Kind.Code(), r.Patient.Id, r.OfferId, Iso(r.DueOn), r.IsOverdue)).ToList());
    }

    public static async Task<Results<Ok<List<SipOfferDto>>, ProblemHttpResult>> PatientAsync(SipService service, SipLinks links, HttpContext context, Guid id, CancellationToken ct)
    {
        var view = await service.LoadAsync(context.User, id, ct);
        if (view is null)
        {
            return Problems.NotFound("Det finns ingen patient med det id:t som du har tillgång till.");
        }

        return TypedResults.Ok(view.Offers.Select(o => new SipOfferDto(
            o.Id, o.Trigger.ToString(), Iso(o.TriggerOn), Iso(o.OfferedOn), o.Answer?.ToString(), Iso(o.AnsweredOn), Iso(o.MeetingOn), o.MeetingMode?.ToString(),
            o.MeetingPlace, o.MeetingHeld, Iso(o.FollowUpOn), Iso(o.FollowedUpOn), o.ExternalSystem?.ToString(), o.ExternalReference, links.UrlFor(o),
            o.Participants.Select(p => new SipParticipantDto(p.Organisation, p.Role, p.Name)).ToList(),
            o.Actions.Select(a => new SipActionDto(a.Description, a.Owner, Iso(a.DueOn), Iso(a.DoneOn))).ToList())).ToList());
    }

    public static async Task<Results<Ok<SipFiguresDto>, ProblemHttpResult>> FiguresAsync(
        NarplanDbContext db, SipFigures figures, IClock clock, HttpContext context, Guid id, string? from, string? to, CancellationToken ct)
    {
        var today = Stockholm.Today(clock);
        var (start, fromProblem) = ApiDate.Parse(from, "from", new LocalDate(today.Year, 1, 1));
        var (end, toProblem) = ApiDate.Parse(to, "to", today);
        if ((fromProblem ?? toProblem) is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        if (start > end)
        {
            return Problems.BadRequest("'from' får inte ligga efter 'to'.");
        }

        if (!AccessPolicy.MaySeeSipFigures(context.User.ToActor(), id) || !await db.Kommuner.AnyAsync(k => k.Id == id, ct))
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t som du har tillgång till.");
        }

        var result = await figures.ForKommunAsync(id, new DateInterval(start, end), ct);
        return TypedResults.Ok(new SipFiguresDto(
            id, Iso(start), Iso(end), result.Triggers, Dto(result.OfferedAtTrigger), result.Offers, Dto(result.Accepted), Dto(result.Held)));
    }

    private static SipCountDto Dto(SipCount count) => new(count.Count, count.Of);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
