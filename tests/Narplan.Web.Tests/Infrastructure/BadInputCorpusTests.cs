using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Plans;
using Narplan.Web.Features.Demo;

namespace Narplan.Web.Tests.Infrastructure;

/// <summary>
/// One app for the whole bad-input corpus: the demo database, an administrator, a Lidköping nurse (for patient pages),
/// an anonymous browser, and the ids that fill in the route templates.
/// </summary>
public sealed class BadInputCorpusFixture : IAsyncLifetime
{
    public NarplanAppFactory App { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Nurse { get; private set; } = null!;

    public HttpClient Anonymous { get; private set; } = null!;

    private readonly Dictionary<string, string> _ids = [];

    public async Task InitializeAsync()
    {
        Admin = await App.SignedInAsync("admin@narplan.demo");
        Nurse = await App.SignedInAsync("sjukskoterska@lidkoping.demo");
        Anonymous = App.Browser();
        await App.WithDbAsync(async db =>
        {
            var lidkoping = await db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync();
            var unit = await db.CareUnits.Where(u => u.KommunId == lidkoping).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
            var plans = await db.Plans.AsNoTracking().Include(p => p.Versions).ToListAsync();
            _ids["unit"] = unit.ToString();
            _ids["kommun"] = lidkoping.ToString();
            _ids["patient"] = (await db.Patients.Where(p => p.KommunId == lidkoping).Select(p => p.Id).FirstAsync()).ToString();
            _ids["plan"] = plans.First(p => p.Kind == PlanKind.Naromradesplan).Id.ToString();
            _ids["published"] = plans.First(p => p.Published is not null).Id.ToString();
            _ids["centre"] = (await db.RegionalUnits.Select(r => r.Id).FirstAsync()).ToString();
            _ids["doctor"] = (await db.People.Select(p => p.Id).FirstAsync()).ToString();
            _ids["series"] = (await db.RoundSeries.Select(s => s.Id).FirstAsync()).ToString();
            _ids["contact"] = (await db.AcuteContacts.Select(c => c.Id).FirstAsync()).ToString();
            _ids["delregion"] = (await db.SubRegions.Where(s => s.Name == "Södra Älvsborg").Select(s => s.Id).FirstAsync()).ToString();
            return 0;
        });
    }

    /// <summary>A route template with every {parameter} filled in: an id of the entity the first path segment names.</summary>
    public string Fill(string template)
    {
        var entity = template.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() switch
        {
            "enheter" => "unit",
            "patienter" => "patient",
            "planer" => "plan",
            "publicerat" => "published",
            "naromraden" => "kommun",
            "uppfoljning" => "kommun",
            "vardcentraler" => "centre",
            "lakare" => "doctor",
            "ronder" => "series",
            "akut" => "contact",
            "narvardssamverkan" => "delregion",
            _ => "unit",
        };
        return Regex.Replace(template, "{(?<name>[^}:?]+)(:(?<type>[^}?]+))?\\??}", m => m.Groups["type"].Value switch
        {
            "guid" => _ids[entity],
            "int" => m.Groups["name"].Value == "Status" ? "404" : "1",
            _ => m.Groups["name"].Value == "Date" ? "2026-12-01" : "1",
        });
    }

    public string Id(string entity) => _ids[entity];

    /// <summary>Patient pages are read as a Lidköping nurse (the patient's kommun); the rest as an administrator.</summary>
    public HttpClient ClientFor(string path) => path.StartsWith("/patienter/", StringComparison.Ordinal) || path.StartsWith("/akut/", StringComparison.Ordinal) ? Nurse : Admin;

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Issue 15's bad-input corpus: every page route with garbage, overflowing and extreme-date query values (enumerated
/// from the app's own [Route] and [SupplyParameterFromQuery] attributes), the API's parameters and JSON bodies, every
/// form on the pages posted with a valid antiforgery token but garbage in its fields, and malformed import files.
/// Each case: no 5xx, no stack trace or exception type in the body, problem details on /api, and an injected
/// &lt;script&gt; comes back escaped.
/// </summary>
public sealed partial class BadInputCorpusTests(BadInputCorpusFixture fixture) : IClassFixture<BadInputCorpusFixture>
{
    private const string Script = "<script>alert(1)</script>";

    /// <summary>Query values, already URL-encoded, by a readable name (a lone surrogate cannot travel in a test name).</summary>
    private static readonly Dictionary<string, string> QueryValues = new()
    {
        ["text"] = "x",
        ["int-overflow"] = "2147483648",
        ["huge-number"] = "99999999999999999999999999",
        ["year-1"] = "0001-01-01",
        ["year-9999-time"] = "9999-12-31T23%3A59",
        ["year-minus-1-instant"] = "-0001-01-01T00%3A00%3A00Z",
        ["script"] = Uri.EscapeDataString(Script),
        ["lone-surrogate"] = "%ED%A0%80",
        ["nul"] = "%00",
        ["crlf-tab-ideographic-space"] = "%0D%0A%09%E3%80%80",
        ["long"] = new string('a', 3000),
    };

    private static readonly Assembly Web = typeof(Narplan.Web.Infrastructure.BadInput).Assembly;

    /// <summary>Every page route and its query parameters; a page without any gets the generic names q and id.</summary>
    private static IEnumerable<(string Route, string[] Parameters)> PageRoutes() =>
        Web.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Route: r.Template, Type: t)))
            .Where(r => r.Route is not "/konto/logga-ut")
            .Select(r => (r.Route, Parameters: QueryParameters(r.Type)))
            .Select(r => (r.Route, r.Parameters.Length > 0 ? r.Parameters : ["q", "id"]))
            .OrderBy(r => r.Route, StringComparer.Ordinal);

    private static string[] QueryParameters(Type page) =>
    [
        .. page.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } a ? a.Name ?? p.Name : null)
            .OfType<string>(),
    ];

    public static TheoryData<string, string, string> PageCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (route, parameters) in PageRoutes())
        {
            foreach (var parameter in parameters)
            {
                foreach (var value in QueryValues.Keys)
                {
                    data.Add(route, parameter, value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task ShouldAnswerAPageWithAGarbageQueryValueWithoutA500(string route, string parameter, string value)
    {
        var path = fixture.Fill(route);
        var response = await fixture.ClientFor(path).GetAsync($"{path}?{parameter}={QueryValues[value]}");

        await AssertHandledAsync(response, injectedScript: value == "script");
    }

    /// <summary>API GET templates with the parameter under test marked {v}; ids come from the fixture.</summary>
    private static readonly string[] ApiTemplates =
    [
        "/api/v1/units?kommun={v}",
        "/api/v1/units?type={v}",
        "/api/v1/units?limit={v}",
        "/api/v1/units?offset={v}",
        "/api/v1/units/{v}",
        "/api/v1/kommuner?region={v}",
        "/api/v1/kommuner?code={v}",
        "/api/v1/kommuner?limit={v}",
        "/api/v1/kommuner?offset={v}",
        "/api/v1/kommuner/{v}",
        "/api/v1/units/{unit}/on-call?at={v}",
        "/api/v1/units/{unit}/rounds?from={v}",
        "/api/v1/units/{unit}/rounds?to={v}",
        "/api/v1/units/{unit}/rounds?from=2026-01-01&to={v}",
        "/api/v1/calendar/holidays?year={v}",
        "/api/v1/kommuner/{kommun}/acute-figures?from={v}",
        "/api/v1/kommuner/{kommun}/acute-figures?from=2026-01-01&to={v}",
        "/api/v1/plans?kommun={v}",
        "/api/v1/plans?region={v}",
        "/api/v1/plans?limit={v}",
        "/api/v1/plans?offset={v}",
        "/api/v1/self-care-certificates/due?limit={v}",
        "/api/v1/self-care-certificates/due?offset={v}",
        "/api/v1/plans/{plan}/versions/{v}",
        "/api/v1/plans/{plan}/versions/1.{v}",
        "/api/v1/plans/{published}/follow-up?period={v}",
        "/uppfoljning/{kommun}/export.xlsx?period={v}",
        "/uppfoljning/{kommun}/export.xlsx?fran=2026-01-01&till={v}",
        "/api/v1/units/{unit}/on-call/timeline?from={v}",
        "/api/v1/units/{unit}/on-call/timeline?from=2026-06-01&to={v}",
        "/api/v1/units/{unit}/on-call?need={v}",
        "/api/v1/units/{unit}/places?at={v}",
        "/api/v1/kommuner/{kommun}/places?at={v}",
        "/api/v1/sip/due?x={v}",
        "/api/v1/sip/due?limit={v}",
        "/api/v1/sip/due?offset={v}",
        "/api/v1/oral-health/due?limit={v}",
        "/api/v1/oral-health/due?offset={v}",
        "/api/v1/vaccination-doses/documentation-due?limit={v}",
        "/api/v1/vaccination-doses/documentation-due?offset={v}",
        "/api/v1/patients/{v}/sip",
        "/api/v1/kommuner/{v}/sip-figures",
        "/api/v1/kommuner/{kommun}/sip-figures?from={v}",
        "/api/v1/kommuner/{kommun}/sip-figures?from=2026-01-01&to={v}",

        "/api/v1/kommuner/{kommun}/vaccination-figures?from={v}",
        "/api/v1/kommuner/{kommun}/vaccination-figures?from=2026-01-01&to={v}",
        "/api/v1/vaccination-campaigns/{v}/board",

        "/api/v1/kommuner/{kommun}/place-report?month={v}",
        "/api/v1/kommuner/{v}/place-report?month=2026-11",

        "/api/v1/kommuner/{kommun}/crisis-contact?at={v}",
        "/api/v1/kommuner/{v}/crisis-contact",

        "/api/v1/kommuner/{kommun}/oral-health-figures?from={v}",
        "/api/v1/kommuner/{kommun}/oral-health-figures?from=2026-01-01&to={v}",
        "/feeds/units/{unit}/on-call.ics?x={v}",
        "/feeds/units/{unit}/rounds.ics?from={v}",
        "/feeds/doctors/{v}/rounds.ics",
    ];

    private static readonly Dictionary<string, string> ApiValues = new(QueryValues)
    {
        ["instant-9999"] = "9999-12-31T23%3A59%3A59%2B00%3A00",
        ["instant-minus-1"] = "-0001-01-01T00%3A00%3A00Z",
        ["instant-year-1"] = "0001-01-01T00%3A00%3A00Z",
        ["offset-99-hours"] = "2026-06-19T22%3A00%3A00%2B99%3A00",
        ["year-2199-last-day"] = "2199-12-31",
        ["file-with-number-overflow"] = "99999999999.docx",
    };

    public static TheoryData<string, string> ApiCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in ApiTemplates)
        {
            // A NUL cannot be sent in a path through the test server (it refuses to build the request).
            var inQuery = template.IndexOf('?') is >= 0 and var q && template.IndexOf("{v}", StringComparison.Ordinal) > q;
            foreach (var value in ApiValues.Keys.Where(v => v != "nul" || inQuery))
            {
                data.Add(template, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApiCases))]
    public async Task ShouldAnswerAnApiWithAGarbageParameterWithProblemDetailsNotA500(string template, string value)
    {
        var path = Regex.Replace(template, "{(unit|kommun|plan|published)}", m => fixture.Id(m.Groups[1].Value)).Replace("{v}", ApiValues[value]);

        var response = await fixture.Admin.GetAsync(path);

        await AssertHandledAsync(response, injectedScript: value == "script");
    }

    /// <summary>JSON bodies for POST /api/v1/identity-numbers/validate, as raw UTF-8 text (or raw bytes where named so).</summary>
    private static readonly Dictionary<string, string> JsonBodies = new()
    {
        ["number"] = """{"value":1}""",
        ["boolean"] = """{"value":true}""",
        ["array"] = """{"value":[]}""",
        ["object"] = """{"value":{}}""",
        ["top-level-array"] = "[]",
        ["top-level-string"] = "\"19121212-1212\"",
        ["top-level-null"] = "null",
        ["lone-high-surrogate"] = """{"value":"\ud800"}""",
        ["lone-low-surrogate"] = """{"value":"\udc00"}""",
        ["surrogate-in-text"] = """{"value":"1912\ud8001212-1212"}""",
        ["surrogate-in-name"] = """{"\ud800":"19121212-1212"}""",
        ["huge-exponent"] = """{"value":1e999999}""",
        ["huge-integer"] = """{"value":123456789012345678901234567890123456789}""",
        ["year-1"] = """{"value":"00010101-0000"}""",
        ["year-9999"] = """{"value":"99991231-9999"}""",
        ["unclosed"] = """{"value":""",
        ["trailing"] = """{"value":"x"}}""",
        ["comment"] = """{/*x*/"value":"x"}""",
        ["empty"] = "",
        ["script"] = $$"""{"value":"{{Script}}"}""",
        ["deep-nesting"] = new string('[', 5000) + new string(']', 5000),
        ["over-4-kib"] = $$"""{"value":"{{new string('1', 5000)}}"}""",
        ["nul"] = "{\"value\":\"\\u0000\"}",
        ["duplicate-key"] = """{"value":"19121212-1212","value":1}""",
    };

    public static TheoryData<string> JsonCases() => [.. JsonBodies.Keys.Append("invalid-utf8").Append("text-plain")];

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task ShouldAnswerABadJsonBodyWithProblemDetailsNotA500(string body)
    {
        HttpContent content = body switch
        {
            "invalid-utf8" => new ByteArrayContent([(byte)'{', (byte)'"', (byte)'v', (byte)'a', (byte)'l', (byte)'u', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xED, 0xA0, 0x80, 0xFF, (byte)'"', (byte)'}']),
            "text-plain" => new StringContent("""{"value":"19121212-1212"}""", Encoding.UTF8, "text/plain"),
            _ => new ByteArrayContent(Encoding.UTF8.GetBytes(JsonBodies[body])),
        };
        if (body != "text-plain")
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var response = await fixture.Anonymous.PostAsync("/api/v1/identity-numbers/validate", content);

        await AssertHandledAsync(response, injectedScript: body == "script");
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task ShouldAnswerABadNews2BodyWithProblemDetailsNotA500(string body)
    {
        HttpContent content = body switch
        {
            "invalid-utf8" => new ByteArrayContent([(byte)'{', (byte)'"', (byte)'p', (byte)'u', (byte)'l', (byte)'s', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xED, 0xA0, 0x80, 0xFF, (byte)'"', (byte)'}']),
            "text-plain" => new StringContent("""{"pulse":80}""", Encoding.UTF8, "text/plain"),
            _ => new ByteArrayContent(Encoding.UTF8.GetBytes(JsonBodies[body])),
        };
        if (body != "text-plain")
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        var response = await fixture.Anonymous.PostAsync("/api/v1/news2", content);

        await AssertHandledAsync(response, injectedScript: body == "script");
    }

    /// <summary>Form field values, URL-encoded.</summary>
    private static readonly Dictionary<string, string> FormValues = new()
    {
        ["script"] = Uri.EscapeDataString(Script),
        ["lone-surrogate"] = "%ED%A0%80",
        ["time-year-1"] = "0001-01-01T00%3A00",
        ["date-9999"] = "9999-12-31",
        ["huge-number"] = "99999999999999999999999999",
        ["crlf-tab-ideographic-space"] = "%0D%0A%09%E3%80%80",
        ["empty"] = "",
    };

    /// <summary>Pages whose forms are posted: every page route except sign-in/out (the corpus keeps its sessions).</summary>
    public static TheoryData<string, string> FormCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, _) in PageRoutes().Where(r => !r.Route.StartsWith("/konto", StringComparison.Ordinal) && !r.Route.StartsWith("/fel", StringComparison.Ordinal)))
        {
            foreach (var value in FormValues.Keys)
            {
                data.Add(route, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormCases))]
    public async Task ShouldAnswerEveryFormOnAPagePostedWithAValidTokenAndGarbageFieldsWithoutA500(string route, string value)
    {
        var path = fixture.Fill(route);
        var client = fixture.ClientFor(path);
        var page = await client.GetAsync(path);
        await AssertHandledAsync(page, injectedScript: false);
        var html = await page.Content.ReadAsStringAsync();

        foreach (Match form in FormTag().Matches(html))
        {
            var (action, body) = GarbageForm(form.Value, path, FormValues[value]);
            if (action is null)
            {
                continue;
            }

            var response = await client.PostAsync(action, new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
            await AssertHandledAsync(response, injectedScript: value == "script");
        }
    }

    /// <summary>The form's action and a body: its hidden fields as they are (token, handler, versions), every other field garbage.</summary>
    private static (string? Action, string Body) GarbageForm(string form, string path, string garbage)
    {
        var open = Regex.Match(form, "<form\\b[^>]*>").Value;
        if (!Regex.IsMatch(open, "method=\"post\"", RegexOptions.IgnoreCase) || open.Contains("multipart/form-data", StringComparison.Ordinal)
            || Regex.Match(open, "action=\"(?<a>[^\"]*)\"") is { Success: true } a && a.Groups["a"].Value.Contains("logga-ut", StringComparison.Ordinal))
        {
            return (null, "");
        }

        var action = Regex.Match(open, "action=\"(?<a>[^\"]*)\"") is { Success: true } m && m.Groups["a"].Value.Length > 0
            ? WebUtility.HtmlDecode(m.Groups["a"].Value)
            : path;
        var fields = new List<string>();
        foreach (Match input in Regex.Matches(form, "<(input|select|textarea)\\b[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*>"))
        {
            var name = WebUtility.HtmlDecode(input.Groups["name"].Value);
            var isHidden = input.Value.Contains("type=\"hidden\"", StringComparison.Ordinal);
            var value = isHidden && Regex.Match(input.Value, "value=\"(?<v>[^\"]*)\"") is { Success: true } v
                ? Uri.EscapeDataString(WebUtility.HtmlDecode(v.Groups["v"].Value))
                : garbage;
            fields.Add($"{Uri.EscapeDataString(name)}={value}");
        }

        return (action, string.Join('&', fields));
    }

    /// <summary>Malformed or hostile import files, by name.</summary>
    private static readonly Dictionary<string, (string FileName, Func<byte[]> Bytes)> ImportFiles = new()
    {
        ["empty"] = ("bilaga.csv", () => []),
        ["binary-noise"] = ("bilaga.csv", () => [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 256))]),
        ["nul-bytes"] = ("bilaga.csv", () => new byte[3000]),
        ["pdf"] = ("bilaga.csv", () => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")),
        ["old-xls"] = ("bilaga.xls", () => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]),
        ["zip-not-xlsx"] = ("bilaga.xlsx", () => Zip(("hej.txt", "inte ett kalkylark"))),
        ["truncated-zip"] = ("bilaga.xlsx", () => Zip(("xl/workbook.xml", "<workbook/>"))[..40]),
        ["xlsx-without-sheets"] = ("bilaga.xlsx", () => Xlsx(null)),
        ["xlsx-cell-reference-far-right"] = ("bilaga.xlsx", () => Xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Enhet</t></is></c><c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")),
        ["xlsx-cell-reference-overflow"] = ("bilaga.xlsx", () => Xlsx("<row r=\"1\"><c r=\"ZZZZZZZZZZZZ1\" t=\"inlineStr\"><is><t>x</t></is></c></row>")),
        ["xlsx-shared-string-out-of-range"] = ("bilaga.xlsx", () => Xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c></row>")),
        ["xlsx-row-index-overflow"] = ("bilaga.xlsx", () => Xlsx("<row r=\"99999999999\"><c r=\"A1\" t=\"inlineStr\"><is><t>Enhet</t></is></c></row>")),
        ["xlsx-broken-xml"] = ("bilaga.xlsx", () => Xlsx("<row r=\"1\"><c r=\"A1\"")),
        ["unclosed-quote"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n\"Solgården;Särskilt boende;X\n")),
        ["only-header"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n")),
        ["wrong-columns"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("a;b;c\n1;2;3\n")),
        ["300-columns"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes(string.Join(';', Enumerable.Range(0, 300).Select(i => $"k{i}")) + "\n")),
        ["rows-over-the-cap"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n" + string.Concat(Enumerable.Range(0, 20_001).Select(i => $"E{i};Särskilt boende;X\n")))),
        ["over-2-mib"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n" + new string('a', 2 * 1024 * 1024))),
        ["lone-surrogate-cesu"] = ("bilaga.csv", () => [.. Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\nSol"), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes(";Särskilt boende;X\n")]),
        ["utf16-odd-length"] = ("bilaga.csv", () => [0xFF, 0xFE, (byte)'E', 0, (byte)'n', 0, (byte)'h']),
        ["script-in-cells"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes($"Enhet;Typ;Ansvarig vårdcentral\n{Script};{Script};{Script}\n")),
        ["huge-cell"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n" + new string('x', 500_000) + ";Särskilt boende;X\n")),
        ["places-overflow"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral;Platser\nÖverflöd;Särskilt boende;Närhälsan Lidköping vårdcentral;99999999999999999999\n")),
        ["sep-line-only"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("sep=;\n")),
        ["crlf-tab-ideographic-space-names"] = ("bilaga.csv", () => Encoding.UTF8.GetBytes("Enhet;Typ;Ansvarig vårdcentral\n\"\r\n\t\u3000\";Särskilt boende;X\r\n")),
    };

    public static TheoryData<string, string> ImportCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in ImportFiles.Keys)
        {
            data.Add(file, "Bilaga1");
            data.Add(file, "Bilaga2");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImportCases))]
    public async Task ShouldAnswerAMalformedImportFileWithASwedishMessageNotA500(string file, string kind)
    {
        var url = $"/naromraden/{fixture.Id("kommun")}/import";
        var page = await fixture.Admin.GetStringAsync(url);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var (fileName, bytes) = ImportFiles[file];
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("appendix-preview"), "_handler" },
            { new StringContent(kind), "kind" },
            { new StringContent("2026-12-01"), "from" },
        };
        var upload = new ByteArrayContent(bytes());
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(upload, "file", fileName);

        var response = await fixture.Admin.PostAsync(url, content);

        await AssertHandledAsync(response, injectedScript: file == "script-in-cells");
    }

    /// <summary>The corpus holds at least 500 cases (issue 15).</summary>
    [Fact]
    public void ShouldHoldAtLeastFiveHundredCases()
    {
        var count = new IEnumerable<object[]>[] { PageCases(), ApiCases(), JsonCases(), FormCases(), ImportCases() }.Sum(Enumerable.Count);
        Assert.True(count >= 500, $"{count} cases");
    }

    private static async Task AssertHandledAsync(HttpResponseMessage response, bool injectedScript)
    {
        var body = await response.Content.ReadAsStringAsync();
        var request = response.RequestMessage?.RequestUri?.PathAndQuery ?? "";
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {Cut(request)}: {Cut(body)}");
        Assert.DoesNotMatch(StackTraceOrException(), body);
        if (request.StartsWith("/api/", StringComparison.Ordinal) && (int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        if (injectedScript)
        {
            Assert.DoesNotContain("<script>alert(1)", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A minimal XLSX package by hand, with <paramref name="rows"/> as the sheet data (null: a workbook without sheets).</summary>
    private static byte[] Xlsx(string? rows)
    {
        const string types = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""";
        const string rels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";
        const string workbookRels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""";
        var sheets = rows is null ? "" : """<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets>""";
        var workbook = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{sheets}</workbook>""";
        var sheet = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""";
        return Zip(("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/worksheets/sheet1.xml", sheet));
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormTag();

    // "   at Narplan.Web.Foo.Bar(" or any exception type name such as InvalidOperationException.
    [GeneratedRegex("\\bat [A-Z][\\w`]*(\\.[\\w`<>]+)+\\(|\\b[A-Z]\\w*Exception\\b")]
    private static partial Regex StackTraceOrException();
}
