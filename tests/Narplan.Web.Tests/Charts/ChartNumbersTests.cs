using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Narplan.Web.Tests.Infrastructure;
using Narplan.Web.Tests.Rounds;
using NodaTime;

namespace Narplan.Web.Tests.Charts;

/// <summary>
/// Issue 14 item 10: with Swedish culture active (the app's request culture is sv-SE), every chart's SVG writes its numbers
/// with the invariant culture — <c>x="412,3"</c> is two coordinates and drew the label "13" as "1" — and its text labels
/// say the same numbers as the table beside it.
/// </summary>
public partial class ChartNumbersTests(NarplanAppFactory factory) : IClassFixture<NarplanAppFactory>
{
    // 10 December 2026 at 12:00 Swedish time.
    private readonly WebApplicationFactory<Program> _app = factory.At(Instant.FromUtc(2026, 12, 10, 11, 0));

    private static readonly string[] NumericAttributes = ["x", "y", "x1", "x2", "y1", "y2", "width", "height", "stroke-width", "font-size", "rx", "ry", "cx", "cy", "r"];

    /// <summary>A browser asking for Swedish: the culture that writes 412,3 where SVG needs 412.3.</summary>
    private static HttpClient InSwedish(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-SE");
        return client;
    }

    /// <summary>Every chart SVG on the page (the small legend swatches included), parsed as XML.</summary>
    internal static List<XElement> Svgs(string page) =>
        SvgBlocks().Matches(page).Select(m => XElement.Parse(m.Value)).ToList();

    /// <summary>Every numeric SVG attribute, the viewBox and the max-width in a style parse as invariant numbers.</summary>
    internal static void AssertInvariantNumbers(XElement svg)
    {
        foreach (var element in svg.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                var name = attribute.Name.LocalName;
                var value = attribute.Value;
                if (name == "viewBox")
                {
                    var parts = value.Split(' ');
                    Assert.True(parts.Length == 4 && parts.All(IsInvariantNumber), $"viewBox=\"{value}\"");
                }
                else if (name == "style")
                {
                    foreach (Match m in CssNumber().Matches(value))
                    {
                        Assert.True(IsInvariantNumber(m.Groups["n"].Value), $"style=\"{value}\"");
                    }
                }
                else if (NumericAttributes.Contains(name) && !value.EndsWith('%'))
                {
                    Assert.True(IsInvariantNumber(value), $"<{element.Name.LocalName} {name}=\"{value}\">");
                }
            }
        }
    }

    private static bool IsInvariantNumber(string value) =>
        double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    /// <summary>The numbers of a table's column by its heading, row by row.</summary>
    private static List<string> Column(XElement table, string heading)
    {
        var headings = table.Descendants("thead").Descendants("th").Select(th => th.Value.Trim()).ToList();
        var index = headings.IndexOf(heading);
        Assert.True(index >= 0, $"no column {heading}");
        return table.Descendants("tbody").Elements("tr").Select(tr => tr.Elements().ElementAt(index).Value.Trim()).ToList();
    }

    private static XElement Table(string page, string caption) =>
        Tables().Matches(page).Select(m => XElement.Parse(m.Value)).Single(t => t.Descendants("caption").Any(c => c.Value.Contains(caption)));

    [Fact]
    public async Task ShouldDrawTheNaromradeRoundsChartWithTheTablesPlannedAndHeldAsInvariantNumbers()
    {
        var kommunId = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());
        var page = await InSwedish(_app.Browser()).GetStringAsync($"/naromraden/{kommunId}?halvar=2026-h1");

        AssertRoundsChartMatchesItsTable(page);
    }

    [Fact]
    public async Task ShouldDrawTheUnitRoundsChartWithTheTablesPlannedAndHeldAsInvariantNumbers()
    {
        var page = await InSwedish(_app.Browser()).GetStringAsync($"/enheter/{await factory.UnitIdAsync("Bäckliden")}");

        AssertRoundsChartMatchesItsTable(page);
    }

    private static void AssertRoundsChartMatchesItsTable(string page)
    {
        var figures = RoundFigures().Match(page);
        Assert.True(figures.Success, "no round figures on the page");
        var block = XElement.Parse(figures.Value);
        var table = block.Element("table")!;
        var svg = block.Elements().Single(e => e.Name.LocalName == "svg");
        AssertInvariantNumbers(svg);

        // Per row the chart writes the label, then planned and held at font-size 12 – the table's Planerade and Genomförda.
        var planned = Column(table, "Planerade");
        var held = Column(table, "Genomförda");
        var expected = planned.Zip(held, (p, h) => new[] { p, h }).SelectMany(x => x).ToList();
        var labels = svg.Descendants().Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("font-size") == "12").Select(e => e.Value.Trim()).ToList();
        Assert.NotEmpty(expected);
        Assert.Contains(planned, p => int.Parse(p, CultureInfo.InvariantCulture) > 0);
        Assert.Equal(expected, labels);
    }

    [Fact]
    public async Task ShouldDrawTheAcuteResponseChartWithTheTablesSharesAsInvariantNumbers()
    {
        var client = InSwedish(await _app.SignedInAsync("sjukskoterska@lidkoping.demo"));
        var kommunId = await _app.WithDbAsync(db => db.Kommuner.Where(k => k.Name == "Lidköping").Select(k => k.Id).SingleAsync());

        // The demo's eight contacts at Lugnet in October–November 2026.
        var page = await client.GetStringAsync($"/naromraden/{kommunId}/uppfoljning-akut?fran=2026-10-01&till=2026-11-30");

        var svg = Svgs(page).Single(s => (string?)s.Attribute("aria-labelledby") == "rt-title");
        AssertInvariantNumbers(svg);
        var table = Table(page, "Andel inom löftet per månad");
        var expected = Column(table, "Telefon inom").Zip(Column(table, "På plats inom"), (p, s) => new[] { p, s }).SelectMany(x => x).ToList();
        var labels = svg.Descendants().Where(e => e.Name.LocalName == "text" && (string?)e.Attribute("font-size") == "12").Select(e => e.Value.Trim()).ToList();
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected, labels);
        Assert.Contains(labels, l => l.EndsWith(" %", StringComparison.Ordinal) && l != "0 %");
    }

    [Fact]
    public async Task ShouldDrawTheYearPlanHeatMapWithEachWeeksReviewsAsInTheTableAndValidStrokeWidths()
    {
        var december = factory.At(Instant.FromUtc(2026, 12, 1, 9, 0));
        var client = InSwedish(await december.SignedInAsync("sjukskoterska@lidkoping.demo"));
        var url = $"/enheter/{await factory.UnitIdAsync("Bäckliden")}/arsplan?ar=2027";
        var made = await client.PostFormAsync(url, await client.GetStringAsync(url), "replan", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var page = await made.Content.ReadAsStringAsync();

        var svg = Svgs(page).Single(s => (string?)s.Attribute("aria-labelledby") == "heat-title heat-desc");
        AssertInvariantNumbers(svg);
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("stroke-width") == "1.5");
        Assert.Contains("max-width:", (string?)svg.Attribute("style"));

        // Each day cell has a title "2027-01-12: …" and, when it has reviews, a number after it; summed per ISO week they
        // are the table's "Planerade".
        var perWeek = new Dictionary<int, int>();
        LocalDate? day = null;
        foreach (var e in svg.Descendants())
        {
            if (e.Name.LocalName == "rect" && e.Elements().FirstOrDefault(t => t.Name.LocalName == "title") is { } title)
            {
                day = NodaTime.Text.LocalDatePattern.Iso.Parse(title.Value[..10]).Value;
            }
            else if (e.Name.LocalName == "text" && (string?)e.Attribute("aria-hidden") == "true" && day is { } d)
            {
                var week = NodaTime.Calendars.WeekYearRules.Iso.GetWeekOfWeekYear(d);
                perWeek[week] = perWeek.GetValueOrDefault(week) + int.Parse(e.Value, CultureInfo.InvariantCulture);
                day = null;
            }
        }

        var table = Table(page, "Vårdplaneringar per vecka 2027");
        var weeks = table.Descendants("tbody").Elements("tr").Select(tr => int.Parse(tr.Element("th")!.Value, CultureInfo.InvariantCulture)).ToList();
        var planned = Column(table, "Planerade").Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        Assert.True(planned.Sum() > 0);
        Assert.Equal(weeks.Zip(planned).ToDictionary(), weeks.ToDictionary(w => w, w => perWeek.GetValueOrDefault(w)));
    }

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgBlocks();

    [GeneratedRegex("<table\\b.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Tables();

    [GeneratedRegex("<div class=\"round-figures\">.*?</svg>\\s*</div>", RegexOptions.Singleline)]
    private static partial Regex RoundFigures();

    [GeneratedRegex("(?<![a-z-])(?:max-)?width:\\s*(?<n>[^;\"]+?)px")]
    private static partial Regex CssNumber();
}
