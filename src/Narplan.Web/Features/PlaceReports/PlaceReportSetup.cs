namespace Narplan.Web.Features.PlaceReports;

/// <summary>One unit's places on the month's last day.</summary>
public sealed record PlaceReportUnitDto(Guid UnitId, string Unit, string Type, int Places);

/// <summary>A vårdcentral's units and their sum (careCentreId null: units without a responsible vårdcentral that day).</summary>
public sealed record PlaceReportCareCentreDto(Guid? CareCentreId, string CareCentre, int Places, IReadOnlyList<PlaceReportUnitDto> Units);

/// <summary>When the report was marked sent and the total it showed then (who marked it stays on the signed-in page).</summary>
public sealed record PlaceReportSentDto(string SentAt, int Places);

/// <summary>A kommun's places on a month's last day per vårdcentral and unit, and whether it is marked sent.</summary>
public sealed record PlaceReportDto(Guid KommunId, string Kommun, string Month, string CountedOn, int Places, IReadOnlyList<PlaceReportCareCentreDto> CareCentres, PlaceReportSentDto? Sent);

/// <summary>
/// The monthly läkarmedverkan report (issue 20 item 4; decision 0083): services, the public API
/// <c>GET /api/v1/kommuner/{id}/place-report?month=ÅÅÅÅ-MM</c> (aggregates like the places API) and the XLSX and CSV files
/// for signed-in users.
/// </summary>
public static class PlaceReportSetup
{
    public static IServiceCollection AddPlaceReports(this IServiceCollection services) => services.AddScoped<PlaceReportService>();

    public static string XlsxUrl(Guid kommunId, YearMonth month) => $"/naromraden/{kommunId}/platsrapport/{YearMonthPattern.Iso.Format(month)}.xlsx";

    public static string CsvUrl(Guid kommunId, YearMonth month) => $"/naromraden/{kommunId}/platsrapport/{YearMonthPattern.Iso.Format(month)}.csv";

    public static WebApplication MapPlaceReports(this WebApplication app)
    {
        app.V1()
            .MapGet("/kommuner/{id:guid}/place-report", ApiAsync)
            .Operation("GetKommunPlaceReport", "Månadsrapport till VGR för läkarmedverkan: antal platser i särskilt boende, LSS-bostad och korttidsboende den sista dagen i månaden (month=ÅÅÅÅ-MM, standard förra månaden) per vårdcentral och enhet, ur den daterade platshistoriken")
            .AllowAnonymous();
        var files = app.MapGroup("/naromraden/{kommunId:guid}/platsrapport").RequireAuthorization().ExcludeFromDescription();
        files.MapGet("/{month}.xlsx", XlsxAsync);
        files.MapGet("/{month}.csv", CsvAsync);
        return app;
    }

    public static async Task<Results<Ok<PlaceReportDto>, ProblemHttpResult>> ApiAsync(
        PlaceReportService service, Guid id, string? month, CancellationToken ct)
    {
        var (asked, problem) = Month(month, service.Today);
        if (problem is not null)
        {
            return problem;
        }

        var report = await service.ReportAsync(id, asked, ct);
        if (report is null)
        {
            return Problems.NotFound("Det finns ingen kommun med det id:t.");
        }

        var sent = (await service.SubmissionsAsync(id, ct)).FirstOrDefault(s => s.Month == asked);
        return TypedResults.Ok(new PlaceReportDto(
            report.KommunId, report.Kommun, YearMonthPattern.Iso.Format(report.Month), LocalDatePattern.Iso.Format(report.CountedOn), report.Places,
            report.Centres.Select(c => new PlaceReportCareCentreDto(c.CareCentreId, c.CareCentre, c.Places,
                c.Units.Select(u => new PlaceReportUnitDto(u.UnitId, u.Unit, u.Type.ToString(), u.Places)).ToList())).ToList(),
            sent is null ? null : new PlaceReportSentDto(InstantPattern.ExtendedIso.Format(sent.SentAt), sent.TotalPlaces)));
    }

    private static Task<IResult> XlsxAsync(PlaceReportService service, Guid kommunId, string month, CancellationToken ct) =>
        FileAsync(service, kommunId, month, r => TypedResults.File(PlaceReportFiles.Xlsx(r), PlaceReportFiles.XlsxContentType, PlaceReportFiles.FileName(r, "xlsx")), ct);

    private static Task<IResult> CsvAsync(PlaceReportService service, Guid kommunId, string month, CancellationToken ct) =>
        FileAsync(service, kommunId, month, r => TypedResults.File(PlaceReportFiles.Csv(r), PlaceReportFiles.CsvContentType, PlaceReportFiles.FileName(r, "csv")), ct);

    private static async Task<IResult> FileAsync(PlaceReportService service, Guid kommunId, string month, Func<PlaceReport, IResult> file, CancellationToken ct)
    {
        var (asked, problem) = Month(month, service.Today);
        if (problem is not null)
        {
            return problem;
        }

        return await service.ReportAsync(kommunId, asked, ct) is { } report
            ? file(report)
            : Problems.NotFound("Det finns ingen kommun med det id:t.");
    }

    /// <summary>Reads the asked month (missing: the month just ended); a malformed month, one outside the supported years or one not ended is a 400.</summary>
    private static (YearMonth Month, ProblemHttpResult? Problem) Month(string? text, LocalDate today)
    {
        if (text is null)
        {
            return (PlaceReportMonth.Previous(today), null);
        }

        var parsed = DateText.ParseMonth(text);
        if (!parsed.Success)
        {
            return (default, Problems.BadRequest(parsed.Error == SupportedDates.YearOutOfRangeMessage
                ? $"'month': {parsed.Error}"
                : $"'month': {parsed.Error} Skriv månaden som ÅÅÅÅ-MM, t.ex. 2026-11."));
        }

        return PlaceReportMonth.Refusal(parsed.Value, today) is { } refusal
            ? (default, Problems.BadRequest($"'month': {refusal}"))
            : (parsed.Value, null);
    }
}
