using Narplan.Web.Features.Acute;
using Narplan.Web.Features.OnCall;
using Narplan.Web.Features.Organisations;
using Narplan.Web.Features.Patients;
using Narplan.Web.Features.Plans;
using Narplan.Web.Features.Rounds;

namespace Narplan.Web.Api;

/// <summary>
/// The examples of the OpenAPI document (issue 22.5), per operation id: a request body, a 200 answer, and the Swedish
/// detail of each problem answer. Where Närplan has the function, the example is its real output (NEWS2, holidays,
/// the on-call timeline for Lidköping's demo unit over midsommar 2026); the others are the demo data's shape.
/// Redocly checks every example against its schema (<c>no-invalid-media-type-examples</c> is an error in
/// tools/openapi-lint/redocly.yaml). Names and numbers are the demo data's, not real people's.
/// </summary>
public static class ApiExamples
{
    /// <summary>What the document shows for one operation.</summary>
    public sealed record Example
    {
        /// <summary>The request body (serialised with the API's JSON options).</summary>
        public object? Request { get; init; }

        /// <summary>The 200 answer as JSON.</summary>
        public object? Response { get; init; }

        /// <summary>A 200 answer that is text (iCalendar), with its media type.</summary>
        public (string MediaType, string Text)? ResponseText { get; init; }

        /// <summary>The problem detail text per status (400, 404 …); a status without one gets <see cref="DefaultDetail"/>.</summary>
        public IReadOnlyDictionary<int, string> Problems { get; init; } = new Dictionary<int, string>();

        /// <summary>Parameter examples by name (query and path).</summary>
        public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    }

    private static readonly Guid UnitId = Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c51");
    private static readonly Guid KommunId = Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c11");
    private static readonly Guid PlanId = Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c71");
    private static readonly Guid PartyId = Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c21");
    private static readonly Guid CentreId = Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c31");

    /// <summary>The detail Närplan gives for a status when an operation names none of its own.</summary>
    public static string DefaultDetail(int status) => status switch
    {
        400 => "Begäran är felaktig. Kontrollera parametrarna.",
        401 => "Logga in för att använda den här delen av API:t.",
        404 => "Det du sökte finns inte.",
        _ => "Se title.",
    };

    private const string UnknownUnit = "Det finns ingen enhet med det id:t.";

    private static readonly Dictionary<string, string> Unit = new() { ["id"] = UnitId.ToString() };

    public static IReadOnlyDictionary<string, Example> ByOperation { get; } = Build();

    private static Dictionary<string, Example> Build()
    {
        var vitals = new News2Request(22, 95, 1, Domain.Acute.AirOrOxygen.Air, 105, 112, Domain.Acute.Consciousness.Alert, 38.4m);
        var news2 = News2Api.Score(vitals).Result is Microsoft.AspNetCore.Http.HttpResults.Ok<News2Response> ok ? ok.Value : null;
        return new Dictionary<string, Example>
        {
            ["ListUnits"] = new()
            {
                Response = new List<UnitDto>
                {
                    new(UnitId, "Hagagården", "SarskiltBoende", "Herrljunga", "Västra Götalandsregionen", 40, "Närhälsan Herrljunga vårdcentral", ["Karin Åberg"]),
                },
                Problems = new Dictionary<int, string> { [400] = $"Okänd enhetstyp 'Slott'. Giltiga typer: {string.Join(", ", Enum.GetNames<Domain.Places.CareUnitType>())}." },
                Parameters = new Dictionary<string, string> { ["kommun"] = "Herrljunga", ["type"] = "SarskiltBoende", ["limit"] = "50", ["offset"] = "0" },
            },
            ["ListKommuner"] = new()
            {
                Response = new List<KommunDto>
                {
                    new(KommunId, "Herrljunga", "1466", "Västra Götalandsregionen", "Södra Älvsborg", 6, 180, 1, null),
                },
                Problems = new Dictionary<int, string> { [400] = "'code' är kommunkoden med fyra siffror, t.ex. 1466, inte '14'." },
                Parameters = new Dictionary<string, string> { ["region"] = "VGR", ["code"] = "1466", ["limit"] = "100", ["offset"] = "0" },
            },
            ["GetKommun"] = new()
            {
                Response = new KommunDto(KommunId, "Herrljunga", "1466", "Västra Götalandsregionen", "Södra Älvsborg", 6, 180, 1, null),
                Problems = new Dictionary<int, string> { [404] = "Det finns ingen kommun med det id:t." },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString() },
            },
            ["GetUnit"] = new()
            {
                Response = new UnitDto(UnitId, "Hagagården", "SarskiltBoende", "Herrljunga", "Västra Götalandsregionen", 40, "Närhälsan Herrljunga vårdcentral", ["Karin Åberg"]),
                Problems = new Dictionary<int, string> { [404] = UnknownUnit },
                Parameters = Unit,
            },
            ["ListHolidays"] = new()
            {
                Response = CalendarAndOnCallApi.Holidays(2026).Result is Microsoft.AspNetCore.Http.HttpResults.Ok<List<HolidayDto>> holidays
                    ? holidays.Value!.Where(h => h.Date.StartsWith("2026-06", StringComparison.Ordinal)).ToList()
                    : null,
                Problems = new Dictionary<int, string> { [400] = $"Året måste vara mellan {SwedishCalendar.MinYear} och {SwedishCalendar.MaxYear}." },
                Parameters = new Dictionary<string, string> { ["year"] = "2026" },
            },
            ["GetUnitOnCall"] = new()
            {
                Response = new OnCallDto(
                    UnitId, "Bäckliden", "beredskapsjour", "Beredskapsläkare Skaraborg", "010-441 00 00", null,
                    "2026-06-18T17:00:00+02:00", "2026-06-22T08:00:00+02:00",
                    new OnCallNextDto("vardcentral", "Närhälsan Lidköping vårdcentral", "2026-06-22T08:00:00+02:00"),
                    [new OnCallContactDto(1, "beredskapsjour", "Ring beredskapsläkaren", "010-441 00 00")],
                    120, 30, ["Akuta läkarbedömningar som inte kan vänta till vardag dagtid."], "Ring 112 vid livshotande tillstånd.",
                    false, false, null, null, null, "Beredskapsjouren Skaraborg", "advice", []),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'need' måste vara advice (råd, standard) eller acute-home-visit (troligt akut hembesök).",
                    [404] = UnknownUnit,
                },
                Parameters = new Dictionary<string, string> { ["id"] = UnitId.ToString(), ["at"] = "2026-06-19T14:00:00+02:00", ["need"] = "advice" },
            },
            ["GetUnitOnCallTimeline"] = new()
            {
                Response = TimelineExample(),
                Problems = new Dictionary<int, string>
                {
                    [400] = $"Tidslinjen omfattar högst {OnCallTimelineApi.MaxDays} dagar. Dela upp frågan.",
                    [404] = UnknownUnit,
                },
                Parameters = new Dictionary<string, string> { ["id"] = UnitId.ToString(), ["from"] = "2026-06-18", ["to"] = "2026-06-21" },
            },
            ["UnitOnCallFeed"] = new()
            {
                ResponseText = ("text/calendar", string.Join("\r\n",
                    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Närplan//Vem svarar//SV", "X-WR-CALNAME:Vem svarar – Bäckliden",
                    "BEGIN:VEVENT", $"UID:{UnitId:N}-2026-06-18T150000Z@oncall.narplan", "DTSTAMP:20260601T080000Z",
                    "DTSTART;TZID=Europe/Stockholm:20260618T170000", "DTEND;TZID=Europe/Stockholm:20260622T080000",
                    "SUMMARY:Beredskapsläkare Skaraborg", "END:VEVENT", "END:VCALENDAR", "")),
                Problems = new Dictionary<int, string> { [404] = UnknownUnit },
                Parameters = Unit,
            },
            ["GetUnitPlaces"] = new()
            {
                Response = new Features.Capacity.UnitPlacesDto(
                    UnitId, "Hagagården", "2026-12-02", 40, [new("2027-06-01", 44)], [new("2025-01-01", 38), new("2026-03-01", 40), new("2027-06-01", 44)]),
            },
            ["GetKommunPlaces"] = new()
            {
                Response = new List<Features.Capacity.KommunUnitPlacesDto> { new(UnitId, "Hagagården", "SarskiltBoende", 40) },
            },
            ["GetKommunPlaceReport"] = new()
            {
                Response = new Features.PlaceReports.PlaceReportDto(KommunId, "Herrljunga", "2026-11", "2026-11-30", 68,
                [
                    new(CentreId, "Närhälsan Herrljunga vårdcentral", 68,
                    [
                        new(UnitId, "Hagagården", "SarskiltBoende", 40),
                        new(Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c52"), "Eken", "SarskiltBoende", 28),
                    ]),
                ],
                new Features.PlaceReports.PlaceReportSentDto("2026-12-03T08:15:00Z", 68)),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'month': december 2026 är inte slut än. Platserna räknas den sista dagen i månaden (2026-12-31); rapporten kan göras från 2027-01-01.",
                    [404] = "Det finns ingen kommun med det id:t.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["month"] = "2026-11" },
            },
            ["ListOralHealthAssessmentsDue"] = new()
            {
                Response = new List<Features.OralHealth.OralHealthDueDto>
                {
                    new(Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c33"), Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c22"), UnitId, "Hagagården", "2024-10-01", "2025-11-10", "2026-11-10", true),
                },
                Problems = new Dictionary<int, string> { [400] = $"'limit' måste vara ett heltal från 1 (högst {ApiPage.MaxLimit} används), inte 'alla'." },
                Parameters = new Dictionary<string, string> { ["limit"] = "50", ["offset"] = "0" },
            },
            ["GetKommunOralHealthFigures"] = new()
            {
                Response = new Features.OralHealth.OralHealthFiguresDto(KommunId, "2026-01-01", "2026-12-31", 3, 3, 2, 1, 1),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'to' är före 'from'.",
                    [404] = "Det finns ingen kommun med det id:t som du har tillgång till.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["from"] = "2026-01-01", ["to"] = "2026-12-31" },
            },
            ["ListSelfCareFollowUpsDue"] = new()
            {
                Response = new List<Features.SelfCare.SelfCareDueDto>
                {
                    new(Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c11"), Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c22"), "2025-10-15", "2026-10-15", true, "Närhälsan Herrljunga vårdcentral"),
                },
                Problems = new Dictionary<int, string> { [400] = $"'limit' måste vara ett heltal från 1 (högst {ApiPage.MaxLimit} används), inte 'alla'." },
                Parameters = new Dictionary<string, string> { ["limit"] = "50", ["offset"] = "0" },
            },
            ["ListSipTasksDue"] = new()
            {
                Response = new List<Features.Sip.SipDueDto>
                {
                    new("offer", Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c22"), null, "2026-11-26", true),
                    new("action", Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c23"), Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c31"), "2026-12-04", false),
                },
                Problems = new Dictionary<int, string> { [400] = $"'limit' måste vara ett heltal från 1 (högst {ApiPage.MaxLimit} används), inte 'alla'." },
                Parameters = new Dictionary<string, string> { ["limit"] = "50", ["offset"] = "0" },
            },
            ["ListPatientSip"] = new()
            {
                Response = new List<Features.Sip.SipOfferDto>
                {
                    new(Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c31"), "HospitalDischarge", "2026-10-05", "2026-10-07", "Accepted", "2026-10-09", "2026-10-20", "Teams",
                        null, true, "2027-01-20", null, "Samsa", "SIP-2026-0142", null,
                        [new("Närhälsan Lidköping vårdcentral", "Läkare", "Oskar Wallin"), new("Lidköpings kommun", "Sjuksköterska", null)],
                        [new("Läkemedelsgenomgång", "Närhälsan Lidköping vårdcentral", "2026-11-15", "2026-11-12")]),
                },
                Problems = new Dictionary<int, string> { [404] = "Det finns ingen patient med det id:t som du har tillgång till." },
            },
            ["GetKommunSipFigures"] = new()
            {
                Response = new Features.Sip.SipFiguresDto(KommunId, "2026-01-01", "2026-12-01", 3, new(2, 3), 4, new(3, 4), new(2, 3)),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'from' måste vara ett datum på formen ÅÅÅÅ-MM-DD (fick '1/1').",
                    [404] = "Det finns ingen kommun med det id:t som du har tillgång till.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["from"] = "2026-01-01", ["to"] = "2026-12-01" },
            },
            ["GetVaccinationBoard"] = new()
            {
                Response = new Features.Vaccination.VaccinationBoardDto(
                    Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4d01"), "Herrljunga", "Autumn", 2026, "2026-10-15", "2026-12-31", "2026-09-25", true, true,
                    [new(UnitId, "Hagagården", "Närhälsan Herrljunga vårdcentral", 30, 8, 25, true, 4, 3, 2, 1)]),
                Problems = new Dictionary<int, string> { [404] = "Det finns ingen vaccinationskampanj med det id:t som du har tillgång till." },
            },
            ["ListVaccinationDocumentationDue"] = new()
            {
                Response = new List<Features.Vaccination.VaccinationDocumentationDto>
                {
                    new(Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4d11"), Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4c22"), Guid.Parse("0193a1c2-5b7e-7c3d-9a41-2f6e8b0d4d01"),
                        "EnhancedInfluenza", "2026-11-10", "2026-11-17", null, true, "Hagagården", "Närhälsan Herrljunga vårdcentral"),
                },
                Problems = new Dictionary<int, string> { [400] = $"'limit' måste vara ett heltal från 1 (högst {ApiPage.MaxLimit} används), inte 'alla'." },
                Parameters = new Dictionary<string, string> { ["limit"] = "50", ["offset"] = "0" },
            },
            ["GetVaccinationFigures"] = new()
            {
                Response = new Features.Vaccination.VaccinationFiguresDto(
                    KommunId, "2026-10-01", "2026-12-31", 9, 7, 5, 4, new Dictionary<string, int> { ["EnhancedInfluenza"] = 5, ["StandardInfluenza"] = 1, ["Covid19"] = 3 }),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'from' måste vara ett datum på formen ÅÅÅÅ-MM-DD (fick 'igår').",
                    [404] = "Det finns ingen kommun med det id:t som du har tillgång till.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["from"] = "2026-10-01", ["to"] = "2026-12-31" },
            },
            ["GetKommunCrisisContact"] = new()
            {
                Response = new Features.Crisis.CrisisContactDto(
                    KommunId, "Herrljunga", "2026-12-24T10:00:00+01:00", "tib", "TIB via växel", "TIB (tjänsteman i beredskap) i regionen", "010-435 80 00",
                    "2026-12-23T16:00:00+01:00", "2026-12-28T08:00:00+01:00", false, "Julafton", "Julafton: ingen kontorstid. Ring TIB (tjänsteman i beredskap) i regionen via växeln.",
                    "forvaltningschef", "Eva Strand",
                    [
                        new(1, "Förvaltningschef", "Eva Strand", "031-390 06 92", false),
                        new(2, "Verksamhetschef Socialt stöd", "Olle Berg", "031-390 06 93", false),
                    ]),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'at': " + SupportedDates.OutOfRangeMessage,
                    [404] = Features.Crisis.CrisisSetup.UnknownKommun,
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["at"] = "2026-12-24T10:00:00+01:00" },
            },
            ["ValidateIdentityNumber"] = new()
            {
                Request = new IdentityNumberRequest("19121212-1212"),
                Response = new IdentityNumberValidationDto(true, "personnummer", "191212121212", new LocalDate(1912, 12, 12), "man", null),
                Problems = new Dictionary<int, string> { [400] = "Begäran ska vara JSON på formen { \"value\": \"ÅÅÅÅMMDD-NNNN\" }." },
            },
            ["ListUnitRounds"] = new()
            {
                Response = new List<RoundDto>
                {
                    new("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c61-20260616@rounds.narplan", "2026-06-16T13:00:00+02:00", "2026-06-16T14:00:00+02:00",
                        "planned", "2026-06-16T13:00:00+02:00", "PåPlats", "Karin Åberg", null),
                },
                Problems = new Dictionary<int, string>
                {
                    [400] = "'from' måste vara ett datum på formen ÅÅÅÅ-MM-DD, t.ex. 2026-06-01 (fick '16/6').",
                    [404] = UnknownUnit,
                },
                Parameters = new Dictionary<string, string> { ["id"] = UnitId.ToString(), ["from"] = "2026-06-01", ["to"] = "2026-06-30" },
            },
            ["ScoreNews2"] = new()
            {
                Request = vitals,
                Response = news2,
                Problems = new Dictionary<int, string> { [400] = "En eller flera vitalparametrar är orimliga: En puls på 900 slag per minut är inte möjlig. Ange slag per minut (20–250)." },
            },
            ["ListPlans"] = new()
            {
                Response = new List<PlanDto>
                {
                    new(PlanId, "Herrljunga", "Västra Götalandsregionen", "Naromradesplan", "Närområdesplan för Herrljunga", 1, $"/publicerat/{PlanId}",
                        [new PlanVersionDto(1, "Publicerad", "2026-03-02", "2026-03-16",
                            PlansApi.DocxUrl(PlanId, 1), PlansApi.PdfUrl(PlanId, 1), $"/api/v1/plans/{PlanId}/versions/1.xlsx")]),
                },
                Problems = new Dictionary<int, string> { [400] = "Okänd kommun 'Atlantis'." },
                Parameters = new Dictionary<string, string> { ["kommun"] = "Herrljunga", ["region"] = "VGR", ["limit"] = "50", ["offset"] = "0" },
            },
            ["DownloadPlanVersion"] = new()
            {
                Problems = new Dictionary<int, string>
                {
                    [400] = "Ange versionen som t.ex. 2.docx, 2.pdf eller 2.xlsx.",
                    [404] = "Det finns ingen sådan plan eller version.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = PlanId.ToString(), ["n"] = "1", ["format"] = "docx" },
            },
            ["GetPlanVersion"] = new()
            {
                Response = PlanExample(),
                Problems = new Dictionary<int, string> { [404] = "Versionen är inte publicerad. Logga in som part i planen för att läsa den." },
                Parameters = new Dictionary<string, string> { ["id"] = PlanId.ToString(), ["n"] = "1" },
            },
            ["UnitRoundsFeed"] = new() { Problems = new Dictionary<int, string> { [404] = UnknownUnit }, Parameters = Unit, ResponseText = RoundsIcs() },
            ["CareCentreRoundsFeed"] = new()
            {
                Problems = new Dictionary<int, string> { [404] = "Det finns ingen vårdcentral med det id:t." },
                Parameters = new Dictionary<string, string> { ["id"] = CentreId.ToString() },
                ResponseText = RoundsIcs(),
            },
            ["DoctorRoundsFeed"] = new()
            {
                Problems = new Dictionary<int, string> { [404] = "Kalenderlänken finns inte eller har återkallats." },
                ResponseText = RoundsIcs(),
            },
            ["GetPlanFollowUp"] = new()
            {
                Response = new Features.FollowUp.FollowUpSummaryDto(PlanId, "Herrljunga", "Gemensam närområdesplan", 2, "2026", "Helåret 2026", "2026-01-01", "2026-12-31",
                [
                    new("lakartillganglighet", "Tillgänglighet läkarmedverkan",
                    [
                        new("telefon-inom-30-min", "Telefonkontakt med läkare inom 30 minuter", "Share", true, 0.925, 37, 40, null, null),
                        new("telefon-median", "Tid till telefonkontakt, median (minuter)", "Minutes", true, 12.5, null, 40, null, null),
                    ]),
                    new("palliativ", "Palliativ vård",
                    [
                        new("brytpunktssamtal", "Brytpunktssamtal vid väntade dödsfall", "Share", true, 0.889, 8, 9, 98, false),
                    ]),
                    new("sip", "Samordnad individuell plan, SIP",
                    [
                        new("sip-erbjuden", "SIP erbjuden", "Count", false, null, null, null, null, null),
                    ]),
                ]),
                Problems = new Dictionary<int, string>
                {
                    [400] = "Perioden ”2026-h3” känns inte igen. Välj våren (ÅÅÅÅ-h1), hösten (ÅÅÅÅ-h2), ett helår (ÅÅÅÅ) eller egna datum.",
                    [404] = "Det finns ingen publicerad plan med det id:t.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = PlanId.ToString(), ["period"] = "2026" },
            },
            ["GetAcuteFigures"] = new()
            {
                Response = new AcuteFiguresDto("Herrljunga", "2025-06-01", "2026-05-31", 42,
                    new PromiseFiguresDto(40, 37, 3, 2, 0, 12.5, 0.925), new PromiseFiguresDto(18, 17, 1, 0, 24, 85, 0.944),
                    [Guid.Parse("0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c91")], 31,
                    new Dictionary<string, int> { ["StayedHome"] = 30, ["Hospital"] = 12 }, 9, 8, 80),
                Problems = new Dictionary<int, string>
                {
                    [400] = "'to' är före 'from'.",
                    [404] = "Det finns ingen kommun med det id:t.",
                },
                Parameters = new Dictionary<string, string> { ["id"] = KommunId.ToString(), ["from"] = "2025-06-01", ["to"] = "2026-05-31" },
            },
        };
    }

    /// <summary>The real timeline for a Skaraborg unit over midsommar 2026 (seed 002's rules): Thursday daytime, then the beredskapsjour.</summary>
    private static OnCallTimelineDto TimelineExample()
    {
        var profile = SeedOnCallProfiles.Skaraborg();
        var unit = new OnCallUnit("Bäckliden", "Närhälsan Lidköping vårdcentral", "031-390 06 18", "Sofia Eriksson");
        var from = new LocalDate(2026, 6, 18).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var until = new LocalDate(2026, 6, 22).AtStartOfDayInZone(Stockholm.Zone).ToInstant();
        var periods = OnCallTimeline.Between(at => new OnCallQuery(unit, [], profile, at), from, until)
            .Select(p => p.WithoutInternalNumbers()).ToList();
        return new OnCallTimelineDto(UnitId, unit.UnitName, ApiTime.Format(from), ApiTime.Format(until),
            periods.Any(p => p.InternalNumbersHidden), [.. periods.Select(OnCallTimelineApi.ToDto)]);
    }

    private static (string, string) RoundsIcs() => ("text/calendar", string.Join("\r\n",
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Närplan//Ronder//SV",
        "BEGIN:VEVENT", "UID:0193a2c4-5b1e-7d2a-9c41-2f6e8a1b3c61-20260616@rounds.narplan", "DTSTAMP:20260601T080000Z",
        "DTSTART;TZID=Europe/Stockholm:20260616T130000", "DTEND;TZID=Europe/Stockholm:20260616T140000",
        "SUMMARY:Rond Hagagården", "END:VEVENT", "END:VCALENDAR", ""));

    private static PlanVersionJson PlanExample() => new(
        PlanId, 1, "Herrljunga", "Västra Götalandsregionen", "Naromradesplan", "Närområdesplan för Herrljunga", "Publicerad",
        "2026-04-01", "2026-03-02", "2027-03-01", "2026-03-02", "2026-03-16",
        [new Domain.Plans.PlanParty(PartyId, "Herrljunga kommun", "Kommun")],
        [new Domain.Plans.Signatory(PartyId, "Kommun", "Anna Lind", "Socialchef", "Herrljunga kommun")],
        [new PlanApprovalJson(PartyId, "Herrljunga kommun", "Anna Lind", "2026-03-10T09:30:00Z", true)],
        [new Domain.Plans.AdvisoryDoctor("Karin Åberg", "Närhälsan Herrljunga vårdcentral", new LocalDate(2026, 4, 1))],
        [new Domain.Plans.CrisisContact("Tjänsteman i beredskap", "TiB Herrljunga", "Herrljunga kommun", "0513-170 00", "Dygnet runt")],
        ["Närhälsan Vårgårda vårdcentral"],
        [new Domain.Plans.CareNeighbour("Vårgårda", "Kommun")],
        ["Gemensam läkemedelsgenomgång vid inflyttning"],
        [new PlanSectionJson("syfte", "Syfte", 1, true, nameof(Domain.Plans.SectionContent.TextOnly), "Planen beskriver **hur** vi samverkar.", "<p>Planen beskriver <strong>hur</strong> vi samverkar.</p>\n",
            [new PlanActionRowJson("Fast läkarkontakt för alla enheter", "Utse läkare per enhet", "Q2 2026", "Vårdcentralschef", "Årlig uppföljning", null, "Pågår")])],
        [new PlanAppendix1RowJson("Hagagården", "Särskilt boende", "Närhälsan Herrljunga vårdcentral", "Karin Åberg", "tisdagar 13.00, varannan vecka", "På plats", "031-390 06 01")],
        [new PlanAppendix2RowJson("Förskolan Solrosen", "Närhälsan Herrljunga BVC")],
        PlansApi.DocxUrl(PlanId, 1),
        PlansApi.PdfUrl(PlanId, 1));
}
