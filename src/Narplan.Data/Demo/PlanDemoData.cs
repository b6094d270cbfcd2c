namespace Narplan.Data.Demo;

/// <summary>
/// Demo plans: Herrljunga's gemensam närområdesplan as seed 000 reads (version 1 published on
/// 2026-04-01, version 2 an Utkast with a few changes, so two versions can be compared), and
/// Vänersborg's lokal handlingsplan with seed 001's rows. As in <see cref="DemoData"/>, the people
/// are the fictional demo people and personal numbers lie in PTS's ranges for fiction; the region's
/// service numbers (växel) come from the seed.
/// </summary>
public static class PlanDemoData
{
    private static readonly Instant Approved = Instant.FromUtc(2026, 4, 1, 9, 0);
    private static readonly LocalDate ApprovedOn = new(2026, 4, 1);

    /// <summary>Adds the demo plans when the demo närområden exist and have no plans; returns whether it did.</summary>
    public static async Task<bool> SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct = default)
    {
        if (await db.Plans.AnyAsync(ct))
        {
            return false;
        }

        var herrljunga = await db.Kommuner.SingleOrDefaultAsync(k => k.Name == "Herrljunga", ct);
        var vanersborg = await db.Kommuner.SingleOrDefaultAsync(k => k.Name == "Vänersborg", ct);
        if (herrljunga is null || vanersborg is null)
        {
            return false;
        }

        db.Plans.Add(await HerrljungaAsync(db, herrljunga, ct));
        db.Plans.Add(await VanersborgAsync(db, vanersborg, ct));
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Bilaga 1 and 2 of a kommun as the registers and round series say on <paramref name="date"/>.</summary>
    public static async Task<(IReadOnlyList<Appendix1Row>, IReadOnlyList<Appendix2Row>)> AppendicesAsync(
        NarplanDbContext db, Guid kommunId, LocalDate date, CancellationToken ct)
    {
        var units = await db.CareUnits.AsNoTracking().Include(u => u.Responsibilities).Where(u => u.KommunId == kommunId).ToListAsync(ct);
        var centres = await db.RegionalUnits.AsNoTracking().Where(r => r.KommunId == kommunId || r.UnitKind == RegionalUnitKind.Vardcentral).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var unitIds = units.Select(u => u.Id).ToList();
        var times = Narplan.Domain.Rounds.RoundSummaryText.ByUnit(
            await db.RoundSeries.AsNoTracking().Where(s => unitIds.Contains(s.CareUnitId)).ToListAsync(ct), date);
        var rows1 = Appendix1.Ordered(units.Select(u =>
        {
            var r = u.ResponsibilityOn(date);
            return (u.Type, Appendix1.Row(u, r, r is null ? null : centres.GetValueOrDefault(r.CareCentreId),
                r?.RegularDoctorId is { } d ? people.GetValueOrDefault(d) : null, times.GetValueOrDefault(u.Id),
                r?.SecondRegularDoctorId is { } d2 ? people.GetValueOrDefault(d2) : null));
        }));
        var rows2 = (await db.Preschools.AsNoTracking().Where(p => p.KommunId == kommunId).ToListAsync(ct))
            .OrderBy(p => p.Name)
            .Select(p => new Appendix2Row(p.Name, p.ChildHealthCentreId is { } b ? centres.GetValueOrDefault(b) : null))
            .ToList();
        return (rows1, rows2);
    }

    private static async Task<NeighbourhoodPlan> HerrljungaAsync(NarplanDbContext db, Kommun kommun, CancellationToken ct)
    {
        var units = await db.RegionalUnits.Where(r => r.KommunId == kommun.Id).ToListAsync(ct);
        var vc = units.Single(u => u.UnitKind == RegionalUnitKind.Vardcentral);
        var rehab = units.Single(u => u.UnitKind == RegionalUnitKind.Rehabenhet);
        var people = await db.People.Where(p => p.OrganisationId == kommun.Id || p.OrganisationId == vc.Id).ToListAsync(ct);
        string Named(PersonRole role, string fallback) => people.FirstOrDefault(p => p.Role == role)?.Name ?? fallback;
        var chef = Named(PersonRole.Vardcentralschef, "Maria Ek");
        var mas = Named(PersonRole.Mas, "Lena Holm");
        var verksamhetschef = Named(PersonRole.Enhetschef, "Per Sandberg");
        var advisory = people.FirstOrDefault(p => p.Role == PersonRole.Lakare)?.Name ?? "Karin Åberg";

        var details = new PlanDetails
        {
            Parties = [new(kommun.Id, "Herrljunga kommun", "Kommun"), new(vc.Id, vc.Name, "Vårdcentral"), new(rehab.Id, rehab.Name, "Rehabenhet")],
            ValidFrom = DemoData.PlanStart,
            YearlyFollowUp = new LocalDate(2026, 11, 17),
            AdvisoryDoctors = [new(advisory, vc.Name, DemoData.PlanStart)],
            CrisisContacts =
            [
                new("Ansvar för krisstöd", "Eva Strand", "Herrljunga kommun", "031-390 06 90", "Kontorstid vardagar 8–16"),
                new("Kontaktperson Socialförvaltningen", "Jenny Lund", "Herrljunga kommun", "031-390 06 91", "Kontorstid vardagar 8–16"),
                new("Kontaktperson vårdcentralen", chef, vc.Name, "070-174 06 90", "Kontorstid vardagar 8–17",
                    "TIB i regionen övrig tid – nås via växel 010-435 80 00"),
            ],
            SubstituteOrder = ["Verksamhetschef Socialt stöd", "Verksamhetschef Individ- och familjeomsorg", "Verksamhetschef Vård och omsorg"],
            CareNeighbours =
            [
                new("Mobila team från Södra Älvsborgs sjukhus (SÄS) och Alingsås lasarett, MALT – mobilt akutläkarteam", "Mobilt team", "Inga mobila team utgår från Herrljunga"),
                new("Palliativa teamet Alingsås", "Palliativt team"),
                new("Rehabilitering, specialistvård", "Specialistvård"),
                new("Habilitering och hälsa", "Habilitering"),
                new("Specialistmottagningar på SÄS och SU", "Specialistmottagning"),
                new("NSVT i Alingsås", "Nära sjukhusvård i teamform"),
            ],
            DevelopmentAreas =
            [
                "Utöka antalet fördjupade läkemedelsgenomgångar",
                "Samverkan via SAMSA och öka antalet SIP. Planerad gemensam utbildning maj 2026",
                "Samverkan kring diabetespatienter",
                "Samverkan kring psykiatripatienter",
                "Samverkan kring äldremottagning",
            ],
            Signatories =
            [
                new(vc.Id, "Vårdcentral", chef, "Vårdcentralschef", vc.Name + ", Västra Götalandsregionen"),
                new(kommun.Id, "Kommun", verksamhetschef, "Verksamhetschef vård och omsorg", "Socialförvaltningen, Herrljunga kommun"),
                new(kommun.Id, "Kommun", mas, "Medicinskt ansvarig sjuksköterska", "Socialförvaltningen, Herrljunga kommun"),
                new(rehab.Id, "Rehabenhet", "Sofia Dahl", "Enhetschef", rehab.Name + ", Västra Götalandsregionen"),
            ],
            Updated = ApprovedOn,
        };

        var plan = NeighbourhoodPlan.FromTemplate(kommun.Id, "Gemensam Närområdesplan", details);
        var v1 = plan.Latest;
        foreach (var (key, text) in HerrljungaTexts(advisory))
        {
            var section = v1.Section(key);
            v1.EditSection(key, section.Revision, text);
        }

        var (rows1, rows2) = await AppendicesAsync(db, kommun.Id, DemoData.PlanStart, ct);
        v1.SendForReferral(rows1, rows2);
        v1.Comment("halsofraemjande", vc.Id, chef, "Vårdcentralen deltar gärna i hälsoveckan med blodtrycksmätning.", Approved - Duration.FromDays(20));
        v1.Approve(vc.Id, chef, v1.ContentRevision, Approved, ApprovedOn);
        v1.Approve(kommun.Id, verksamhetschef, v1.ContentRevision, Approved, ApprovedOn);
        v1.Approve(rehab.Id, "Sofia Dahl", v1.ContentRevision, Approved, ApprovedOn);
        plan.Publish(1, ApprovedOn);

        // Version 2: the autumn revision, still an Utkast.
        var v2 = plan.StartNextRevision();
        Edit(v2, "halsofraemjande", t => t.Replace("Kommunens sjuksköterskor håller hälsosamtal", "Vårdcentralen deltar i hälsoveckan med blodtrycksmätning. Kommunens sjuksköterskor håller hälsosamtal"));
        Edit(v2, "kompetensutveckling", t => t + "\n\nUnder hösten 2026 genomförs en gemensam utbildningsdag om palliativ vård för sjuksköterskor och läkare.");
        v2.UpdateDetails(v2.Details with { YearlyFollowUp = new LocalDate(2027, 11, 16) });
        return plan;
    }

    private static void Edit(PlanVersion version, string key, Func<string, string> change)
    {
        var section = version.Section(key);
        version.EditSection(key, section.Revision, change(section.Text));
    }

    /// <summary>The opening line of several Herrljunga sections, pointing at the Krav- och kvalitetsbok.</summary>
    private const string ReadMoreInBook = "Läs mer i Krav- och kvalitetsbok kapitel 2. Om uppdraget\n\n";

    /// <summary>A section whose text is the template's default text followed by the kommun's own paragraphs.</summary>
    private static (string Key, string Text) AfterTemplateText(string key, string text) =>
        (key, PlanTemplate.Find(key)!.DefaultText + "\n\n" + text);

    private static IEnumerable<(string Key, string Text)> HerrljungaTexts(string advisory)
    {
        yield return ("inledning",
            "Gemensam närområdesplan för lokal partsamverkan som gäller för primärvård, angränsande socialtjänst samt vårdgrannar och är ett verktyg för en god och nära vård utifrån ett personcentrerat förhållningssätt och vårdförlopp. Planen tydliggör omfattning och former för samverkan inom flera områden.\n\n" +
            "Den gemensamma närområdesplanen gäller från 2026-01-01 och tillsvidare.\n\n" +
            "Gemensam närområdesplan ska följas upp och utvärderas en gång per år mellan samverkande parter på lokal nivå, kommunvis. Planen revideras vid behov.\n\n" +
            "Koncernkontoret följer upp gemensam närområdesplan utifrån krav och kvalitetsboken inom vårdval vårdcentral.");
        yield return AfterTemplateText("arlig-genomgang",
            "Planering:\n\n" +
            "- sjuksköterskorna samordnar planeringen i god tid, informerar patienten och bjuder in närstående/anhöriga enligt överenskommelse med patienten\n" +
            "- läkaren och sjuksköterskan tar fram en årsplanering med inplanerade medicinska vårdplaner:\n" +
            "  - jämn fördelning över året\n  - planeras inte in under ordinarie semestertider\n  - tidpunkt för hembesöket förankras med läkaren på ”kontakttiden”\n\n" +
            "Förberedelser ca två veckor innan hembesöket:\n\n" +
            "- förankras med läkaren via ett ”Planeringsunderlag fast planerad läkartid”\n- sjuksköterskan informerar om eventuell förändring i patientens hälsotillstånd\n- läkaren ordinerar provtagning\n- sjuksköterskan utför ordinerad provtagning\n- sjuksköterskan gör symtomskattning, t.ex. PHASE-20\n" +
            "- sjuksköterskan, arbetsterapeut, fysioterapeut/sjukgymnast och omvårdnadspersonal genomför överenskomna riskbedömningar till exempel via Senior Alert\n\n" +
            "Under hembesöket:\n\n" +
            "- analys av provsvar, symtomskattningar och hälsotillstånd\n- läkaren gör en läkemedelsgenomgång, hälsoundersökning och fördjupad läkemedelskontroll\n" +
            "- vård- och omsorgsplanering genomförs tillsammans med patient och eventuellt närstående och eventuellt fast omsorgskontakt samt omvårdnadsansvarig sjuksköterska\n" +
            "- läkaren upprättar eller uppdaterar vård- och omsorgsplaneringen i samråd med sjuksköterska\n" +
            "- läkaren och sjuksköterskan medverkar vid upprättande, revidering och uppföljning av individuella vårdplaner\n" +
            "- ställningstagande till behandlingsbegränsningar samt ställningstagande till palliativa åtgärder");
        yield return ("palliativ-vard", "Se avsnitten nedan om läkarbedömning, brytpunktsamtal, medicinsk vårdplan, efterlevandesamtal och anhörigstöd.");
        yield return ("anhorigstod",
            "I Herrljunga kommun finns utarbetat anhörigstöd som erbjuds vid behov till alla kommunens invånare. Informationsmaterial finns framtaget som ska finnas tillgängligt på Vårdcentralerna så att information kan förmedlas till anhöriga när behov uppstår.");
        yield return AfterTemplateText("lakare-i-beredskap",
            "Uppdraget finns också beskrivet på [Beredskapsjour – Vårdgivarwebben Västra Götalandsregionen](https://www.vgregion.se/).\n\n" +
            "Kontakt: [Beredskapsjouren Älvsborg + Södra Bohuslän](https://www.vgregion.se/).");
        yield return AfterTemplateText("radgivningsansvarig",
            $"Medicinskt rådgivningsansvarig läkare från primärvården är {advisory} from 2026-01-01. Samverkansmöten sker kontinuerligt mellan kommunen och primärvården. Där deltar även medicinskt rådgivningsansvarig läkare vid behov.");
        yield return ("vaccinationer",
            "Vårdcentralen ansvarar för att inför varje vaccinationsinsats höst och vår beställa vaccin och tillhörande sprutor och nålar som täcker behovet som finns inom kommunal primärvård.\n\n" +
            "Kommunal primärvård ansvarar för att meddela vaccinationsamordnare/vårdcentral om antal doser som önskas inför den planerade insatsen i god tid. Samt fördelning av förstärkt influensavaccin alternativt vanlig säsongsinfluensa.\n\n" +
            "Vårdcentralen ansvarar för att registrera vaccinationerna i Närhälsans journalsystem och detta medför således också en överföring till NVR.\n\n" +
            "Kommunal primärvård ansvarar för att vaccinationsunderlag/hälsodeklaration inkommer till vårdcentralen senast en vecka efter given/givna doser. Kommunal primärvårds distriktsjuksköterskor ordinerar vaccin som ingår i vaccinationsprogrammet. Kommunal primärvård iordningställer och administrerar covid-19 vaccinet. Administrering av influensavaccin behövs ej då dessa kommer i förifyllda sprutor och endast kräver extra nål som levereras av vårdcentralen i samband med utlämnande av vaccin.");
        yield return ("posom",
            ReadMoreInBook +
            "Krisstöd – Herrljunga kommuns organisation vid stora olyckor och katastrofer.\n\n" +
            "I kommunen finns en krisstödsgrupp (tidigare kallat POSOM). Den kan aktiveras vid allvarliga och oväntade händelser som berör många personer. De ansvarar då för att leda och samordna praktiska och sociala stödinsatser till drabbade och närstående.\n\n" +
            "Vid en kris/extraordinär händelse inom socialförvaltningens område ska beslutsordning och ledningsstruktur så långt det är möjligt följa den struktur som gäller under normala förhållanden.\n\n" +
            "Socialchef beslutar när förvaltningens ledning vid kris ska aktiveras/inkallas och informerar den centrala krisledningen.");
        yield return ("kris-och-beredskap",
            ReadMoreInBook +
            "Kontaktpersoner för kris- och beredskapsfrågor i Socialförvaltningen och på vårdcentralen, se avsnittet POSOM. Utanför kontorstid nås TIB i regionen via växel 010-435 80 00.");
        yield return ("barnhalsovard",
            ReadMoreInBook +
            "Hälsofrämjande och förebyggande arbete i familjecentralens verksamhet. Kring barn med särskilt behov av stöd, social eller utvecklingsmässig problematik sker samverkan med psykolog FOSB – föräldraskap och små barn (BHV-psykolog), och vid behov kontakt med socialtjänst och/eller med orosanmälningar. Överlämning sker enligt rutin från BVC till skolhälsan inför förskolestart. Föräldrastöd sker i familjecentralens verksamhet. Hygien och smittskyddsfrågor hänvisas till HYFS – smittskydd i förskolan som är ett samarbete mellan smittskydd VGR, barnhälsovården och kommunerna i VGR. Vårdhygien SÄS, Närhälsan har utsedda kontaktpersoner som deltar på utbildningar och informationsmöten som Vårdhygien SÄS håller i.\n\n" +
            "Förteckning över ansvar mellan barnhälsovård och förskolor, se *bilaga 2 ansvarsfördelning av förskolor i samverkansområdet*.");
        yield return AfterTemplateText("asylsokande",
            "Det finns en gemensam asylmottagning för Sjuhäradsområdet på Närhälsan Boda vårdcentral. Asylsökande uppmärksammas av denna verksamhet i systemet VEGA och erbjuds hälsoundersökning. Personer utan tillstånd aktualiseras i direktkontakt.");
        yield return ("halsofraemjande",
            ReadMoreInBook +
            "I Herrljunga har man sedan 2024 infört att hålla en hälsovecka under året och den infaller alltid vecka 36. Det finns även en folkhälsostrategi i kommunen. Kommunens sjuksköterskor håller hälsosamtal med invånare som är över 75 år som inte är inskrivna i kommunal primärvård. Det finns en träffpunkt/seniorfika en gång i veckan som kommunen anordnar för de personer som har få eller inga insatser.");
        yield return AfterTemplateText("egenvard",
            "Egenvårdsintyg skrivs av sjuksköterska eller läkare på vårdcentralen exempelvis vid hantering av läkemedel när inte behov av kommunal hemsjukvård finns.");
        yield return ("vardgrannar",
            ReadMoreInBook +
            "Samverkan med slutenvården sker vid in- och utskrivning från sluten hälso- och sjukvård enligt regional och delregional rutin.");
        yield return ("integrerade-mottagningar",
            "- Mini-Maria är ett samarbete mellan kommunen och regionhälsan. Socionomer, socialpedagog, sjuksköterskor, psykolog och läkare arbetar tillsammans i tvärprofessionellt teamarbete med frågor, funderingar eller problematik kopplat till alkohol, droger och spel om pengar för ungdomar upp till 21 år. I samband med att den unge har kontakt med mottagningen erbjuds även stöd till föräldrar eller andra viktiga anhöriga.\n" +
            "- Familjecentralen vänder sig till alla blivande föräldrar och småbarnsföräldrar med barn 0–6 år. Syftet är att skapa en mötesplats för familjer, där man knyter kontakter, får information, kunskap, råd och stöd. Herrljunga familjecentral drivs i samverkan mellan Västra Götalandsregionen och Herrljunga kommun. Under ett och samma tak finns barnmorskemottagning, barnvårdscentral, öppen förskola och socialrådgivning.");
        yield return ("gemensam-uppfoljning",
            "Denna plan ska årligen följas upp inom lokala samverkansområdet.\n\n" +
            "- Tillgänglighet läkarmedverkan följs upp minst en gång/år förslagsvis höst och vår\n- Fasta planerade läkartider följs upp minst en gång/år förslagsvis höst och vår\n- Medicinsk vårdplanering sker kontinuerligt\n" +
            "- Avvikelser i närvårdssamverkan (MedControl Pro) sker också kontinuerligt\n- Palliativa registret ex brytpunktsamtal, smärtskattning\n- Fördjupad läkemedelsgenomgång följs upp fortlöpande på samverkansmöten\n- Egenvårdsintyg följs upp en gång/år");
        yield return ("kompetensutveckling", "Vi försöker se och lyfta de behov som finns av kompetensutveckling på de gemensamma samverkansmöten vi har.");
        yield return (PlanTemplate.DevelopmentAreasKey, "(Förslagsvis minst 2 områden)");
    }

    private static async Task<NeighbourhoodPlan> VanersborgAsync(NarplanDbContext db, Kommun kommun, CancellationToken ct)
    {
        var centres = await db.RegionalUnits.Where(r => r.KommunId == kommun.Id && r.UnitKind == RegionalUnitKind.Vardcentral).OrderBy(r => r.Name).ToListAsync(ct);
        var parties = new List<PlanParty> { new(kommun.Id, "Vänersborgs kommun", "Kommun") };
        parties.AddRange(centres.Select(c => new PlanParty(c.Id, c.Name, "Vårdcentral")));
        var plan = NeighbourhoodPlan.ActionPlan(kommun.Id, "Lokal handlingsplan för vuxna med sammansatta behov Vänersborgs kommun 2024–2025",
            new PlanDetails { Parties = parties, ValidFrom = new LocalDate(2024, 1, 1), YearlyFollowUp = new LocalDate(2025, 3, 20) });

        plan.AddActionHeading("inledning", "Inledning", 1,
            "Målet med Lokal vårdsamverkansgrupp är att vuxna med stort vårdbehov ska uppleva trygghet, säkerhet, kontinuitet, samordning, värdighet och välbefinnande oavsett var i vårdkedjan hen befinner sig och vilka behov som ska tillgodoses. Vården ska vara samordnad och sammanhållen.");
        plan.AddActionHeading("om-narområdesplan", "Närområdesplan med tillhörande samverkansplan", 2, "[Krav- och kvalitetsbok Vårdval Vårdcentral 2024](https://www.vgregion.se/)");
        plan.AddActionHeading("om-nara-vard", "Nära vård", 2,
            "Lokal vårdsamverkan utgår ifrån framtagen länsgemensam strategi för God och Nära Vård. Fokusområde att samverka kring är:\n\n- Förebyggande och hälsofrämjande\n- Utveckla personcentrerat arbetssätt\n- Stärka samverkanskulturen\n- Stärkt kontinuitet och samordning mellan huvudmännen\n- Digitalisering\n- Mobila team\n\n[Färdplan – länsgemensam strategi för god och nära vård](https://www.vgregion.se/)");
        plan.AddActionHeading("om-oppenvard", "Öppenvårdsprocessen", 2, "[Länsgemensam riktlinje för Öppenvårdsprocessen i Västra Götaland](https://www.vgregion.se/)");
        plan.AddActionHeading("om-in-ut", "IN och UT skrivningsprocessen", 2,
            "Vårdövergångar i samverkan gäller personer i alla åldrar som efter utskrivning från slutenvård behöver insatser från socialtjänsten, den kommunalt finansierade hälso- och sjukvården eller den regionfinansierade öppna vården. Samverkan vid utskrivning ska säkerställa den enskildes rätt till en trygg och effektiv utskrivning, och stärka samordningen mellan huvudmän och verksamheter. Arbetet ska vara tillitsskapande och utgå ifrån den enskildes behov. Västra Götalandsregionen och länets kommuner är överens om att enskilda personer som inte längre har behov av slutenvårdens resurser omgående ska kunna skrivas ut därifrån, på ett tryggt och säkert sätt.\n\n" +
            "[Länsgemensam riktlinje om in- och utskrivning från slutenvård i Västra Götaland](https://www.vgregion.se/)");
        plan.AddActionHeading("malgrupp", "Målgrupp", 2,
            "Vuxna med sammansatta behov som kräver samordnade insatser från kommun och region. Till exempel personer med funktionsnedsättning som har behov av stöd i vardagen så som Bostad med särskild service, särskilt boende, korttidsboende eller hemtjänst.");
        plan.AddActionHeading("uppfoljning", "Uppföljning och revidering", 2,
            "Uppföljning, revidering och redovisning av planen ska ske årligen. De olika aktiviteterna kommer efter hand att planeras, utvecklas, fullföljas och utvärderas av aktuell verksamhet. Den lokala handlingsplanen kommer att redovisas på vårdsamverkans hemsida.");

        plan.AddActionHeading("1", "1. Närområdesplan med tillhörande samverkansdokument", 1, "");
        plan.AddActionHeading("1.1", "1.1 Närområdesplan", 2, "",
        [
            new("Aktuell Närområdesplan", "Ansvarsfördelning mellan vårdcentralerna.", "December 2023", "Nordstans vårdcentral", "December 2024"),
            new("Gemensam närområdesplan", "Genomföra en pilot med gemensam Närområdesplan som inkluderar samverkansdokument.", "Under 2024", "Nordstans vårdcentral i samverkan med övriga vårdcentraler och kommunen.", "December 2024"),
        ]);
        plan.AddActionHeading("1.2", "1.2 Samverkansdokument", 2, "",
        [
            new("Alla dokument som beslutats i samverkan ska finnas på Vårdsamverkans hemsida under Vänersborg.",
                "Samverkansdokumenten uppdateras och skickas in till vårdsamverkan för publicering efter beslut i lokal vårdsamverkan. Sker i samband med piloten av Närområdesplan.",
                "Under 2024", "Lokal vårdsamverkan sammansatta behov", "December 2024"),
        ]);
        plan.AddActionHeading("2", "2. Nära vård", 1, "");
        plan.AddActionHeading("2.1", "2.1 Behålla den goda samverkanskulturen", 2, "",
            [new("Möjliggöra samverkan och möten.", "SIP-möten för individen och övergripande möten för helheten.", "Under 2024", "Allas ansvar vid behov.", "Våren 2025")]);
        plan.AddActionHeading("2.2", "2.2 Digitalisering", 2, "",
            [new("Läkemedelsautomat", "Förskriva läkemedelsautomat för patienter där läkaren bedömt det lämpligt.", "April 2024", "Lokal vårdsamverkan sammansatta behov", "Under hösten 2024")]);
        plan.AddActionHeading("3", "3. Öppenvårdsprocessen", 1, "");
        plan.AddActionHeading("3.1", "3.1 Kommunikation och dokumentation", 2, "",
        [
            new("Säker informationsöverföring kring patienten",
                "Gemensam information från vårdsamverkanskontoret av länsgemensam rutin öppenvårdsprocessen. Alla ska följa framtagna rutiner och dokumentera i SAMSA och vid behov upprätta arbetssätt för genomförande.",
                "Hösten 2024", "Lokal vårdsamverkan sammansatta behov.", "Våren 2025"),
        ]);
        plan.AddActionHeading("4", "4. IN och utskrivningsprocessen", 1, "",
        [
            new("Sömlösa vårdövergångar",
                "Ta fram en rutin för att bedöma behov av samverkan kring patienter med behov av avancerad vård mellan vårdgivare. Planering och information sker i SAMSA. SIP på sjukhus ska upprättas med riskbedömning före utskrivningsdag.",
                "Hösten 2024", "Kommunen ansvarar för att upprätta en rutin. Lokal vårdsamverkan sammansatta behov godkänner rutinen.", "Våren 2025"),
            new("Säker informationsöverföring kring patienten",
                "Följa framtagna rutiner för SAMSA. Samtliga vårdgivare tar ansvar för att skriva i SAMSA. Checklistan ska vara ifylld före utskrivning av patient från slutenvården.",
                "Hösten 2024", "Allas ansvar", "Våren 2025"),
        ]);

        var version = plan.Latest;
        version.SendForReferral([], []);
        var approvedAt = Instant.FromUtc(2024, 2, 15, 9, 0);
        foreach (var party in parties)
        {
            version.Approve(party.OrganisationId, party.Name, version.ContentRevision, approvedAt, new LocalDate(2024, 2, 15));
        }

        plan.Publish(1, new LocalDate(2024, 2, 15));
        return plan;
    }
}
