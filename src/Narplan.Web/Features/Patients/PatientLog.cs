namespace Narplan.Web.Features.Patients;

/// <summary>The loggutdrag as a file: CSV with semicolons (what Swedish Excel opens), UTF-8 with a byte order mark.</summary>
public static class PatientLog
{
    public static string LocalTime(Instant at) =>
        at.InZone(Stockholm.Zone).LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Csv(IEnumerable<PatientLogLine> lines)
    {
        var text = new StringBuilder();
        text.Append("Tidpunkt;Användare;Roll;Organisation;Händelse;Detaljer\r\n");
        foreach (var line in lines)
        {
            text.AppendJoin(';', new[] { LocalTime(line.At), line.UserName, line.Role, line.Organisation, line.Action, line.Details }.Select(Cell));
            text.Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Quotes a cell when needed and defuses a leading = + - @ so a spreadsheet does not run it as a formula.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    public static IEndpointRouteBuilder MapPatientLogExtract(this IEndpointRouteBuilder app)
    {
        app.MapGet("/patienter/{id:guid}/loggutdrag.csv", DownloadAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, ClaimsPrincipal user, PatientAccess access, PatientQueries queries, CancellationToken ct)
    {
        var patient = await access.OpenForChangeAsync(user, id, "loggutdrag (fil)", ct);
        if (patient is null)
        {
            return TypedResults.NotFound();
        }

        await access.LogAsync([patient.Id], AuditAction.Export, "loggutdrag (CSV)", ct);
        var csv = Csv(await queries.LogExtractAsync(id, ct));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"loggutdrag-{queries.Today:yyyy-MM-dd}.csv");
    }
}
