using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Narplan.Domain.Access;
using Narplan.Domain.Audit;
using Narplan.Web.Features.Audit;
using Narplan.Web.Features.Patients;
using Narplan.Web.Tests.Infrastructure;
using NodaTime;

namespace Narplan.Web.Tests.Audit;

/// <summary>Issue 18 item 4: Administration → logg in Swedish words, details as sentences, patients by (masked) name.</summary>
public partial class AuditLogInSwedishTests(NarplanAppFactory app) : IClassFixture<NarplanAppFactory>
{
    // Stored English words that are not also Swedish ones ("Patient", "Kommun", "Region" and "Person" are both).
    private static readonly string[] EnglishWords =
    [
        .. Enum.GetNames<AuditAction>(),
        .. Enum.GetNames<UserRole>(),
        "CareUnit", "RoundSeries", "RoundOccurrenceRecord", "PlanSection", "PlanVersion", "UnitResponsibility", "RegionalUnit",
        "AcuteContact", "BreakpointConversationRecord", "DeathRecord", "PalliativeCourse", "NarplanUser", "RuleProfileVersion", "SubRegion",
        "SarskiltBoende", "PaPlats", "MoveToNextWorkingDay", "EveryOtherWeek", "Held", "True", "False", "Login",
    ];

    [Fact]
    public async Task ShouldShowEveryKindOfEntryOfTheDemoLogInSwedishWithoutEnumOrDotNetTypeNames()
    {
        // A read, a refused read and a sign-in besides the demo data's creations.
        var nurse = await app.SignedInAsync("sjukskoterska@lidkoping.demo");
        var tolvan = await app.PatientIdAsync("Tolvan Tolvansson");
        Assert.Equal(HttpStatusCode.OK, (await nurse.GetAsync(PatientPage.Url(tolvan))).StatusCode);
        var doctor = await app.SignedInAsync("lakare@herrljunga-vc.demo");
        await doctor.GetAsync(PatientPage.Url(tolvan));

        var admin = await app.SignedInAsync("admin@narplan.demo");
        var first = await admin.GetStringAsync("/administration/logg");
        var types = TypeOption().Matches(TypeSelect().Match(first).Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Contains("Enhet", types);
        Assert.Contains("Brytpunktssamtal", types);
        Assert.Contains("Akut kontakt", types);
        Assert.DoesNotContain("CareUnit", types);

        var pages = new List<string> { first };
        foreach (var type in types)
        {
            pages.Add(await admin.GetStringAsync($"/administration/logg?typ={Uri.EscapeDataString(type)}"));
        }

        foreach (var action in Enum.GetValues<AuditAction>())
        {
            pages.Add(await admin.GetStringAsync($"/administration/logg?handelse={AuditText.ActionKey(action)}"));
        }

        // The demo administrator is called "Adam Admin": a person's name, not the role's enum name.
        var all = string.Join("\n", pages.Select(VisibleText)).Replace("Adam Admin", "");
        foreach (var word in EnglishWords)
        {
            Assert.False(Regex.IsMatch(all, $@"\b{word}\b"), $"«{word}» står på sidan: …{Around(all, word)}…");
        }

        Assert.DoesNotContain("System.", all);
        Assert.DoesNotContain("Narplan.", all);
        Assert.DoesNotContain("`1[", all);
        // No stored field name (CareUnitId, PlanVersionId, AnchorDate …) is left untranslated.
        var camel = CamelCase().Match(all);
        Assert.False(camel.Success, $"«{camel.Value}» står på sidan: …{Around(all, camel.Value)}…");
        // No raw id either: a unit or a patient is shown by name.
        Assert.DoesNotMatch(GuidText(), all);

        Assert.Contains("Sjuksköterska (kommun)", all);
        Assert.Contains("Läsning", all);
        Assert.Contains("Nekad läsning", all);
        Assert.Contains("Inloggning", all);
        Assert.Contains("Läste patientens uppgifter: patientsida.", all);
        Assert.Contains("namn: Hagagården", all);
        Assert.Contains("Skapad med ", all);
    }

    [Fact]
    public async Task ShouldShowPatientsByNameWithALinkAndAProtectedPatientMasked()
    {
        var gunnar = await app.PatientIdAsync("Gunnar Exempelsson"); // demo: sekretessmarkering
        var tolvan = await app.PatientIdAsync("Tolvan Tolvansson");
        var admin = await app.SignedInAsync("admin@narplan.demo");

        var page = await admin.GetStringAsync("/administration/logg?typ=Patient");

        Assert.DoesNotContain("Gunnar", page);
        Assert.Contains($"<a href=\"{PatientLogPage.Url(gunnar)}\" title=\"Patientens loggutdrag\">{PatientText.ProtectedName}</a>", page);
        Assert.Contains($"<a href=\"{PatientLogPage.Url(tolvan)}\" title=\"Patientens loggutdrag\">Tolvan Tolvansson</a>", page);
        Assert.DoesNotContain($">{tolvan}<", page);
        // Showing the names is itself a read of patient data, logged per patient.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.PatientId == gunnar && e.Action == AuditAction.Read && e.Details == "administratörens logg")));
    }

    [Fact]
    public void ShouldTurnAnOldRowsDotNetTypeNamesAndEnglishDatesIntoASwedishSentence()
    {
        // Rows written before issue 18 keep their text (their hashes stay valid); only the display changes.
        var old = new AuditEntry(
            Instant.FromUtc(2026, 3, 1, 9, 0), null, "Närplan (system)", null, "System", AuditAction.Create, "PlanSection", Guid.NewGuid().ToString(), null,
            "Content: ActionRows; Heading: 3.1 Kommunikation och dokumentation; Mandatory: False; Rows: System.Collections.Generic.List`1[Narplan.Domain.Plans.ActionRow]; Text: ");
        var series = new AuditEntry(
            Instant.FromUtc(2026, 3, 1, 9, 0), null, "Närplan (system)", null, "System", AuditAction.Update, "RoundSeries", Guid.NewGuid().ToString(), null,
            "AnchorDate: Thursday, 08 January 2026 → Thursday, 15 January 2026; Recurrence: Weekly → EveryOtherWeek");

        Assert.Equal(
            "Skapad med innehållstyp: åtgärdsrader; rubrik: 3.1 Kommunikation och dokumentation; obligatoriskt: nej; rader: en lista.",
            AuditText.Details(old, _ => null));
        Assert.Equal(
            "Ändrade första datum från 2026-01-08 till 2026-01-15; återkommer från varje vecka till varannan vecka.",
            AuditText.Details(series, _ => null));
        Assert.Equal("Systemet", AuditText.Role("System"));
        Assert.Equal("Brytpunktssamtal", AuditText.EntityType("BreakpointConversationRecord"));
    }

    [Fact]
    public async Task ShouldFilterByASwedishActionWord()
    {
        var admin = await app.SignedInAsync("admin@narplan.demo");

        var page = await admin.GetStringAsync("/administration/logg?handelse=inloggning");

        Assert.Contains("<option value=\"inloggning\" selected>Inloggning</option>", page);
        Assert.Contains("<td>Inloggning</td>", page);
        foreach (var other in Enum.GetValues<AuditAction>().Where(a => a != AuditAction.SignIn))
        {
            Assert.DoesNotContain($"<td>{AuditText.Action(other)}</td>", page);
        }
    }

    private static string VisibleText(string html)
    {
        // The filters and the table: the header holds the signed-in user's own name ("Adam Admin").
        var start = html.IndexOf("<form method=\"get\"", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", StringComparison.Ordinal);
        var main = html[start..end];
        main = Regex.Replace(main, "<(script|style)[^>]*>.*?</\\1>", " ", RegexOptions.Singleline);
        main = Regex.Replace(main, "<[^>]+>", " ");
        return WebUtility.HtmlDecode(main);
    }

    private static string Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? "" : text.Substring(Math.Max(0, at - 80), Math.Min(160, text.Length - Math.Max(0, at - 80)));
    }

    [GeneratedRegex("<select id=\"type\"[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex TypeSelect();

    private static Regex TypeOption() => new("<option value=\"([^\"]+)\"", RegexOptions.None);

    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidText();
}
