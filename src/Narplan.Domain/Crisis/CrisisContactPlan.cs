using System.Text.RegularExpressions;
using Narplan.Domain.Plans;

namespace Narplan.Domain.Crisis;

/// <summary>One who stands in for the förvaltningschef, in order (seed 000: "1. Verksamhetschef Socialt stöd …").</summary>
public sealed record CrisisSubstitute(string Title, string Name, string? Phone);

/// <summary>
/// A kommun's crisis and POSOM contacts as data that can answer "who now" (issue 19 item 7, DOMAIN.md §2): the
/// förvaltningschef in office hours, the substitutes in order when the förvaltningschef is marked absent, and TIB
/// (tjänsteman i beredskap) via växel outside office hours. One per kommun; the plan's crisis section is its source
/// (<see cref="FromPlan"/>). Office hours apply on working days of the Swedish calendar only (decision 0078).
/// </summary>
public sealed partial class CrisisContactPlan : IVersioned
{
    public const int MaxTextLength = 200;
    public const int MaxSubstitutes = 10;

    private CrisisContactPlan()
    {
        ChiefTitle = "";
        ChiefName = "";
        OutsideOfficeName = "";
        OutsideOfficePhone = "";
        Substitutes = [];
    }

    public Guid Id { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>When office hours begin on a working day (Swedish time), e.g. 08:00.</summary>
    public LocalTime OfficeOpens { get; private set; }

    /// <summary>When office hours end on a working day (Swedish time), e.g. 17:00; the minute 17:00 itself is outside.</summary>
    public LocalTime OfficeCloses { get; private set; }

    /// <summary>The first to call in office hours: "Förvaltningschef" (or "Socialchef").</summary>
    public string ChiefTitle { get; private set; }

    public string ChiefName { get; private set; }

    public string? ChiefPhone { get; private set; }

    /// <summary>Who stands in when the förvaltningschef is absent, in order.</summary>
    public IReadOnlyList<CrisisSubstitute> Substitutes { get; private set; }

    /// <summary>Who answers outside office hours: "TIB i regionen" (tjänsteman i beredskap).</summary>
    public string OutsideOfficeName { get; private set; }

    /// <summary>The växel that reaches TIB, e.g. 010-435 80 00.</summary>
    public string OutsideOfficePhone { get; private set; }

    public int Version { get; private set; }

    /// <summary>The people in calling order: the förvaltningschef first, then the substitutes.</summary>
    public IReadOnlyList<CrisisSubstitute> Chain => [new CrisisSubstitute(ChiefTitle, ChiefName, ChiefPhone), .. Substitutes];

    /// <summary>Creates the kommun's contacts; each bad field is refused with a Swedish message beside it.</summary>
    public static CrisisContactPlan Create(
        Guid kommunId, LocalTime? opens, LocalTime? closes, string? chiefTitle, string? chiefName, string? chiefPhone,
        IReadOnlyList<CrisisSubstitute> substitutes, string? outsideName, string? outsidePhone)
    {
        var plan = new CrisisContactPlan { Id = Guid.CreateVersion7(), KommunId = kommunId };
        plan.Change(opens, closes, chiefTitle, chiefName, chiefPhone, substitutes, outsideName, outsidePhone);
        return plan;
    }

    /// <summary>Changes the contacts; nothing changes when a field is refused.</summary>
    public void Change(
        LocalTime? opens, LocalTime? closes, string? chiefTitle, string? chiefName, string? chiefPhone,
        IReadOnlyList<CrisisSubstitute> substitutes, string? outsideName, string? outsidePhone)
    {
        if (opens is not { } o)
        {
            throw new FieldRefusal(nameof(OfficeOpens), "Ange när kontorstiden börjar (TT:MM).");
        }

        if (closes is not { } c)
        {
            throw new FieldRefusal(nameof(OfficeCloses), "Ange när kontorstiden slutar (TT:MM).");
        }

        if (c <= o)
        {
            throw new FieldRefusal(nameof(OfficeCloses), "Kontorstiden måste sluta efter att den börjar.");
        }

        var title = Required(chiefTitle, nameof(ChiefTitle), "Ange titeln på den som ringes först, t.ex. Förvaltningschef.");
        var name = Required(chiefName, nameof(ChiefName), "Ange förvaltningschefens namn.");
        var phone = Optional(chiefPhone, nameof(ChiefPhone));
        if (substitutes.Count > MaxSubstitutes)
        {
            throw new FieldRefusal(nameof(Substitutes), $"Högst {MaxSubstitutes} ersättare.");
        }

        var subs = new List<CrisisSubstitute>();
        for (var i = 0; i < substitutes.Count; i++)
        {
            var s = substitutes[i];
            var t = s.Title?.Trim();
            var n = s.Name?.Trim();
            if (string.IsNullOrEmpty(t) || string.IsNullOrEmpty(n))
            {
                throw new FieldRefusal(nameof(Substitutes), $"Ersättare {i + 1} behöver både titel och namn (Titel | Namn | Telefon).");
            }

            if (t.Length > MaxTextLength || n.Length > MaxTextLength || (s.Phone?.Trim().Length ?? 0) > MaxTextLength)
            {
                throw new FieldRefusal(nameof(Substitutes), $"Ersättare {i + 1}: varje del får vara högst {MaxTextLength} tecken.");
            }

            subs.Add(new CrisisSubstitute(t, n, string.IsNullOrWhiteSpace(s.Phone) ? null : s.Phone.Trim()));
        }

        if (subs.Select(s => s.Name).Append(name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != subs.Count + 1)
        {
            throw new FieldRefusal(nameof(Substitutes), "Samma person får bara stå en gång i ordningen.");
        }

        var outside = Required(outsideName, nameof(OutsideOfficeName), "Ange vem som nås utanför kontorstid, t.ex. TIB i regionen.");
        var outsideNumber = Required(outsidePhone, nameof(OutsideOfficePhone), "Ange växelns nummer som når TIB utanför kontorstid.");

        OfficeOpens = o;
        OfficeCloses = c;
        ChiefTitle = title;
        ChiefName = name;
        ChiefPhone = phone;
        Substitutes = subs;
        OutsideOfficeName = outside;
        OutsideOfficePhone = outsideNumber;
    }

    public void Touch() => Version++;

    /// <summary>
    /// A first version from the plan's crisis section (seed 000): office hours read from the first contact whose hours
    /// say "8–16" or "08:00–17:00", TIB and its växel from the contact that names where to turn outside office hours,
    /// the substitutes' titles from the plan's substitute order (their names are left for the kommun to fill in, shown
    /// as "Namn saknas"). Null when the plan has nothing to start from.
    /// </summary>
    public static CrisisContactPlan? FromPlan(Guid kommunId, PlanDetails details, string chiefName, string? chiefPhone)
    {
        if (details.CrisisContacts.Count == 0 && details.SubstituteOrder.Count == 0)
        {
            return null;
        }

        var hours = details.CrisisContacts.Select(c => ParseHours(c.OfficeHours)).FirstOrDefault(h => h is not null) ?? (new LocalTime(8, 0), new LocalTime(17, 0));
        var outside = details.CrisisContacts.Select(c => c.OutsideOfficeHours).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        var phone = outside is null ? null : PhonePattern().Match(outside) is { Success: true } m ? m.Value.Trim() : null;
        return Create(
            kommunId, hours.Opens, hours.Closes, "Förvaltningschef", string.IsNullOrWhiteSpace(chiefName) ? "Namn saknas – förvaltningschef" : chiefName, chiefPhone,
            details.SubstituteOrder.Select(t => new CrisisSubstitute(t, "Namn saknas – " + t, null)).ToList(),
            outside is not null && outside.Contains("TIB", StringComparison.OrdinalIgnoreCase) ? "TIB (tjänsteman i beredskap) i regionen" : "Tjänsteman i beredskap",
            phone ?? "Nummer saknas");
    }

    /// <summary>Reads "Kontorstid vardagar 8–16" or "08:00-17:00"; null when the text names no hours.</summary>
    public static (LocalTime Opens, LocalTime Closes)? ParseHours(string? text)
    {
        var m = HoursPattern().Match(text ?? "");
        if (!m.Success)
        {
            return null;
        }

        static int Part(Group g) => g.Success ? int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var (h1, m1, h2, m2) = (Part(m.Groups[1]), Part(m.Groups[2]), Part(m.Groups[3]), Part(m.Groups[4]));
        if (h1 > 23 || h2 > 23 || m1 > 59 || m2 > 59)
        {
            return null;
        }

        var (opens, closes) = (new LocalTime(h1, m1), new LocalTime(h2, m2));
        return closes > opens ? (opens, closes) : null;
    }

    private static string Required(string? text, string field, string missing)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? throw new FieldRefusal(field, missing)
            : t.Length > MaxTextLength ? throw new FieldRefusal(field, $"Högst {MaxTextLength} tecken.")
            : t;
    }

    private static string? Optional(string? text, string field)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > MaxTextLength ? throw new FieldRefusal(field, $"Högst {MaxTextLength} tecken.") : t;
    }

    [GeneratedRegex(@"\b(\d{1,2})(?:[:.](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[:.](\d{2}))?\b")]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"0\d{1,3}[- ]?\d{2,3}(?: ?\d{2}){1,3}")]
    private static partial Regex PhonePattern();
}
