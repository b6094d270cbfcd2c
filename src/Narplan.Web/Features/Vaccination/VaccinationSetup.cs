namespace Narplan.Web.Features.Vaccination;

/// <summary>One unit on the campaign board: ordered doses per vaccine, doses given, documented, registered and overdue.</summary>
public sealed record VaccinationBoardUnitDto(
    Guid UnitId, string Unit, string CareCentre, int EnhancedInfluenzaOrdered, int StandardInfluenzaOrdered, int CovidOrdered, bool OrderConfirmed,
    int Given, int Documented, int Registered, int DocumentationOverdue);

/// <summary>A campaign's board: its dates and one line per unit (counts only, no patient).</summary>
public sealed record VaccinationBoardDto(
    Guid CampaignId, string Kommun, string Season, int Year, string StartsOn, string EndsOn, string OrderDeadline, bool Influenza, bool Covid,
    IReadOnlyList<VaccinationBoardUnitDto> Units);

/// <summary>A dose's documentation to send or register: ids and dates only (no name or identity number in the API).</summary>
public sealed record VaccinationDocumentationDto(
    Guid DoseId, Guid PatientId, Guid CampaignId, string Vaccine, string GivenOn, string DocumentationDueOn, string? DocumentationSentOn, bool Overdue, string Unit, string CareCentre);

/// <summary>A kommun's vaccination figures for a period (see <see cref="VaccinationFigureSet"/>).</summary>
public sealed record VaccinationFiguresDto(
    Guid KommunId, string From, string To, int DosesGiven, int DocumentationDue, int DocumentationOnTime, int Registered, IReadOnlyDictionary<string, int> GivenByVaccine);

/// <summary>Vaccination campaigns (issue 19 item 2): services and the API under /api/v1.</summary>
public static class VaccinationSetup
{
    /// <summary>The longest period the figures answer for at once.</summary>
    public const int MaxFigureDays = 731;

    public static IServiceCollection AddVaccination(this IServiceCollection services) =>
        services.AddScoped<VaccinationService>().AddScoped<VaccinationFigures>();

    public static WebApplication MapVaccination(this WebApplication app)
    {
        var api = app.V1();
        api.MapGet("/vaccination-campaigns/{id:guid}/board", BoardAsync)
            .Operation("GetVaccinationBoard", "En vaccinationskampanjs tavla: beställda, givna, dokumenterade (skickade) och registrerade doser per enhet (inga patientuppgifter)")
            .RequireAuthorization();
        api.MapGet("/vaccination-doses/documentation-due", DocumentationDueAsync)
            .Operation("ListVaccinationDocumentationDue", "Vaccinationsunderlag som kommunen ska skicka eller vårdcentralen registrera, för den inloggades organisation (varje patientläsning loggas), en sida i taget (limit/offset, Link-huvud)")
            .WithPagingDescription("datum och enhet", "doser", patientRows: true)
            .RequireAuthorization();
        api.MapGet("/kommuner/{id:guid}/vaccination-figures", FiguresAsync)
            .Operation("GetVaccinationFigures", "En kommuns vaccinationssiffror för en period (from–to, ÅÅÅÅ-MM-DD, räknas med): givna doser, underlag skickade i tid (n av N) och registrerade doser")
            .RequireAuthorization();
        return app;
    }

    public static async Task<Results<Ok<VaccinationBoardDto>, ProblemHttpResult>> BoardAsync(VaccinationService service, HttpContext context, Guid id, CancellationToken ct)
    {
        var board = await service.BoardAsync(context.User, id, ct);
        if (board is null)
        {
            return Problems.NotFound("Det finns ingen vaccinationskampanj med det id:t som du har tillgång till.");
        }

        var c = board.Campaign;
        return TypedResults.Ok(new VaccinationBoardDto(
            c.Id, board.Kommun, c.Season.ToString(), c.Year, Iso(c.StartsOn), Iso(c.EndsOn), Iso(c.OrderDeadline), c.IncludesInfluenza, c.IncludesCovid,
            board.Rows.Select(r => new VaccinationBoardUnitDto(
                r.UnitId, r.Unit, r.CareCentre, r.Order?.EnhancedInfluenzaDoses ?? 0, r.Order?.StandardInfluenzaDoses ?? 0, r.Order?.CovidDoses ?? 0,
                r.Order?.IsConfirmed ?? false, r.Given, r.Documented, r.Registered, r.Overdue)).ToList()));
    }

    public static async Task<Results<Ok<List<VaccinationDocumentationDto>>, ProblemHttpResult>> DocumentationDueAsync(
        VaccinationService service, HttpContext context, string? limit, string? offset, CancellationToken ct)
    {
        var (page, error) = ApiPage.Parse(limit, offset);
        if (page is null)
        {
            return Problems.BadRequest(error!);
        }

        var (rows, total) = await service.DocumentationTasksPageAsync(context.User, page.Offset, page.Limit, ct);
        page.Describe(context, [], total);
        return TypedResults.Ok(rows.Select(r => new VaccinationDocumentationDto(
            r.Dose.Id, r.Patient.Id, r.Dose.CampaignId, r.Dose.Vaccine.ToString(), Iso(r.Dose.GivenOn), Iso(r.Dose.DocumentationDueOn),
            r.Dose.DocumentationSentOn is { } s ? Iso(s) : null, r.IsOverdue, r.Unit, r.CareCentre)).ToList());
    }

    public static async Task<Results<Ok<VaccinationFiguresDto>, ProblemHttpResult>> FiguresAsync(
        NarplanDbContext db, VaccinationFigures figures, HttpContext context, IClock clock, Guid id, string? from, string? to, CancellationToken ct)
    {
        var today = Stockholm.Today(clock);
        var (start, fromProblem) = ApiDate.Parse(from, "from", today.PlusDays(-182));
        if (fromProblem is not null)
        {
            return Problems.BadRequest(fromProblem);
        }

        var (end, toProblem) = ApiDate.Parse(to, "to", today);
        if (toProblem is not null)
        {
            return Problems.BadRequest(toProblem);
        }

        if (end < start)
        {
            return Problems.BadRequest("'to' kan inte ligga före 'from'.");
        }

        if (Period.Between(start, end, PeriodUnits.Days).Days >= MaxFigureDays)
        {
            return Problems.BadRequest($"Perioden får vara högst {MaxFigureDays} dagar.");
        }

        var centres = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.KommunId == id).ToListAsync(ct);
        var exists = await db.Kommuner.AnyAsync(k => k.Id == id, ct);
        if (!exists || !AccessPolicy.MaySeeVaccinationCampaign(
                context.User.ToActor(), id, centres.Select(u => u.ResponsibilityOn(today)?.CareCentreId).OfType<Guid>().Distinct().ToList()))
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t som du har tillgång till.");
        }

        var set = await figures.ForKommunAsync(id, new DateInterval(start, end), ct);
        return TypedResults.Ok(new VaccinationFiguresDto(
            id, Iso(set.Period.Start), Iso(set.Period.End), set.DosesGiven, set.DocumentationDue, set.DocumentationOnTime, set.Registered,
            set.GivenByVaccine.ToDictionary(p => p.Key.ToString(), p => p.Value)));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
