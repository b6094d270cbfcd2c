using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Features.Rounds;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Rounds;

internal static class RoundsTestSupport
{
    /// <summary>Runs a round command as the named demo user (<see cref="AppFactoryExtensions.AsUserAsync{TService, T}"/>).</summary>
    public static Task<T> AsUserAsync<T>(this WebApplicationFactory<Program> app, string email, Func<RoundCommands, ClaimsPrincipal, Task<T>> work) =>
        app.AsUserAsync<RoundCommands, T>(email, work);

    public static Task<Guid> SeriesIdAsync(this WebApplicationFactory<Program> app, string unit) =>
        app.WithDbAsync(db => db.RoundSeries.Where(s => db.CareUnits.Any(u => u.Id == s.CareUnitId && u.Name == unit)).Select(s => s.Id).FirstAsync());

    /// <summary>Parses iCalendar text with ical.js in Node, an implementation independent of ours.</summary>
    public static async Task<JsonElement> ParseWithIcalJsAsync(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"narplan-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics);
        try
        {
            var script = Path.Combine(AppContext.BaseDirectory, "Feeds", "icaljs", "parse.mjs");
            var start = new ProcessStartInfo("node", [script, file]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            Assert.True(node.ExitCode == 0, $"ical.js could not parse the feed: {await error}");
            return JsonDocument.Parse(await output).RootElement;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
