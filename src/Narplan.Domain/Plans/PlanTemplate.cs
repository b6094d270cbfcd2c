namespace Narplan.Domain.Plans;

/// <summary>What a section carries besides its free text.</summary>
public enum SectionContent
{
    TextOnly,
    AdvisoryDoctors,
    CrisisContacts,
    CareNeighbours,
    DevelopmentAreas,
    Signatories,
    Appendix1,
    Appendix2,
    ActionRows,
}

/// <summary>
/// One section of a plan template: a stable key, the heading as the template prints it, its
/// heading level (1 = chapter), whether the template marks it mandatory (a star in seed 000's
/// table of contents) and the region's standard text a new plan starts from.
/// </summary>
public sealed record SectionTemplate(
    string Key, string Heading, int Level, bool Mandatory, string DefaultText = "", SectionContent Content = SectionContent.TextOnly);

/// <summary>
/// The VGR template for a gemensam närområdesplan: the table of contents of seed 000, in order,
/// with its mandatory sections. The standard text is the region's own wording from the seed;
/// sections the seed leaves to each närområde ("Beskriv …") start with that prompt only.
/// </summary>
public static class PlanTemplate
{
    public const string Appendix1Key = "bilaga-1";
    public const string Appendix2Key = "bilaga-2";
    public const string SignatoriesKey = "ansvariga";
    public const string DevelopmentAreasKey = "utvecklingsomraden";

    private const string ReadMore = "Läs mer i Krav- och kvalitetsbok kapitel 2. Om uppdraget";

    private const string Appendix1Ref =
        "Ansvarsfördelning preciseras i *bilaga 1 läkaransvar inom kommunal primärvård* och ska innehålla ansvarig vårdcentral, dag och tid i veckan/varannan vecka samt mötesform.";

    public static IReadOnlyList<SectionTemplate> Vgr { get; } =
    [
        new("inledning", "Inledning och syfte", 1, false,
            "Gemensam närområdesplan för lokal partsamverkan som gäller för primärvård, angränsande socialtjänst samt vårdgrannar och är ett verktyg för en god och nära vård utifrån ett personcentrerat förhållningssätt och vårdförlopp. Planen tydliggör omfattning och former för samverkan inom flera områden.\n\n" +
            "Gemensam närområdesplan ska följas upp och utvärderas en gång per år mellan samverkande parter på lokal nivå, kommunvis. Planen revideras vid behov.\n\n" +
            "Koncernkontoret följer upp gemensam närområdesplan utifrån krav och kvalitetsboken inom vårdval vårdcentral."),
        new("malgrupp", "Målgrupp", 1, false,
            "Enligt Hälso- och sjukvårdslagen och hälso- och sjukvårdsavtal ansvarar Västra Götalandsregionen för att avsätta läkarresurser till de patientgrupper som ingår i kommunernas hälso- och sjukvårdsansvar enligt 14 kap. 1 § hälso- och sjukvårdslagen, HSL, (2017:30).\n\n" +
            "- Personer i särskilda boendeformer samt bostäder med särskild service 5 kap. 5 § andra stycket, 5 kap. 7 § tredje stycket eller 7 kap. 1 § första stycket 2 socialtjänstlagen (2001:453), SoL.\n" +
            "- Personer som bor i bostad med särskild service enligt 9 § 8 och 9 § 9 LSS.\n" +
            "- Personer under vistelsetiden vid biståndsbedömd dagverksamhet (3 kap. 6 § SoL) samt daglig verksamhet enligt lagen (1993:387) om stöd och service till vissa funktionshindrade, LSS.\n" +
            "- I Västra Götaland har kommunerna ansvaret för hälso- och sjukvård i hemmet sedan regionbildningen 1999, avtal enligt möjligheten i 12 kap. 2 § HSL (2017:30)."),
        new("organisation", "Organisation", 1, false,
            "Det ska finnas en särskilt utsedd fast läkarkontakt/läkare i kommunal primärvård, som utgår från vårdcentral, som har patientansvaret inklusive medicinskt rådgivningsansvar på enhetsnivå, inom respektive enhet inom; Särskilt boende, kommunal primärvård inom ordinärt boende samt lagen om stöd och service (LSS) och socialpsykiatri.\n\n" +
            "När en person flyttar in på ett särskilt boende så ska den personen, med respekt för det fria valet, erbjudas att lista sig på den vårdcentral som har läkaransvar på boendet. Enl. *bilaga 1 läkaransvar inom primärvård*."),
        new("god-och-nara-vard", "God och nära vård", 1, false,
            "En god och nära vård bygger på kontinuitet vilket är en förutsättning för relation och tillit där patienten är medskapare utifrån ett personcentrerat arbetssätt. En del i detta arbetssätt är samverkan mellan huvudmännen men också inom och mellan professionerna samt fasta kontakter. Fast vårdkontakt finns i region och/eller kommun, fast omsorgskontakt i hemtjänsten inom kommunal verksamhet samt regionens fasta läkarkontakt. Dessa kontakter utses utifrån patientens behov."),
        new("lakaransvar", "Läkaransvar i kommunal primärvård", 1, false,
            "Vårdcentralen ansvarar för läkarinsatser och samverkan med den kommunala primärvården enligt gällande hälso- och sjukvårdsavtal, utifrån ett personcentrerat arbetssätt.\n\n" +
            "Ansvaret gäller för alla patienter med kommunal primärvård. Vårdcentralen ska utse fast läkarkontakt och ska erbjuda hembesök av fast läkarkontakt minst en gång årligen.\n\n" + ReadMore),
        new("arlig-genomgang", "Årlig genomgång och planering för patienter med kommunal primärvård", 2, true,
            "Patienten, eventuellt närstående och de fasta kontakterna, från både region och kommun, har dialog om hälsotillståndet, en fördjupad läkemedelsgenomgång och fortsatt vård- och omsorgsplanering.\n\n" + ReadMore + "\n\n" +
            "Vård- och omsorgsplanering:\n\n- genomförs minst en gång/år\n- vid försämrat hälsotillstånd\n- för nya patienter inom kommunal primärvård"),
        new("mobil-lakare", "Mobil läkare inom ordinärt boende", 2, true,
            Appendix1Ref + "\n\n" + ReadMore + "\n\n- planerade patientbesök inkl. årlig genomgång och planering för patienter med kommunal primärvård\n- akuta patientbesök\n- avstämningstid med sjuksköterska\n- proaktivt arbete ex. ordinationer av vid behovsmediciner"),
        new("sarskilt-boende", "Kommunala boendeenheter, särskilt boende", 2, true,
            Appendix1Ref + "\n\n" + ReadMore + "\n\n- planerade patientbesök inkl. årlig genomgång och planering för patienter med kommunal primärvård\n- akuta patientbesök\n- avstämningstid med sjuksköterska\n- proaktivt arbete ex. ordinationer av vid behovsmediciner"),
        new("korttidsboende", "Korttidsboende/Korttidsenhet", 2, true,
            "På korttidsboende/korttidsenhet har den/de vårdcentraler behandlingsansvar för alla patienter under deras vistelsetid på boendet, oavsett på vilken vårdcentral patienten har sitt vårdval.\n\n" + Appendix1Ref + "\n\n" + ReadMore +
            "\n\n- planerade patientbesök\n- akuta patientbesök\n- avstämningstid med sjuksköterska\n- proaktivt arbete ex. ordinationer av vid behovsmediciner"),
        new("korttid-ansvarsfordelning", "Ansvarsfördelning mellan läkare på korttidsboende och ordinarie fast läkarkontakt", 3, false,
            "Exempel på åtgärder för läkaransvaret på korttidsboendet:\n\n- vid förändring av hälsotillstånd, oro och ångest\n- recept på läkemedel som förskrivits på sjukhuset och förnyelse av recept som inte kan vänta.\n\n" +
            "Exempel på åtgärder som ordinarie fast läkarkontakt ansvarar för:\n\n- förnya dosdispenserade läkemedel (apodos)\n- årlig genomgång och planering för patienter med kommunal primärvård\n- remisser från sjukhuset med uppföljningar och provtagning\n- utredningar."),
        new("lss", "Bostad med särskild service för vuxna (LSS)", 2, true,
            "Ansvarsfördelning preciseras i *bilaga 1 läkaransvar inom kommunal primärvård* och ska innehålla ansvarig vårdcentral, kontinuerlig avstämning samt mötesform.\n\n" + ReadMore +
            "\n\n- planerade patientbesök inkl. årlig genomgång och planering för patienter med kommunal primärvård\n- akuta patientbesök\n- avstämningstid med sjuksköterska\n- proaktivt arbete ex. ordinationer av vid behovsmediciner\n- vid behov fysioterapeut/sjukgymnast och arbetsterapeut för ärenden som inte kräver besök hos patienten."),
        new("dagverksamhet", "Läkaransvar vid dagverksamhet och daglig verksamhet", 2, true,
            "Hänvisas till patientens ordinarie fasta läkarkontakt vid vårdcentral.\n\n" +
            "Kommunal primärvård har ansvar för personer vid vistelse på dagverksamhet och daglig verksamhet. Inträffar något akut vid vistelse kan sjuksköterska, fysioterapeut och arbetsterapeut bedöma och hänvisa till rätt vårdnivå."),
        new("socialpsykiatri", "Fasta inplanerade tider för läkaransvar inom socialpsykiatri", 2, false,
            "Personer inom socialpsykiatri som har beslut om kommunal primärvård och insats enligt Lagen om stöd och service eller Socialtjänstlagen i form av boende eller andra stödinsatser i ordinärt boende.\n\n" + Appendix1Ref),
        new("akuta-bedomningar", "Akuta bedömningar och oplanerade hembesök", 1, true,
            "I akuta fall, när omedelbar bedömning eller rådfrågning av läkaren behövs under dagtid, vardagar ska det finnas direktnummer till ansvarig vårdcentral, med skyndsam återkoppling från läkare, *se bilaga 1 läkaransvar inom kommunal primärvård*.\n\n" +
            "Oplanerat hembesök eller besök av icke akut karaktär ska vårdcentralen erbjuda utifrån medicinsk bedömning.\n\n" + ReadMore),
        new("palliativ-vard", "Palliativ vård", 1, true),
        new("palliativ-bedomning", "Läkarbedömning av försämrad patient och ställningstagande till palliativ vård och trygghetsläkemedel", 2, false,
            "Planering och ställningstagande till vård i livets slutskede ska alltid fattas av legitimerad läkare i samverkan med sjuksköterska. Sjuksköterska får inte inleda medicinsk vård i livets slutskede utan läkarkontakt. Det är läkarens ansvar att göra en medicinsk bedömning av var i sjukdomsförloppet patienten befinner sig och om hen har nått tidpunkten för övergång till palliativ vård i livets slutskede.\n\n" +
            "Om ordinationen av trygghetsläkemedel är insatt sen tidigare (längre tid tillbaka än 14 dagar) ska en ny kontakt tas med läkare innan trygghetsordinationer startas."),
        new("brytpunktsamtal", "Brytpunktsamtal", 2, false,
            "En patient genomgår under sin sjukdomstid en serie övergångar eller brytpunkter då sjukdomen och behandlingen skiftar karaktär. Brytpunkten till palliativ vård i livets slutskede handlar oftast om en process över tid snarare än ett distinkt tillfälle. Brytpunktssamtal vid övergång till palliativ vård i livets slutskede är samtal mellan den ansvariga eller tjänstgörande läkaren och patienten/närstående om beslutet att övergå till palliativ vård i livets slutskede. Samtalen utgår från patientens situation och önskemål så långt det är möjligt och anpassas till patientens kognitiva förmåga, kulturella bakgrund och önskan om delaktighet."),
        new("medicinsk-vardplan", "Medicinsk vårdplan vid palliativ vård", 2, false,
            "Ett brytpunktssamtal bör leda till en uppdatering av den medicinska vårdplanen som innehåller en strategi för fortsatt vård och behandling. Det ska också framgå tydligt om patienten ska återupplivas vid hjärtstopp. Den ska innehålla ställningstagande till fortsatt läkemedelsbehandling, ordinationer på \"Trygghetsläkemedel\" samt åtgärder vid exempelvis infektion och minskat näringsintag."),
        new("efterlevandesamtal", "Efterlevandesamtal", 2, false,
            "Den palliativa vården fortsätter även efter dödsfallet, genom att ta hand om den avlidna och genom att erbjuda närstående efterlevandesamtal i överenskommelse mellan läkaren och sjuksköterskan."),
        new("anhorigstod", "Anhörigstöd", 2, false),
        new("dodsfall", "Fastställande av dödsfall och vårdintygsbedömning", 1, true,
            ReadMore + "\n\nVid förväntade dödsfall, kan den kliniska undersökningen för att fastställa dödsfallet, göras av legitimerad sjuksköterska efter delegation från läkaren. Det är läkaren som fastställer dödsfallet och skriver dödsbevis enligt Socialstyrelsens formulär. (SOF SF 2005:10, 3 kap. § 1-2).\n\n" +
            "Läkare skriver vårdintygsbedömning när sjuksköterska initierar behov."),
        new("lakare-i-beredskap", "Läkare i beredskap", 1, true,
            "Måndag – torsdag kl.17.00 till 08.00.\n\nFredag kl 17.00 – måndag 08.00.\n\nDag före helgdag kl 17.00 till 08.00 närmast efterföljande vardag. Som helgdag räknas även midsommarafton, julafton och nyårsafton.\n\n" +
            "Läs mer i Krav- och kvalitetsbok kapitel 2. Om uppdraget och på Vårdgivarwebben."),
        new("radgivningsansvarig", "Medicinskt rådgivningsansvarig läkare", 1, false,
            "Medicinskt rådgivningsansvar är skilt från patientansvaret och rör övergripande hälso- och sjukvårdsfrågor i kommunal primärvård.\n\n" + ReadMore, SectionContent.AdvisoryDoctors),
        new("vaccinationer", "Vaccinationer", 1, false,
            "Beskriv ansvarsfördelning gällande beställning, ordination, administrering och registrering inklusive överföring till NVR (Nationella vaccinationsregistret) för vaccinationer som säsongsinfluensa och Covid-19 för patienter med kommunal primärvård."),
        new("beslutsstod", "Beslutstöd", 1, false,
            "Vid oplanerade/akuta kontakter med läkare på vårdcentral eller läkare i beredskap ska en bedömning ha gjorts enligt gällande beslutsstöd för att förbättra patientsäkerheten och säkerställa att läkaren har förutsättningar att göra en bedömning och fatta beslut till åtgärd\n\n- VISAM beslutsstöd\n- SBAR rapporteringsstöd"),
        new("in-och-utskrivning", "Samverkan vid in- och utskrivning från sluten hälso- och sjukvård", 1, false,
            "Följer regional och delregionala rutiner och riktlinjer."),
        new("sip", "Samordnad individuell plan – SIP", 1, false,
            "Samordnad individuell plan, SIP ska erbjudas oavsett ålder, diagnos, funktionsvariation eller behov och är den enskildes plan.\n\nSIP ska erbjudas patienter vid:\n\n- beslut om kommunal primärvård inkl. rehab\n- utskrivning från sjukhus\n- behov om gemensam planering uppstår\n\n" + ReadMore),
        new("munhalsa", "Munhälsa – uppsökande och nödvändig tandvård", 1, false,
            "Uppsökande verksamhet består av två olika delar, munhälsobedömning och utbildning till kommunal omvårdnadspersonal. Västra Götalandsregionen har enligt tandvårdslagen (1985:125) ansvar för uppsökande verksamhet och nödvändig tandvård för individer som har rätt till denna insats.\n\n" +
            "Samverkansavtalet beskriver varje parts respektive ansvar inom uppsökande tandvård."),
        new("munhalsa-kommunen", "Kommunal primärvårds ansvar:", 2, false,
            "- Utse tillräckligt många intygsutfärdare inom kommunal hälso- och sjukvård och socialtjänst för att identifiera berättigade personer\n- Intygsutfärdare regelbundet genomgår utbildning\n- Aktuella uppgifter är registrerade i IT-stödet\n- Personer med intyg om nödvändig tandvård årligen erbjuds munhälsobedömning\n- Omvårdnadspersonal deltar vid munhälsobedömning\n- Omvårdnadspersonal har ansvar för att individen ges daglig munvård enligt tandvårdens instruktioner"),
        new("posom", "POSOM – Psykisk och socialt omhändertagande", 1, true, ReadMore, SectionContent.CrisisContacts),
        new("kris-och-beredskap", "Kris- och beredskapsfrågor inom närområdet", 1, false,
            ReadMore + "\n\nHur arbetar vi med kris- och beredskapsfrågor i vårt lokala samverkansområde?"),
        new("barnhalsovard", "Barnhälsovård", 1, true,
            ReadMore + "\n\nUpprätta förteckning över ansvar mellan barnhälsovård och förskolor se *bilaga 2 ansvarsfördelning av förskolor i samverkansområdet*."),
        new("asylsokande", "Asylsökande och personer utan tillstånd", 1, true,
            ReadMore + "\n\nHälsoundersökningar genomförs av vårdcentralerna enligt närområdeskartan. Kommunen kan tillfrågas om att utföra hälso- och sjukvårdsinsatser i hemmet inom ramen för primärvård. Regional primärvård eller slutenvård kontaktar ansvarig chef för kommunal primärvård. Vid en överenskommelse om utförande av hälso- och sjukvårdsinsatser ska även ersättning till kommunen regleras."),
        new("halsofraemjande", "Hälsofrämjande och förebyggande arbete", 1, false, ReadMore),
        new("egenvard", "Egenvård", 1, false,
            "Kopplat till Läns gemensam rutin för egenvård och Läns gemensam rutin för hälso- och sjukvårdsinsatser som är bedömda att kunna utföras som egenvård för barn och unga på korttidsvistelse LSS."),
        new("vardgrannar", "Samverkan med vårdgrannar och andra myndigheter", 1, false, ReadMore, SectionContent.CareNeighbours),
        new("integrerade-mottagningar", "Integrerade mottagningar", 1, false),
        new("gemensam-uppfoljning", "Gemensam uppföljning", 1, true, "Denna plan ska årligen följas upp inom lokala samverkansområdet."),
        new("kompetensutveckling", "Gemensam kompetensutveckling", 1, true),
        new(DevelopmentAreasKey, "Utvecklingsområden", 1, true, "", SectionContent.DevelopmentAreas),
        new(SignatoriesKey, "Ansvariga för gemensam närområdesplan", 1, true, "", SectionContent.Signatories),
        new("referenser", "Referenser", 1, false, "- Länkar till referenser finns i dokument: Referenser Gemensam Närområdesplan"),
        new(Appendix1Key, "Bilaga 1 Läkaransvar i kommunal primärvård", 1, true, "Ansvarig vårdcentral per boende.", SectionContent.Appendix1),
        new(Appendix2Key, "Bilaga 2 Barnhälsovård", 1, true, "Förteckning över ansvar mellan barnhälsovård och förskolor.", SectionContent.Appendix2),
    ];

    /// <summary>The template entry for a key, or null for sections a plan added itself (handlingsplan).</summary>
    public static SectionTemplate? Find(string key) => Vgr.FirstOrDefault(s => s.Key == key);
}
