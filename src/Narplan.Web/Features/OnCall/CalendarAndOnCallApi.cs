namespace Narplan.Web.Features.OnCall;

public sealed record HolidayDto(string Date, string Name, string Kind);

public sealed record OnCallContactDto(int Order, string Role, string Name, string? Phone);

public sealed record OnCallNextDto(string Responder, string Name, string At);

public sealed record OnCallDto(
    Guid UnitId, string Unit, string Responder, string Name, string? Phone, string? Doctor, string From, string Until,
    OnCallNextDto Next, List<OnCallContactDto> Contacts, int? OnSiteWithinMinutes, int? TelephoneContactWithinMinutes,
    List<string> Scope, string Reminder, bool ResponsibleVardcentralMissing, bool InternalNumbersHidden,
    string? PhoneMissingReason, string? AreaProblem, string? RuleNote, string RuleProfile, string Need, List<OnCallDoctorDto> Doctors);

/// <summary>A doctor to ask for in daytime, in order (1 first); <c>standsInFor</c> names the absent fast läkarkontakt.</summary>
public sealed record OnCallDoctorDto(int Order, string Name, string? StandsInFor);

/// <summary>The Swedish calendar and "who do I call now", as public plan data (no patient data).</summary>
public static class CalendarAndOnCallApi
{
    public static RouteGroupBuilder MapCalendarAndOnCallApi(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/holidays", Holidays)
            .Operation("ListHolidays", "Allmänna helgdagar och aftnar som räknas som helgdag, för ett år 1900–2200")
            .AllowAnonymous();
        api.MapGet("/units/{id:guid}/on-call", OnCallAsync)
            .Operation("GetUnitOnCall", "Vem ringer jag? Ansvarig läkarresurs för enheten vid en tidpunkt (standard: nu)")
            .WithMetadata(new SignInOptional("nummer som är markerade som interna visas också."))
            .AllowAnonymous();
        return api;
    }

    public static Results<Ok<List<HolidayDto>>, ProblemHttpResult> Holidays(int year)
    {
        if (year is < SwedishCalendar.MinYear or > SwedishCalendar.MaxYear)
        {
            return Problems.BadRequest($"Året måste vara mellan {SwedishCalendar.MinYear} och {SwedishCalendar.MaxYear}.");
        }

        return TypedResults.Ok(SwedishCalendar.Instance.HolidaysIn(year)
            .Select(h => new HolidayDto(LocalDatePattern.Iso.Format(h.Date), h.Name, h.Kind == HolidayKind.Helgdag ? "helgdag" : "afton"))
            .ToList());
    }

    /// <remarks>Public plan data; numbers marked internal are left out unless the caller is signed in (decision 0007).</remarks>
    /// <param name="need">
    /// <c>advice</c> (default) or <c>acute-home-visit</c>: in daytime an area may route acute home visits elsewhere
    /// (Halland: Läkarmedverkan i hemsjukvården, decision 0039).
    /// </param>
    public static async Task<Results<Ok<OnCallDto>, ProblemHttpResult>> OnCallAsync(
        OnCallService onCall, ClaimsPrincipal user, Guid id, string? at, string? need, CancellationToken ct)
    {
        var instant = onCall.Now;
        var wanted = need?.Trim().ToLowerInvariant() switch
        {
            null or "" or "advice" => (OnCallNeed?)OnCallNeed.Advice,
            "acute-home-visit" => OnCallNeed.AcuteHomeVisit,
            _ => null,
        };
        if (wanted is null)
        {
            return Problems.BadRequest("'need' måste vara advice (råd, standard) eller acute-home-visit (troligt akut hembesök).");
        }

        if (at is not null)
        {
            var parsed = DateText.ParseInstant(at);
            if (!parsed.Success)
            {
                return Problems.BadRequest($"'at': {parsed.Error}");
            }

            instant = parsed.Value;
        }

        var result = await onCall.ForUnitAsync(id, instant, wanted.Value, ct);
        if (result is null)
        {
            return Problems.UnknownUnit;
        }

        var a = result.AnswerFor(user);
        var firstRole = Role(a.Kind);
        return TypedResults.Ok(new OnCallDto(
            result.Unit.Unit.Id, result.Unit.Unit.Name, Role(a.Kind), a.ResponderName, a.Phone, a.DoctorName,
            ApiTime.Format(a.From), ApiTime.Format(a.Until),
            new OnCallNextDto(Role(a.Next.Kind), a.Next.Name, ApiTime.Format(a.Next.At)),
            Contacts(a),
            (int?)a.Promises?.OnSiteAfterFirstContact.TotalMinutes, (int?)a.Promises?.TelephoneContactWithin.TotalMinutes,
            a.Scope.ToList(), a.ReminderText, a.ResponsibleVardcentralMissing, a.InternalNumbersHidden,
            a.PhoneMissingReason, a.AreaProblem, a.RuleNote, result.Profile.Name,
            wanted == OnCallNeed.AcuteHomeVisit ? "acute-home-visit" : "advice",
            a.Doctors.Select(d => new OnCallDoctorDto(d.Order, d.Name, d.StandsInFor)).ToList()));
    }

    /// <summary>The numbers in call order: the responder's first, then the escalation chain.</summary>
    public static List<OnCallContactDto> Contacts(OnCallAnswer a) =>
        [.. a.CallOrder.Select((step, i) => new OnCallContactDto(i + 1, i == 0 ? Role(a.Kind) : "eskalering", step.Text, step.Phone))];

    public static string Role(ResponderKind kind) => kind switch
    {
        ResponderKind.Vardcentral => "vardcentral",
        ResponderKind.Beredskapsjour => "beredskapsjour",
        ResponderKind.AcuteVisitService => "akut-hembesok",
        _ => "tillfallig",
    };
}
