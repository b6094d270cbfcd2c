namespace Narplan.Web.Features.Rounds;

/// <summary>
/// One round occurrence. <c>start</c>, <c>end</c> and <c>originalStart</c> are instants in ISO 8601 with the Swedish
/// offset of the day; <c>uid</c> is the occurrence's stable iCalendar UID. <c>status</c> is <c>planned</c>, <c>moved</c>,
/// <c>not-reported</c> (its start has passed and nobody marked it held or cancelled), <c>held</c> or <c>cancelled</c>.
/// </summary>
/// <remarks><c>SecondDoctor</c>: the unit's second fast läkarkontakt, called after <c>Doctor</c>, when the series names no doctor.</remarks>
public sealed record RoundDto(string Uid, string Start, string End, string Status, string OriginalStart, string MeetingForm, string? Doctor, string? SecondDoctor);

/// <summary>Fasta planerade läkartider as public plan data (no agendas, no patient data).</summary>
public static class RoundsApi
{
    public static RouteGroupBuilder MapRoundsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/units/{id:guid}/rounds", UnitRoundsAsync)
            .Operation("ListUnitRounds", "Enhetens fasta läkartider (ronder) mellan två lokala datum, båda inräknade; högst två år")
            .AllowAnonymous();
        return api;
    }

    public static async Task<Results<Ok<List<RoundDto>>, ProblemHttpResult>> UnitRoundsAsync(
        RoundQueries rounds, Guid id, string? from, string? to, CancellationToken ct)
    {
        var range = ParseRange(from, to, rounds.Today);
        if (range.Error is not null)
        {
            return Problems.BadRequest(range.Error);
        }

        if (!await rounds.UnitExistsAsync(id, ct))
        {
            return Problems.UnknownUnit;
        }

        var views = await rounds.ForUnitAsync(id, range.From, range.To, ct);
        var now = rounds.Now;
        return TypedResults.Ok(views.Select(v => ToDto(v, now)).ToList());
    }

    /// <summary>Reads an inclusive range of local dates; without dates, the coming 30 days.</summary>
    public static (LocalDate From, LocalDate To, string? Error) ParseRange(string? from, string? to, LocalDate today)
    {
        var start = today;
        var end = today.PlusDays(30);
        if (from is not null)
        {
            (start, var problem) = ApiDate.Parse(from, "from", start, "2026-06-01");
            if (problem is not null)
            {
                return (start, end, problem);
            }

            end = SupportedDates.Contains(start.PlusDays(30)) ? start.PlusDays(30) : SupportedDates.Last;
        }

        (end, var toProblem) = ApiDate.Parse(to, "to", end, "2026-06-30");
        if (toProblem is not null)
        {
            return (start, end, toProblem);
        }

        if (end < start)
        {
            return (start, end, $"'to' ({end:yyyy-MM-dd}) ligger före 'from' ({start:yyyy-MM-dd}).");
        }

        // Both ends are supported dates, so adding two years cannot overflow the calendar.
        if (end > start.Plus(RoundQueries.MaxRange))
        {
            return (start, end, "Intervallet får vara högst två år.");
        }

        return (start, end, null);
    }

    private static RoundDto ToDto(RoundView v, Instant now) => new(
        v.Occurrence.Uid, ApiTime.Format(v.Occurrence.Start), ApiTime.Format(v.Occurrence.End), v.Occurrence.StatusAt(now).ApiName(),
        ApiTime.Format(v.Occurrence.OriginalStart), v.MeetingForm.ApiName(), v.AttendingDoctor, v.SecondDoctor);
}
