using System.Net;
using System.Security.Claims;
using Narplan.Web.Features.Organisations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Narplan.Web.Tests.Infrastructure;

/// <summary>
/// The whole app over HTTP on its own SQLite file with the demo data, as the README's first command runs it.
/// The shared steps (sign in, a database scope, a stopped clock) are in <see cref="AppFactoryExtensions"/>.
/// </summary>
public sealed class NarplanAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"narplan-web-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Narplan", $"Data Source={_databasePath};Pooling=false");
        // Every test client shares one (missing) client address; the login rate limit has its own tests.
        builder.UseSetting("RateLimiting:Login:PermitLimit", "100000");
    }

    /// <summary>Runs a unit command as the named demo user (<see cref="AppFactoryExtensions.AsUserAsync{TService, T}"/>).</summary>
    public Task<CommandResult> AsUserAsync(string email, Func<UnitCommands, ClaimsPrincipal, Task<CommandResult>> work) =>
        this.AsUserAsync<UnitCommands, CommandResult>(email, work);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm", Path.ChangeExtension(_databasePath, null) + "-audit-checkpoints.jsonl" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>Posting Blazor static-SSR forms the way a browser does: hidden fields (antiforgery, handler) plus the user's input.</summary>
public static partial class FormPosts
{
    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/konto/logga-in");
        return await client.PostFormAsync("/konto/logga-in", page, "login", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Posts the form with <c>_handler</c> = <paramref name="formName"/> found in <paramref name="page"/>.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, string page, string formName, Dictionary<string, string> fields)
    {
        var values = HiddenFields(page, formName);
        foreach (var (key, value) in fields)
        {
            values[key] = value;
        }

        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    /// <summary>The hidden fields (antiforgery token, handler) of the form named <paramref name="formName"/>.</summary>
    public static Dictionary<string, string> HiddenFields(string page, string formName)
    {
        var form = Forms().Matches(page).Select(m => m.Value).FirstOrDefault(f => f.Contains($"value=\"{formName}\""))
            ?? throw new InvalidOperationException($"No form '{formName}' on the page.");
        var values = new Dictionary<string, string>();
        foreach (Match input in HiddenInputs().Matches(form))
        {
            values[WebUtility.HtmlDecode(input.Groups["name"].Value)] = WebUtility.HtmlDecode(input.Groups["value"].Value);
        }

        return values;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInputs();
}
