using Narplan.Domain.Crisis;
using Narplan.Domain.HealthPromotion;
using Narplan.Domain.Ledningsteam;

namespace Narplan.Data.Demo;

/// <summary>
/// Demo data for crisis contacts, ledningsteam meetings, kompetensutveckling and health promotion (issue 19 items 6–8),
/// added once per register to a demo database that lacks it. Herrljunga follows seed 000 (kontorstid vardagar 8–16, the
/// substitute order, TIB i regionen via växel 010-435 80 00, hälsovecka V 36, hälsosamtal över 75); every person's name
/// is invented and every invented number lies in the ranges PTS reserves for fiction.
/// </summary>
internal static class DemoCrisisLedningsteamHealth
{
    private static readonly LocalDate Today = new(2026, 11, 24);

    private const string VgrSwitchboard = "010-435 80 00"; // seed 000: "TIB i regionen övrig tid – nås via växel 010-435 80 00"

    public static async Task SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct)
    {
        var kommuner = await db.Kommuner.AsNoTracking().ToDictionaryAsync(k => k.Name, k => k.Id, ct);
        await CrisisAsync(db, kommuner, ct);
        await LedningsteamAsync(db, ct);
        await CompetenceAsync(db, kommuner, ct);
        await HealthAsync(db, kommuner, ct);
    }

    /// <summary>
    /// Crisis contacts for the four demo kommuner. Herrljunga's förvaltningschef is marked absent 1–4 December 2026, so
    /// the first substitute answers then.
    /// </summary>
    private static async Task CrisisAsync(NarplanDbContext db, Dictionary<string, Guid> kommuner, CancellationToken ct)
    {
        if (await db.Set<CrisisContactPlan>().AnyAsync(ct))
        {
            return;
        }

        void Add(string kommun, int opens, int closes, string chief, string chiefPhone, (string Title, string Name, string Phone)[] subs, string outside, string outsidePhone,
            (string Name, LocalDate First, LocalDate Last)? absence = null)
        {
            if (!kommuner.TryGetValue(kommun, out var id))
            {
                return;
            }

            var plan = CrisisContactPlan.Create(
                id, new LocalTime(opens, 0), new LocalTime(closes, 0), "Förvaltningschef", chief, chiefPhone,
                subs.Select(s => new CrisisSubstitute(s.Title, s.Name, s.Phone)).ToList(), outside, outsidePhone);
            db.Add(plan);
            if (absence is { } a)
            {
                db.Add(CrisisAbsence.Record(plan, a.Name, a.First, a.Last, "Semester", Today));
            }
        }

        Add("Herrljunga", 8, 16, "Eva Strand", "031-390 06 90",
            [("Verksamhetschef Socialt stöd", "Olle Berg", "031-390 06 93"), ("Verksamhetschef Individ- och familjeomsorg", "Sara Nyberg", "031-390 06 94"),
                ("Verksamhetschef Vård och omsorg", "Per Sandberg", "031-390 06 95")],
            "TIB (tjänsteman i beredskap) i regionen", VgrSwitchboard, ("Eva Strand", new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 4)));
        Add("Lidköping", 8, 17, "Anders Vik", "031-390 06 80",
            [("Verksamhetschef Vård och omsorg", "Karin Ström", "031-390 06 81"), ("Verksamhetschef Stöd och omsorg", "Jonas Lind", "031-390 06 82")],
            "TIB (tjänsteman i beredskap) i regionen", VgrSwitchboard);
        Add("Vänersborg", 8, 17, "Ingrid Sjö", "031-390 06 70",
            [("Verksamhetschef Äldreomsorg", "Mats Ek", "031-390 06 71"), ("Verksamhetschef Funktionsstöd", "Lisa Holm", "031-390 06 72")],
            "TIB (tjänsteman i beredskap) i regionen", VgrSwitchboard);
        Add("Falkenberg", 8, 17, "Henrik Dal", "031-390 06 60",
            [("Verksamhetschef Vård och omsorg", "Anna Ros", "031-390 06 61")],
            "Tjänsteman i beredskap, Region Halland (demonummer)", "031-390 06 69");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Ledningsteam meetings in 2026 for every unit with a unit doctor: two held (March and September) for most; Eken
    /// (Herrljunga) held only one, so it is flagged; Lugnet (Lidköping) held one and plans the second in December.
    /// </summary>
    private static async Task LedningsteamAsync(NarplanDbContext db, CancellationToken ct)
    {
        if (await db.Set<LedningsteamMeeting>().AnyAsync(ct))
        {
            return;
        }

        var units = await db.CareUnits.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        var i = 0;
        foreach (var unit in units.Where(u => u.Type.HasUnitDoctor()))
        {
            var spring = new LocalDate(2026, 3, 3).PlusDays(7 * (i % 8));
            var autumn = new LocalDate(2026, 9, 8).PlusDays(7 * (i % 6));
            i++;
            var who = "Fast läkarkontakt (medicinskt rådgivningsansvarig på enhetsnivå), enhetschef, sjuksköterska, rehab";
            db.Add(LedningsteamMeeting.Create(unit.Id, unit.KommunId, spring, true, who, true, true, false,
                "Genomgång av avvikelser i samverkan och patientsäkerhetsarbetet.", Today));
            if (unit.Name == "Eken")
            {
                continue;
            }

            db.Add(unit.Name == "Lugnet"
                ? LedningsteamMeeting.Create(unit.Id, unit.KommunId, new LocalDate(2026, 12, 8), false, who, true, true, true, null, Today)
                : LedningsteamMeeting.Create(unit.Id, unit.KommunId, autumn, true, who, true, false, true,
                    "Utvärdering av gemensamma riktlinjer och rutiner.", Today));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The yearly joint assessment of kompetensutveckling (seed 002) for 2027 in each demo kommun.</summary>
    private static async Task CompetenceAsync(NarplanDbContext db, Dictionary<string, Guid> kommuner, CancellationToken ct)
    {
        if (await db.Set<CompetenceAssessment>().AnyAsync(ct))
        {
            return;
        }

        foreach (var (name, id) in kommuner)
        {
            db.Add(CompetenceAssessment.Record(
                id, new LocalDate(2026, 11, 17), 2027, $"MAS och enhetschefer i {name} kommun, vårdcentralschefer och medicinskt rådgivningsansvariga läkare",
                "Palliativ vård i livets slutskede, SIP och samverkan i SAMSA, läkemedelsgenomgångar.",
                [
                    new PlannedTraining("Gemensam utbildningsdag i palliativ vård", "Sjuksköterskor och läkare", new LocalDate(2027, 3, 16)),
                    new PlannedTraining("SIP och SAMSA i praktiken", "Chefer och medarbetare i regional och kommunal primärvård", new LocalDate(2027, 5, 11)),
                    new PlannedTraining("Fördjupad läkemedelsgenomgång", "Sjuksköterskor", null),
                ],
                Today));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Health promotion: the hälsovecka in ISO week 36 of 2026 and 2027 and hälsosamtal for residents over 75 in each demo
    /// kommun (seed 000 names Herrljunga's; the others' are demo).
    /// </summary>
    private static async Task HealthAsync(NarplanDbContext db, Dictionary<string, Guid> kommuner, CancellationToken ct)
    {
        if (await db.Set<HealthPromotionActivity>().AnyAsync(ct))
        {
            return;
        }

        foreach (var (name, id) in kommuner)
        {
            foreach (var year in new[] { 2026, 2027 })
            {
                db.Add(HealthPromotionActivity.Plan(id, HealthPromotionKind.HealthWeek, $"Hälsovecka {year}", year, null, null, "Folkhälsostrateg",
                    name == "Herrljunga" ? "Sedan 2024 hålls en hälsovecka som alltid infaller V 36." : null));
            }

            db.Add(HealthPromotionActivity.Plan(id, HealthPromotionKind.HealthTalks, null, null, new LocalDate(2026, 9, 1), new LocalDate(2026, 12, 18),
                "Kommunens sjuksköterskor", "För invånare över 75 år som inte är inskrivna i kommunal primärvård."));
            db.Add(HealthPromotionActivity.Plan(id, HealthPromotionKind.Other, "Träffpunkt/seniorfika", null, new LocalDate(2027, 1, 13), new LocalDate(2027, 6, 16),
                "Kommunen", "En gång i veckan för personer med få eller inga insatser."));
        }

        await db.SaveChangesAsync(ct);
    }
}
