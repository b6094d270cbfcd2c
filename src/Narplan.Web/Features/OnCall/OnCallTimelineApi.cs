using Narplan.Web.Feeds;

namespace Narplan.Web.Features.OnCall;

/// <summary>One period of the timeline: who answers over <c>[from, until)</c>, the numbers in call order, and why.</summary>
public sealed record OnCallPeriodDto(
    string From, string Until, string Responder, string Name, string? Phone, string? Doctor, IReadOnlyList<OnCallContactDto> Contacts, string Reason);

/// <summary>The periods covering the asked range for one unit, consecutive and without gaps.</summary>
public sealed record OnCallTimelineDto(Guid UnitId, string Unit, string From, string Until, bool InternalNumbersHidden, IReadOnlyList<OnCallPeriodDto> Periods);

/// <summary>
/// <c>GET /api/v1/units/{id}/on-call/timeline?from=…&amp;to=…</c> and <c>/feeds/units/{id}/on-call.ics</c>: the same
/// single resolution function as "Vem ringer jag?", period by period, so a phone switch can be programmed a month
/// ahead. The range is at most <see cref="MaxDays"/> days.
/// </summary>
public static class OnCallTimelineApi
{
    public const int MaxDays = 93;

    public static RouteGroupBuilder MapOnCallTimelineApi(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{id:guid}/on-call/timeline", TimelineAsync)
            .Operation("GetUnitOnCallTimeline", "Vem svarar, period för period, mellan två tidpunkter (högst 93 dagar): nummer i ringordning och skälet till varje byte")
            .WithDescription("from och to är datum (2026-06-19; to räknas med) eller tidpunkter med tidszon (2026-06-19T17:00:00+02:00). Standard: från i dag och 31 dagar framåt.")
            .Produces<OnCallTimelineDto>(StatusCodes.Status200OK, "application/json")
            .WithMetadata(new SignInOptional("nummer som är markerade som interna visas också."))
            .AllowAnonymous();
        return api;
    }

    public static IEndpointRouteBuilder MapOnCallFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/units/{id:guid}/on-call.ics", FeedAsync)
            .Operation("UnitOnCallFeed", "Vem svarar för enheten de kommande fem veckorna, som iCalendar (RFC 5545)")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .AllowAnonymous();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TimelineAsync(
        OnCallService onCall, ApiResponseCache responses, IOptions<JsonOptions> json, ClaimsPrincipal user, Guid id, string? from, string? to,
        CancellationToken ct)
    {
        var today = onCall.Today;
        if (!TryStart(from, today, out var start, out var error) || !TryEnd(to, today.PlusDays(31), out var end, out error))
        {
            return Problems.BadRequest(error!);
        }

        if (end <= start)
        {
            return Problems.BadRequest("'to' måste vara efter 'from'.");
        }

        if (end - start > Duration.FromDays(MaxDays) + Duration.FromHours(1))
        {
            return Problems.BadRequest($"Tidslinjen omfattar högst {MaxDays} dagar. Dela upp frågan.");
        }

        // The unit's on-call data as "Vem ringer jag?" has it (cached until a change is saved): the answer is keyed by
        // that very instance, so a cached timeline is never older than the data the on-call API answers from.
        var data = await onCall.LoadAsync(id, ct);
        if (data is null)
        {
            return Problems.UnknownUnit;
        }

        var signedIn = user.Identity?.IsAuthenticated == true;
        var body = await responses.GetOrAddAsync((nameof(TimelineAsync), data, start, end, signedIn), () =>
        {
            var periods = OnCallTimeline.Between(data.QueryAt, start, end).Select(p => signedIn ? p : p.WithoutInternalNumbers()).ToList();
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(new OnCallTimelineDto(
                data.Unit.Unit.Id,
                data.Unit.Unit.Name,
                ApiTime.Format(start),
                ApiTime.Format(end),
                periods.Any(p => p.InternalNumbersHidden),
                [.. periods.Select(ToDto)]), json.Value.SerializerOptions));
        });
        return TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    public static async Task<IResult> FeedAsync(OnCallService onCall, Guid id, CancellationToken ct)
    {
        var today = onCall.Today;
        var start = today.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var end = today.PlusDays(35).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var result = await onCall.TimelineAsync(id, start, end, ct);
        if (result is not { } timeline)
        {
            return TypedResults.Problem(statusCode: 404, title: "Finns inte", detail: "Det finns ingen enhet med det id:t.");
        }

        var name = $"Vem svarar – {timeline.Unit.Unit.Name}";
        var ics = RoundCalendar.BeginCalendar("-//Närplan//Vem svarar//SV", name, "PT1H");
        foreach (var period in timeline.Periods.Select(p => p.WithoutInternalNumbers()))
        {
            var dto = ToDto(period);
            ics.Begin("VEVENT")
                .Value("UID", $"{id:N}-{InstantPattern.General.Format(period.From).Replace(":", "", StringComparison.Ordinal)}@oncall.narplan")
                .Utc("DTSTAMP", onCall.Now)
                .Zoned("DTSTART", period.From.InZone(Stockholm.Zone))
                .Zoned("DTEND", period.Until.InZone(Stockholm.Zone))
                .Text("SUMMARY", $"{dto.Name}{(dto.Phone is null ? "" : " " + dto.Phone)}")
                .Text("DESCRIPTION", string.Join("\n", [dto.Reason, .. dto.Contacts.Select(c => $"{c.Order}. {c.Name}{(c.Phone is null ? "" : " " + c.Phone)}")]))
                .Value("TRANSP", "TRANSPARENT")
                .Text("CATEGORIES", "Vem svarar")
                .End("VEVENT");
        }

        return TypedResults.Text(ics.End("VCALENDAR").ToString(), RoundCalendar.ContentType);
    }

    internal static OnCallPeriodDto ToDto(OnCallAnswer a)
    {
        var role = CalendarAndOnCallApi.Role(a.Kind);
        return new OnCallPeriodDto(
            ApiTime.Format(a.From),
            ApiTime.Format(a.Until),
            role,
            a.ResponderName,
            a.Phone,
            a.DoctorName,
            CalendarAndOnCallApi.Contacts(a),
            Reason(a));
    }

    /// <summary>
    /// Why this responder answers in this period, in Swedish: the override's reason; "vardag dagtid" for the
    /// vårdcentral; for the beredskapsjour the evening after daytime and the names of the non-working days it covers
    /// (helgdagar and aftnar by name, otherwise "lördag"/"söndag").
    /// </summary>
    public static string Reason(OnCallAnswer a)
    {
        switch (a.Kind)
        {
            case ResponderKind.Override:
                return a.Reason is { Length: > 0 } reason ? $"Tillfällig omdirigering: {reason}" : "Tillfällig omdirigering";
            case ResponderKind.Vardcentral:
                return "Vardag dagtid: vårdcentralen svarar";
        }

        var calendar = SwedishCalendar.Instance;
        var start = a.From.InZone(Stockholm.Zone);
        var last = a.Until.Minus(Duration.Epsilon).InZone(Stockholm.Zone).Date;
        var parts = new List<string>();
        if (calendar.IsWorkingDay(start.Date) && start.TimeOfDay >= new LocalTime(12, 0))
        {
            parts.Add("kväll och natt efter dagtid");
        }

        for (var day = start.Date; day <= last; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                continue;
            }

            var name = calendar.DayName(day) ?? "helgdag";
            if (!parts.Contains(name))
            {
                parts.Add(name);
            }
        }

        if (parts.Count == 0)
        {
            parts.Add("natt före dagtid");
        }

        return $"Beredskapsjour: {string.Join(", ", parts)}";
    }

    private static bool TryStart(string? text, LocalDate today, out Instant start, out string? error)
    {
        start = today.AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        return TryParse(text, "from", dayEnd: false, ref start, out error);
    }

    private static bool TryEnd(string? text, LocalDate defaultLastDay, out Instant end, out string? error)
    {
        end = defaultLastDay.PlusDays(1).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        return TryParse(text, "to", dayEnd: true, ref end, out error);
    }

    /// <summary>A date (the start of that day, or of the next for <c>to</c>) or an instant, through the one shared date rule.</summary>
    private static bool TryParse(string? text, string name, bool dayEnd, ref Instant value, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var date = DateText.ParseDate(text);
        if (date.Success)
        {
            value = (dayEnd ? date.Value.PlusDays(1) : date.Value).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
            return true;
        }

        var instant = DateText.ParseInstant(text);
        if (instant.Success)
        {
            value = instant.Value;
            return true;
        }

        error = $"'{name}': {(text.Contains('T') ? instant.Error : date.Error)}";
        return false;
    }
}
