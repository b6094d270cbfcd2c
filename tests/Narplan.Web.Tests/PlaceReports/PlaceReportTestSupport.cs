using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Data;
using Narplan.Web.Features.Demo;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.PlaceReports;

internal static class PlaceReportTestSupport
{
    public static Task<Guid> KommunIdAsync(this WebApplicationFactory<Program> app, string name) =>
        app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == name).Select(k => k.Id).SingleAsync());

    /// <summary>The report's figures (total, vårdcentraler and units) as JSON text, without the "sent" record.</summary>
    public static async Task<string> FiguresAsync(this HttpClient client, Guid kommunId, string month)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/kommuner/{kommunId}/place-report?month={month}"));
        var root = json.RootElement;
        return $"{root.GetProperty("countedOn").GetString()} {root.GetProperty("places").GetInt32()} {root.GetProperty("careCentres").GetRawText()}";
    }
}
