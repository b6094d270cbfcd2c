namespace Narplan.Domain.Crisis;

/// <summary>Who answers a crisis call: the förvaltningschef, a substitute standing in, or TIB via växel.</summary>
public enum CrisisResponderKind
{
    /// <summary>Förvaltningschefen (office hours, present).</summary>
    Chief,

    /// <summary>A substitute in the plan's order (office hours, everyone before them absent).</summary>
    Substitute,

    /// <summary>TIB (tjänsteman i beredskap) via växel: outside office hours, or everyone in the order absent.</summary>
    OnDutyOfficer,
}

/// <summary>One in the calling order and whether they are marked absent on the asked day.</summary>
public sealed record CrisisChainStep(int Order, string Title, string Name, string? Phone, bool Absent);

/// <summary>
/// The answer to "whom do I call at this instant" for a kommun's crisis and POSOM contacts: the responder, the period
/// <c>[From, Until)</c> over which the answer holds, why, and who answers from <see cref="Until"/>.
/// </summary>
public sealed record CrisisContactAnswer(
    CrisisResponderKind Kind, string Title, string Name, string Phone, Instant From, Instant Until, string Reason,
    bool InOfficeHours, string? DayName, IReadOnlyList<CrisisChainStep> Chain, CrisisResponderKind NextKind, string NextName);

/// <summary>
/// The single rule behind the crisis-contact page and <c>GET /api/v1/kommuner/{id}/crisis-contact</c> (issue 19 item 7,
/// decision 0078). Office hours are <see cref="CrisisContactPlan.OfficeOpens"/>–<see cref="CrisisContactPlan.OfficeCloses"/>
/// (the closing minute itself is outside) in Swedish time on working days of the <see cref="SwedishCalendar"/>: Sundays,
/// allmänna helgdagar and the eves counted as holidays (midsommarafton, julafton, nyårsafton) have none. A day before a
/// helgdag (e.g. trettondagsafton, skärtorsdag) keeps full office hours: the plan names no shortened day. In office hours
/// the förvaltningschef answers, or the first in the substitute order not marked absent that day; outside office hours,
/// or when everyone in the order is absent, TIB via växel.
/// </summary>
public static class CrisisContactResolver
{
    public static CrisisContactAnswer Resolve(CrisisContactPlan plan, IEnumerable<CrisisAbsence> absences, Instant at) =>
        Resolve(plan, absences.ToList(), at, SwedishCalendar.Instance, withNext: true);

    private static CrisisContactAnswer Resolve(CrisisContactPlan plan, IReadOnlyList<CrisisAbsence> absences, Instant at, SwedishCalendar calendar, bool withNext)
    {
        var zone = Stockholm.Zone;
        var local = at.InZone(zone).LocalDateTime;
        var date = local.Date;
        var time = local.TimeOfDay;
        var working = calendar.IsWorkingDay(date);
        var dayName = calendar.DayName(date);
        var chain = plan.Chain
            .Select((p, i) => new CrisisChainStep(i + 1, p.Title, p.Name, p.Phone, absences.Any(a => a.Covers(date) && string.Equals(a.PersonName, p.Name, StringComparison.OrdinalIgnoreCase))))
            .ToList();

        Instant At(LocalDate d, LocalTime t) => d.At(t).InZoneLeniently(zone).ToInstant();

        CrisisContactAnswer answer;
        if (working && time >= plan.OfficeOpens && time < plan.OfficeCloses)
        {
            var (from, until) = (At(date, plan.OfficeOpens), At(date, plan.OfficeCloses));
            var present = chain.FirstOrDefault(s => !s.Absent);
            if (present is null)
            {
                answer = Outside(plan, from, until, "Kontorstid, men alla i ersättarordningen är markerade frånvarande i dag: ring TIB via växeln.", true);
            }
            else
            {
                var absent = chain.TakeWhile(s => s.Absent).Select(s => s.Name).ToList();
                var reason = present.Order == 1
                    ? $"Kontorstid ({Hours(plan)} vardagar): {plan.ChiefTitle.ToLowerInvariant()} svarar."
                    : $"Kontorstid ({Hours(plan)} vardagar). {string.Join(", ", absent)} är frånvarande i dag: ersättare nummer {present.Order - 1} i ordningen svarar.";
                answer = new CrisisContactAnswer(
                    present.Order == 1 ? CrisisResponderKind.Chief : CrisisResponderKind.Substitute, present.Title, present.Name,
                    present.Phone ?? plan.OutsideOfficePhone, from, until, reason, true, dayName, chain, default, "");
            }
        }
        else
        {
            var from = working && time >= plan.OfficeCloses ? At(date, plan.OfficeCloses) : At(PreviousWorkingDay(calendar, date), plan.OfficeCloses);
            var until = working && time < plan.OfficeOpens ? At(date, plan.OfficeOpens) : At(calendar.NextWorkingDay(date), plan.OfficeOpens);
            var why = working ? $"Utanför kontorstid ({Hours(plan)} vardagar)"
                : dayName is { } name ? $"{name}: ingen kontorstid"
                : "Ingen kontorstid i dag";
            answer = Outside(plan, from, until, $"{why}. Ring {plan.OutsideOfficeName} via växeln.", false);
        }

        answer = answer with { Chain = chain, DayName = dayName };
        if (!withNext)
        {
            return answer;
        }

        var next = Resolve(plan, absences, answer.Until, calendar, withNext: false);
        return answer with { NextKind = next.Kind, NextName = next.Name };
    }

    private static CrisisContactAnswer Outside(CrisisContactPlan plan, Instant from, Instant until, string reason, bool inOfficeHours) =>
        new(CrisisResponderKind.OnDutyOfficer, "TIB via växel", plan.OutsideOfficeName, plan.OutsideOfficePhone, from, until, reason, inOfficeHours, null, [], default, "");

    private static LocalDate PreviousWorkingDay(SwedishCalendar calendar, LocalDate date)
    {
        var d = date.PlusDays(-1);
        while (!calendar.IsWorkingDay(d))
        {
            d = d.PlusDays(-1);
        }

        return d;
    }

    /// <summary>"08.00–17.00", as pages and sentences write clock times (decision 0057).</summary>
    public static string Hours(CrisisContactPlan plan) =>
        $"{plan.OfficeOpens.ToString("HH'.'mm", System.Globalization.CultureInfo.InvariantCulture)}–{plan.OfficeCloses.ToString("HH'.'mm", System.Globalization.CultureInfo.InvariantCulture)}";
}
