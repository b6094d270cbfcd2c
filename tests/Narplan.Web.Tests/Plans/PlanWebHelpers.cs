using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Narplan.Data.Identity;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Plans;
using Narplan.Web.Tests.Infrastructure;

namespace Narplan.Web.Tests.Plans;

internal static partial class PlanWebHelpers
{
    public static Task<Guid> PlanIdAsync(this NarplanAppFactory app, string kommun, PlanKind kind = PlanKind.Naromradesplan) =>
        app.WithDbAsync(db => db.Plans.Where(p => p.Kind == kind && db.Kommuner.Any(k => k.Id == p.KommunId && k.Name == kommun)).Select(p => p.Id).SingleAsync());

    public static Task<PlanResult> AsPlanUserAsync(this NarplanAppFactory app, string email, Func<PlanCommands, ClaimsPrincipal, Task<PlanResult>> work) =>
        app.AsUserAsync<PlanCommands, PlanResult>(email, work);

    public static async Task<PlanVersion> VersionAsync(this NarplanAppFactory app, Guid planId, int number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var view = await scope.ServiceProvider.GetRequiredService<PlanQueries>().PlanAsync(planId);
        return view!.Plan.Version(number);
    }

    /// <summary>Posts a plain form found by its action on the page, with its hidden fields (the antiforgery token) and extra fields.</summary>
    public static Task<HttpResponseMessage> PostActionAsync(this HttpClient client, string page, string action, Dictionary<string, string>? fields = null)
    {
        var form = Forms().Matches(page).Select(m => m.Value).FirstOrDefault(f => f.Contains($"action=\"{action}\""))
            ?? throw new InvalidOperationException($"No form posting to '{action}' on the page.");
        var values = new Dictionary<string, string>();
        foreach (Match input in Hidden().Matches(form))
        {
            values[WebUtility.HtmlDecode(input.Groups["name"].Value)] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        foreach (var (key, value) in fields ?? [])
        {
            values[key] = value;
        }

        return client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Hidden();
}
