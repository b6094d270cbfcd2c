using System.Text.RegularExpressions;

namespace Narplan.Web.Features.Audit;

/// <summary>
/// The one mapping from what the audit log stores (English identifiers: actions, roles, entity types, field names,
/// enum values) to what the administrator reads (decision 0060). The stored rows are never changed, so the hash chain of
/// old rows stays valid: only their display is translated here. Details become a Swedish sentence; values that old rows
/// stored as .NET type names ("System.Collections.Generic.List`1[…]") are shown as "en lista", never as the type name.
/// </summary>
public static partial class AuditText
{
    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Create => "Skapande",
        AuditAction.Update => "Ändring",
        AuditAction.Delete => "Borttagning",
        AuditAction.Read => "Läsning",
        AuditAction.ReadDenied => "Nekad läsning",
        AuditAction.Export => "Utdrag",
        AuditAction.SignIn => "Inloggning",
        AuditAction.SignInFailed => "Misslyckad inloggning",
        AuditAction.Refused => "Nekad ändring",
        _ => action.ToString(),
    };

    /// <summary>The filter's value for an action: a Swedish word in the URL too (<c>?handelse=lasning</c>).</summary>
    public static string ActionKey(AuditAction action) => action switch
    {
        AuditAction.Create => "skapande",
        AuditAction.Update => "andring",
        AuditAction.Delete => "borttagning",
        AuditAction.Read => "lasning",
        AuditAction.ReadDenied => "nekad-lasning",
        AuditAction.Export => "utdrag",
        AuditAction.SignIn => "inloggning",
        AuditAction.SignInFailed => "misslyckad-inloggning",
        AuditAction.Refused => "nekad-andring",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>Reads the filter's value back; the English name of older links is accepted too.</summary>
    public static AuditAction? ParseAction(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var action in Enum.GetValues<AuditAction>())
        {
            if (string.Equals(ActionKey(action), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return action;
            }
        }

        return Enum.TryParse<AuditAction>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
    }

    /// <summary>"KommunNurse" → "Sjuksköterska (kommun)"; the system and a visitor not signed in have their own words.</summary>
    public static string Role(string role) => role switch
    {
        "System" => "Systemet",
        "Anonym" => "Ej inloggad",
        _ when Enum.TryParse<UserRole>(role, out var r) && Enum.IsDefined(r) => r.Swedish(),
        _ => role,
    };

    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["AgreementRecord"] = "Samverkansavtal",
        ["BodyMembership"] = "Ledamotskap",
        ["CapacityNotice"] = "Meddelande om ändrat antal platser",
        ["ChairTermRecord"] = "Ordförandeperiod",
        ["ConferenceDecision"] = "Beslut om spridningskonferens",
        ["CostSplitBudget"] = "Budget för kostnadsfördelning",
        ["CostSplitPart"] = "Kommunens andel av kostnaden",
        ["GovernanceBody"] = "Samverkansorgan",
        ["GovernanceMatter"] = "Ärende i närvårdssamverkan",
        ["GovernanceMeeting"] = "Möte i närvårdssamverkan",
        ["MatterStep"] = "Steg i ärende",
        ["PopulationRow"] = "Folkmängd för kommun",
        ["PopulationVersion"] = "Folkmängdsimport",
        ["SelfCareCertificate"] = "Egenvårdsintyg",
        ["SipOffer"] = "SIP-erbjudande",
        ["SipParticipant"] = "Deltagare i SIP-möte",
        ["SipAction"] = "Åtgärd i SIP",

        ["VaccinationCampaign"] = "Vaccinationskampanj",
        ["VaccineOrder"] = "Beställning av vaccindoser",
        ["VaccinationDose"] = "Given vaccindos",

        ["PlaceReportSubmission"] = "Platsrapport till VGR",

        ["FollowUpCount"] = "Inmatat antal för uppföljning",

        ["OralHealthCertifier"] = "Intygsutfärdare (munhälsa)",
        ["OralHealthRecord"] = "Munhälsa: N-intyg",
        ["OralHealthAssessment"] = "Munhälsobedömning",
        ["UnitPlacesPeriod"] = "Antal platser från datum",
        ["UserRoleAssignment"] = "Roll för konto",
        ["LogReview"] = "Loggranskning",
        ["LogReviewMark"] = "Bedömning i loggranskning",
        ["AgreementNoticeRecord"] = "Uppsägning av avtal",
        ["AccountLink"] = "Engångslänk för konto",
        ["SetupLink"] = "Installationslänk",
        ["DataProtectionKey"] = "Nyckel",
        ["AcuteContact"] = "Akut kontakt",
        ["AnnualReview"] = "Årlig vårdplanering",
        ["BreakpointConversationRecord"] = "Brytpunktssamtal",
        ["CareCertificateRequestRecord"] = "Begäran om intyg",
        ["CarePlanRecord"] = "Vårdplan",
        ["CareUnit"] = "Enhet",
        ["ContactTime"] = "Kontakttid",
        ["DeathDelegationRecord"] = "Delegering av dödsfallsintyg",
        ["DeathRecord"] = "Dödsfall",
        ["DeathTaskRecord"] = "Uppgift efter dödsfall",
        ["DecisionSupportProfileVersion"] = "Beslutsstöd (version)",
        ["DoctorAbsence"] = "Läkares frånvaro",
        ["EndOfLifeDecisionRecord"] = "Beslut i livets slutskede",
        ["Kommun"] = "Kommun",
        ["KommunVacationSetting"] = "Kommunens semesterperiod",
        ["ListingOffer"] = "Erbjudande om listning",
        ["Login"] = "Inloggning",
        ["NarplanUser"] = "Användare",
        ["NeighbourhoodPlan"] = "Närområdesplan",
        ["OnCallArea"] = "Jourområde",
        ["OnCallAreaAssignment"] = "Enhet i jourområde",
        ["OnCallRedirect"] = "Omkoppling av samtal",
        ["PalliativeCourse"] = "Palliativt vårdförlopp",
        ["Organisation"] = "Organisation",
        ["Patient"] = "Patient",
        ["PatientCareContact"] = "Patientens kontaktperson",
        ["PatientEvent"] = "Händelse för patient",
        ["Person"] = "Person",
        ["PlanApproval"] = "Godkännande av plan",
        ["PlanComment"] = "Synpunkt på plan",
        ["PlanSection"] = "Avsnitt i plan",
        ["PlanVersion"] = "Planversion",
        ["Preschool"] = "Förskola",
        ["Region"] = "Region",
        ["RegionReviewSetting"] = "Regionens inställning för vårdplanering",
        ["RegionalUnit"] = "Regional enhet",
        ["ReviewTask"] = "Uppgift i årsplan",
        ["RoundFeedLink"] = "Kalenderlänk för ronder",
        ["RoundOccurrenceRecord"] = "Rondtillfälle",
        ["RoundSeries"] = "Rondserie",
        ["RuleProfileVersion"] = "Regelprofil (version)",
        ["SafetyMedicationContactRecord"] = "Kontakt om trygghetsläkemedel",
        ["SafetyMedicationRecord"] = "Trygghetsläkemedel",
        ["SubRegion"] = "Delregion",
        ["UnitResponsibility"] = "Läkaransvar för enhet",
        ["UnitReviewCapacity"] = "Enhetens kapacitet för vårdplanering",
        ["YearPlanRun"] = "Körning av årsplan",
        ["CrisisContactPlan"] = "Krisstödskontakter",
        ["CrisisAbsence"] = "Frånvaro i krisstödsordningen",
        ["LedningsteamMeeting"] = "Ledningsteamsmöte",
        ["CompetenceAssessment"] = "Gemensam bedömning av kompetensutveckling",
        ["HealthPromotionActivity"] = "Hälsofrämjande aktivitet",
    };

    public static string EntityType(string type) => EntityTypes.GetValueOrDefault(type, type);

    /// <summary>The filter's value for an entity type is its Swedish name; reads it back to the stored type.</summary>
    public static string? ParseEntityType(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var match = EntityTypes.FirstOrDefault(p => string.Equals(p.Value, trimmed, StringComparison.OrdinalIgnoreCase));
        return match.Key ?? trimmed;
    }

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["GrantedAt"] = "tilldelad",
        ["GrantedBy"] = "tilldelad av",
        ["DeactivatedAt"] = "avaktiverad",
        ["ExtensionYears"] = "förlängning (år)",
        ["FirstTermEnd"] = "första avtalsperiodens slut",
        ["FirstTermStart"] = "första avtalsperiodens start",
        ["NoticeMonths"] = "uppsägningstid (månader)",
        ["HasVote"] = "rösträtt",
        ["PersonName"] = "person",
        ["AcknowledgedAt"] = "kvitterad",
        ["AcknowledgedBy"] = "kvitterad av",
        ["EffectiveFrom"] = "gäller från",
        ["GivenAt"] = "lämnad",
        ["GivenBy"] = "lämnad av",
        ["PlacesBefore"] = "platser före",
        ["PlacesBeforeHistory"] = "platser före platshistoriken",
        ["CertificateIssuedOn"] = "N-intyg utfärdat",
        ["CertifierId"] = "intygsutfärdare",
        ["CertifierName"] = "intygsutfärdarens namn",
        ["LastOfferedOn"] = "senast erbjuden",
        ["LastOfferDeclined"] = "avböjde senaste erbjudandet",
        ["LastAssessmentOn"] = "senaste munhälsobedömning",
        ["LastTrainedOn"] = "senaste utbildning",
        ["AssessedOn"] = "bedömd",
        ["RecordId"] = "munhälsopost",
        ["CountedOn"] = "räknat den",
        ["TotalPlaces"] = "antal platser totalt",
        ["SentAt"] = "skickad",
        ["SentBy"] = "skickad av",
        ["ChairName"] = "ordförande",
        ["ChairSide"] = "ordförandens part",
        ["FirstYear"] = "första år",
        ["LastYear"] = "sista år",
        ["ViceName"] = "vice ordförande",
        ["ViceSide"] = "vice ordförandens part",
        ["DecidedOn"] = "beslutsdatum",
        ["RegionKronor"] = "regionens del (kr)",
        ["TotalKronor"] = "totalt (kr)",
        ["KommunCode"] = "kommunkod",
        ["AssignmentEnd"] = "uppdraget slutar",
        ["AssignmentStart"] = "uppdraget börjar",
        ["SortOrder"] = "ordning",
        ["UserParticipation"] = "brukarmedverkan",
        ["IsClosed"] = "avslutat",
        ["RaisedOn"] = "väckt",
        ["MinutesKind"] = "slag av anteckningar",
        ["MinutesPublished"] = "anteckningar publicerade",
        ["ImportedAt"] = "importerad",
        ["ReferenceDate"] = "referensdatum",
        ["EndedOn"] = "avslutad",
        ["LastFollowUpBy"] = "senast uppföljd av",
        ["Count"] = "antal",
        ["IsAutumn"] = "hösten",
        ["CarePlanUpdated"] = "vårdplan uppdaterad",
        ["ChangeNote"] = "ändringsanteckning",
        ["Date"] = "datum",
        ["DoneOn"] = "genomförd",
        ["DueBy"] = "senast",
        ["HealthExamination"] = "hälsoundersökning",
        ["HomeVisitByRegularDoctor"] = "hembesök av fast läkarkontakt",
        ["IsManuallyMoved"] = "flyttad för hand",
        ["MedicationReview"] = "läkemedelsgenomgång",
        ["MedicationReviewDone"] = "läkemedelsgenomgång gjord",
        ["PalliativeConsideration"] = "palliativa insatser",
        ["PlannedFromDeterioration"] = "planerad utifrån försämring",
        ["PlannedFromPreviousReview"] = "planerad utifrån föregående vårdplanering",
        ["SlotSource"] = "tid från",
        ["TreatmentLimitations"] = "behandlingsbegränsningar",
        ["EnteredBy"] = "inmatat av",
        ["EnteredAt"] = "inmatat",
        ["LastFollowUpOn"] = "senast uppföljd",
        ["WriterRole"] = "utfärdarens roll",
        ["WrittenBy"] = "utfärdad av",
        ["WrittenOn"] = "utfärdad",
        ["Trigger"] = "tillfälle",
        ["TriggerEventId"] = "händelse som gav tillfället",
        ["TriggerOn"] = "tillfällets datum",
        ["OfferedBy"] = "erbjudet av",
        ["MeetingOn"] = "SIP-möte",
        ["MeetingMode"] = "mötesform",
        ["MeetingPlace"] = "mötesplats",
        ["MeetingHeld"] = "mötet hållet",
        ["FollowUpOn"] = "uppföljning planerad",
        ["FollowedUpOn"] = "uppföljning hållen",
        ["ExternalSystem"] = "SIP-system",
        ["ExternalReference"] = "referens i SIP-systemet",
        ["OfferId"] = "SIP-erbjudande",
        ["Organisation"] = "organisation",
        ["Description"] = "beskrivning",
        ["Owner"] = "ansvarig",
        ["DoneOn"] = "klar",

        ["CampaignId"] = "vaccinationskampanj",
        ["Season"] = "säsong",
        ["StartsOn"] = "första dag",
        ["EndsOn"] = "sista dag",
        ["OrderDeadline"] = "sista beställningsdag",
        ["IncludesInfluenza"] = "influensa",
        ["IncludesCovid"] = "covid-19",
        ["EnhancedInfluenzaDoses"] = "doser förstärkt influensavaccin",
        ["StandardInfluenzaDoses"] = "doser vanligt influensavaccin",
        ["CovidDoses"] = "doser covid-19-vaccin",
        ["OrderedOn"] = "beställd",
        ["OrderedBy"] = "beställd av",
        ["ConfirmedOn"] = "bekräftad",
        ["ConfirmedBy"] = "bekräftad av",
        ["Vaccine"] = "vaccin",
        ["GivenOn"] = "given",
        ["DoseNumber"] = "dosnummer",
        ["DocumentationSentOn"] = "underlag skickat",
        ["DocumentationSentBy"] = "underlag skickat av",
        ["RegisteredOn"] = "registrerad",
        ["RegisteredBy"] = "registrerad av",
        ["Held"] = "hölls",
        ["Theme"] = "tema",
        ["Year"] = "år",
        ["Seat"] = "plats",
        ["Sector"] = "sektor",
        ["Side"] = "part",
        ["Source"] = "källa",
        ["Invented"] = "påhittade värden",
        ["Question"] = "frågeställning",
        ["Deliverables"] = "leverans",
        ["Start"] = "start",
        ["End"] = "slut",
        ["Covers"] = "omfattar",
        ["Population"] = "folkmängd",
        ["Kronor"] = "kronor",
        ["CompletedBy"] = "avslutad av",
        ["Summary"] = "sammanfattning",
        ["Month"] = "månad",
        ["Justified"] = "befogad",
        ["Comment"] = "kommentar",
        ["ReviewerName"] = "granskare",
        ["MarkedAt"] = "bedömd",
        ["AuditEntryId"] = "loggrad",
        ["HsaId"] = "HSA-id",
        ["KommunCodeText"] = "kommunkod",
        ["EmployedFrom"] = "anställd från",
        ["EmployedUntil"] = "anställd till",
        ["Address"] = "adress",
        ["UsedAt"] = "använd",
        ["ExpiresAt"] = "gäller till",
        ["Purpose"] = "syfte",
        ["TokenHash"] = "länk",
        ["AccessFailedCount"] = "misslyckade inloggningar",
        ["AcuteVisitName"] = "akutbesök, namn",
        ["AcuteVisitPhone"] = "akutbesök, telefon",
        ["AcuteVisitRemit"] = "akutbesök, uppdrag",
        ["Agenda"] = "dagordning",
        ["AirOrOxygen"] = "luft eller syrgas",
        ["AnchorDate"] = "första datum",
        ["Answer"] = "svar",
        ["AnsweredOn"] = "svarsdatum",
        ["Appendix1"] = "Bilaga 1",
        ["Appendix2"] = "Bilaga 2",
        ["AreaId"] = "jourområde",
        ["AssigneeName"] = "ansvarig",
        ["Background"] = "bakgrund",
        ["Capacity"] = "kapacitet",
        ["DecisionSupport"] = "beslutsstöd",
        ["EveryOtherWeek"] = "varannan vecka",
        ["Place"] = "plats",
        ["ReconciliationOnly"] = "bara avstämning",
        ["ReviewsPerRound"] = "vårdplaneringar per rond",
        ["SecondRegularDoctorId"] = "andra fasta läkarkontakt",
        ["UsesContactTime"] = "använder kontakttid",
        ["At"] = "tid",
        ["Author"] = "författare",
        ["CalledAt"] = "samtalstid",
        ["CancelNote"] = "anteckning om inställd rond",
        ["CancelReason"] = "skäl till inställd rond",
        ["CareCentreId"] = "vårdcentral",
        ["CareUnitId"] = "enhet",
        ["ChildHealthCentreId"] = "BVC",
        ["CompletedAt"] = "klar",
        ["Consciousness"] = "medvetandegrad",
        ["Content"] = "innehållstyp",
        ["ContentRevision"] = "innehållsversion",
        ["DaytimeEnd"] = "dagtid slutar",
        ["DaytimeStart"] = "dagtid börjar",
        ["DecisionSupportResult"] = "beslutsstödets resultat",
        ["DecisionSupportTool"] = "beslutsstöd",
        ["DelegationId"] = "delegering",
        ["Details"] = "planens uppgifter",
        ["DiedAt"] = "dödstidpunkt",
        ["DiedOn"] = "dödsdatum",
        ["DirectPhone"] = "direktnummer",
        ["Discriminator"] = "slag",
        ["DisplayName"] = "namn",
        ["DoctorAnswered"] = "läkaren svarade",
        ["DoctorArrived"] = "läkaren kom",
        ["DoctorId"] = "läkare",
        ["DoctorName"] = "läkare",
        ["DueOn"] = "senast",
        ["Email"] = "e-post",
        ["EmailConfirmed"] = "e-post bekräftad",
        ["EnrolledOn"] = "inskriven",
        ["EscalationSteps"] = "eskaleringssteg",
        ["EstablishedAt"] = "dödsfallet konstaterat",
        ["EstablishedBy"] = "konstaterat av",
        ["EstablishedByDoctor"] = "konstaterat av läkare",
        ["EstablishingCareCentreId"] = "konstaterande vårdcentral",
        ["EvesAreOnCall"] = "aftnar är jourtid",
        ["ExaminingNurse"] = "undersökande sjuksköterska",
        ["ExclusionSymptoms"] = "uteslutande symtom",
        ["FixedOn"] = "fastställd",
        ["From"] = "från",
        ["FromUnitId"] = "från enhet",
        ["HasConfidentialityMarking"] = "sekretessmarkering",
        ["HasProtectedRegistration"] = "skyddad folkbokföring",
        ["Heading"] = "rubrik",
        ["HeldOn"] = "hållet",
        ["HolidayPolicy"] = "vid helgdag",
        ["IdentityKind"] = "slag av identitetsnummer",
        ["IdentityUnknown"] = "okänd identitet",
        ["IsDemo"] = "demodata",
        ["IsExpected"] = "väntat dödsfall",
        ["IsInternal"] = "internt nummer",
        ["Key"] = "nyckel",
        ["Kind"] = "slag",
        ["KommunId"] = "kommun",
        ["Kontakt"] = "kontakt",
        ["LastDay"] = "sista dag",
        ["LaterVisitReason"] = "skäl till senare besök",
        ["LengthMinutes"] = "längd i minuter",
        ["Level"] = "nivå",
        ["ListedCareCentreId"] = "listad på vårdcentral",
        ["Location"] = "plats",
        ["LockoutEnabled"] = "kan låsas",
        ["LockoutEnd"] = "låst till",
        ["Mandatory"] = "obligatoriskt",
        ["MeetingForm"] = "mötesform",
        ["MovedStart"] = "flyttad till",
        ["Name"] = "namn",
        ["News2Band"] = "NEWS2-nivå",
        ["News2Total"] = "NEWS2-poäng",
        ["NormalizedEmail"] = "e-post (sökform)",
        ["NormalizedUserName"] = "användarnamn (sökform)",
        ["Note"] = "anteckning",
        ["Number"] = "nummer",
        ["NurseExaminedAt"] = "sjuksköterskan undersökte",
        ["NurseName"] = "sjuksköterska",
        ["OfferedOn"] = "erbjudet",
        ["On"] = "datum",
        ["OnCallNumbers"] = "journummer",
        ["OnCallServiceName"] = "jourens namn",
        ["OnSitePromiseMinutes"] = "utlovad tid till plats (minuter)",
        ["OnSiteWithinMinutes"] = "på plats inom (minuter)",
        ["Order"] = "ordning",
        ["OrganisationId"] = "organisation",
        ["OriginalDate"] = "ursprungligt datum",
        ["Outcome"] = "utfall",
        ["Ownership"] = "driftform",
        ["Participants"] = "deltagare",
        ["PainRated"] = "smärtskattning gjord",
        ["OralHealthAssessed"] = "munhälsobedömning gjord",
        ["AsNeededOpioidPrescribed"] = "vid behov-ordination av opioid",
        ["AsNeededAnxiolyticPrescribed"] = "vid behov-ordination av ångestdämpande",
        ["FreeOfPressureUlcers"] = "fri från trycksår",
        ["CareCentreName"] = "vårdcentralens namn",
        ["EstablishingCareCentreName"] = "konstaterande vårdcentralens namn",
        ["PartyId"] = "part",
        ["PartyName"] = "part",
        ["PasswordHash"] = "lösenord",
        ["PatientId"] = "patient",
        ["PatientWishes"] = "patientens önskemål",
        ["PersonId"] = "person",
        ["Phone"] = "telefon",
        ["PhoneNumber"] = "telefonnummer",
        ["PhoneNumberConfirmed"] = "telefonnummer bekräftat",
        ["Places"] = "platser",
        ["PlanId"] = "plan",
        ["PlanVersionId"] = "planversion",
        ["PreviousAnnualReview"] = "förra årliga vårdplaneringen",
        ["PreviousSeriesId"] = "föregående rondserie",
        ["PublishedOn"] = "publicerad",
        ["Pulse"] = "puls",
        ["Reason"] = "skäl",
        ["Recurrence"] = "återkommer",
        ["RegionId"] = "region",
        ["RegularCareWorker"] = "fast omsorgskontakt",
        ["RegularDoctorId"] = "fast läkarkontakt",
        ["RespirationRate"] = "andningsfrekvens",
        ["RespiteKeepsRegularDoctor"] = "växelvård behåller fast läkarkontakt",
        ["ResponderKind"] = "vem som svarar",
        ["ResponderName"] = "svarar",
        ["ResponderPhone"] = "svarande telefon",
        ["Role"] = "roll",
        ["RoutedToUnitsCareCentre"] = "skickad till enhetens vårdcentral",
        ["Rows"] = "rader",
        ["RuleNote"] = "regel",
        ["RuleProfile"] = "regelprofil",
        ["Scale"] = "skala",
        ["Scope"] = "gäller för",
        ["SecondWeekday"] = "andra veckodag",
        ["SectionKey"] = "avsnitt",
        ["SecurityStamp"] = "säkerhetsstämpel",
        ["Sequence"] = "nummer i serien",
        ["SeriesId"] = "rondserie",
        ["ShortName"] = "kortnamn",
        ["SignatoryName"] = "undertecknare",
        ["Since"] = "sedan",
        ["SpO2"] = "syremättnad",
        ["StartTime"] = "starttid",
        ["Status"] = "status",
        ["StoredIdentityNumber"] = "identitetsnummer",
        ["SubRegionId"] = "delregion",
        ["SubstituteName"] = "ersättare",
        ["SystolicBloodPressure"] = "systoliskt blodtryck",
        ["TelephoneContactWithinMinutes"] = "telefonkontakt inom (minuter)",
        ["TelephonePromiseMinutes"] = "utlovad telefonkontakt (minuter)",
        ["Temperature"] = "temperatur",
        ["Text"] = "text",
        ["Through"] = "till och med",
        ["Title"] = "titel",
        ["ToUnitId"] = "till enhet",
        ["TwoFactorEnabled"] = "tvåstegsinloggning",
        ["Type"] = "typ",
        ["UnitKind"] = "slag av enhet",
        ["UnplannedVisitOn"] = "oplanerat besök",
        ["Until"] = "till",
        ["UserName"] = "användarnamn",
        ["ValidFrom"] = "gäller från",
        ["ValidTo"] = "gäller till",
        ["ValidUntil"] = "gäller till",
        ["VisitDecided"] = "besök beslutat",
        ["Weekday"] = "veckodag",
        ["WeekdayHolidaysAreOnCall"] = "helgdagar på vardagar är jourtid",
        ["OfficeOpens"] = "kontorstid börjar",
        ["OfficeCloses"] = "kontorstid slutar",
        ["ChiefTitle"] = "titel (ringes först)",
        ["ChiefName"] = "förvaltningschef",
        ["ChiefPhone"] = "förvaltningschefens telefon",
        ["Substitutes"] = "ersättare i ordning",
        ["OutsideOfficeName"] = "utanför kontorstid",
        ["OutsideOfficePhone"] = "växel utanför kontorstid",
        ["FirstDay"] = "första dag",
        ["PatientSafety"] = "patientsäkerhet",
        ["Deviations"] = "avvikelser",
        ["Guidelines"] = "riktlinjer",
        ["Notes"] = "anteckningar",
        ["ForYear"] = "år som planeras",
        ["AssessedOn"] = "bedömd",
        ["Needs"] = "behov",
        ["Trainings"] = "planerade utbildningar",
        ["Responsible"] = "ansvarig",
        ["Version"] = "version",
        ["Id"] = "id",
    };

    // Enum values and other stored words that appear as values in details, in Swedish.
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["Coordinator"] = "koordinator, närvårdskontoret",
        ["Autumn"] = "höst",
        ["Spring"] = "vår",
        ["EnhancedInfluenza"] = "förstärkt influensavaccin",
        ["StandardInfluenza"] = "vanligt influensavaccin",
        ["Covid19"] = "covid-19-vaccin",
        ["KommunAdmin"] = "kommunadministratör",
        ["RegionAdmin"] = "regionadministratör",
        ["ViceOrdforande"] = "vice ordförande",
        ["Ordforande"] = "ordförande",
        ["Ledamot"] = "ledamot",
        ["Ersattare"] = "ersättare",
        ["Adjungerad"] = "adjungerad",
        ["Sekreterare"] = "sekreterare",
        ["LocalWorkingGroup"] = "lokal arbetsgrupp",
        ["CommissionGroup"] = "uppdragsgrupp",
        ["LocalManagementGroup"] = "lokal ledningsgrupp",
        ["DisseminationConference"] = "spridningskonferens",
        ["WorkingCommittee"] = "arbetsutskott",
        ["SteeringGroup"] = "styrgrupp",
        ["PoliticalConsultation"] = "delregionalt politiskt samråd",
        ["Presidium"] = "presidium",
        ["CoordinationOffice"] = "närvårdskontoret",
        ["True"] = "ja",
        ["Deviations"] = "avvikelser i samverkan",
        ["UnplannedTransports"] = "oplanerade transporter",
        ["False"] = "nej",
        ["ActionRows"] = "åtgärdsrader",
        ["AdvisoryDoctors"] = "rådgivande läkare",
        ["Brytpunktsamtal"] = "brytpunktssamtal",
        ["Bvc"] = "BVC",
        ["Cancel"] = "ställ in",
        ["Cancelled"] = "inställd",
        ["CareNeighbours"] = "vårdgrannar",
        ["CrisisContacts"] = "krisstöd",
        ["DevelopmentAreas"] = "utvecklingsområden",
        ["DoctorAbsent"] = "läkaren frånvarande",
        ["DoctorBusyWithEmergency"] = "läkaren upptagen av akut ärende",
        ["EveryOtherWeek"] = "varannan vecka",
        ["Held"] = "hållen",
        ["Kommun"] = "kommun",
        ["Lakare"] = "läkare",
        ["LssBostad"] = "LSS-bostad",
        ["Mas"] = "MAS",
        ["MoveToNextWorkingDay"] = "flyttas till nästa arbetsdag",
        ["Naromradesplan"] = "närområdesplan",
        ["NothingToDiscuss"] = "inget att ta upp",
        ["OrdinartBoende"] = "ordinärt boende",
        ["PaPlats"] = "på plats",
        ["PaVardcentralen"] = "på vårdcentralen",
        ["Private"] = "privat",
        ["Public"] = "offentlig",
        ["Region"] = "region",
        ["RegionalUnit"] = "regional enhet",
        ["SarskiltBoende"] = "särskilt boende",
        ["Signatories"] = "undertecknare",
        ["Sjukskoterska"] = "sjuksköterska",
        ["StaffShortage"] = "personalbrist",
        ["SubRegion"] = "delregion",
        ["Teams"] = "Teams",
        ["TextOnly"] = "bara text",
        ["TwiceAWeek"] = "två gånger i veckan",
        ["Vardcentral"] = "vårdcentral",
        ["Vardcentralschef"] = "vårdcentralschef",
        ["Weekly"] = "varje vecka",
        ["Vgr"] = "VGR",
        ["Monday"] = "måndag",
        ["Tuesday"] = "tisdag",
        ["Wednesday"] = "onsdag",
        ["Thursday"] = "torsdag",
        ["Friday"] = "fredag",
        ["Saturday"] = "lördag",
        ["Sunday"] = "söndag",
        ["KommunNurse"] = "sjuksköterska (kommun)",
        ["UnitManager"] = "enhetschef",
        ["Doctor"] = "läkare",
        ["CareCentreManager"] = "vårdcentralschef",
        ["Admin"] = "administratör",
        ["Personnummer"] = "personnummer",
        ["Samordningsnummer"] = "samordningsnummer",
        ["Reservnummer"] = "reservnummer",
        ["Draft"] = "utkast",
        ["Published"] = "publicerad",
        ["Approved"] = "godkänd",
        ["HealthWeek"] = "hälsovecka",
        ["HealthTalks"] = "hälsosamtal med invånare över 75 år",
        ["Other"] = "annan aktivitet",
    };

    /// <summary>A field name in Swedish, or the stored name when no word is known for it yet.</summary>
    public static string Field(string name) => Fields.GetValueOrDefault(name, name);

    /// <summary>
    /// The entry's details as a Swedish sentence. <paramref name="nameOf"/> turns an id found in the details into a
    /// name (organisations, units, people), or null; ids without a name are left out rather than shown raw.
    /// </summary>
    public static string Details(AuditEntry entry, Func<Guid, string?> nameOf)
    {
        switch (entry.Action)
        {
            case AuditAction.Read:
                return Sentence("Läste patientens uppgifter", entry.Details);
            case AuditAction.ReadDenied:
                return Sentence("Fick inte läsa patientens uppgifter", entry.Details);
            case AuditAction.Export:
                return Sentence("Tog ut uppgifter", entry.Details);
            case AuditAction.SignIn:
                return entry.EntityId == "lokal" ? "Loggade in med e-post och lösenord." : "Loggade in.";
            case AuditAction.SignInFailed:
                return Sentence("Inloggningen misslyckades", entry.Details);
            case AuditAction.Refused:
                return Sentence("Ändringen nekades", entry.Details);
        }

        var fields = ParseFields(entry.Details);
        var namesOnly = fields.Count > 0 && fields.All(f => f.Value is null);
        var verb = entry.Action switch
        {
            AuditAction.Create => "Skapad",
            AuditAction.Update => "Ändrad",
            _ => "Borttagen",
        };
        if (fields.Count == 0)
        {
            return verb + ".";
        }

        if (namesOnly)
        {
            var names = string.Join(", ", fields.Select(f => Field(f.Name)).Distinct());
            return entry.Action == AuditAction.Update
                ? $"Ändrade {names}. Värdena visas inte i loggen."
                : $"{verb} med {names}. Värdena visas inte i loggen.";
        }

        var parts = new List<string>();
        foreach (var (name, value) in fields)
        {
            if (entry.Action == AuditAction.Update && value!.Split(" → ") is [var before, var after])
            {
                parts.Add($"{Field(name)} från {Value(before, nameOf) ?? "tomt"} till {Value(after, nameOf) ?? "tomt"}");
            }
            else if (Value(value!, nameOf) is { } shown)
            {
                parts.Add($"{Field(name)}: {shown}");
            }
        }

        if (parts.Count == 0)
        {
            return verb + ".";
        }

        return entry.Action == AuditAction.Update
            ? $"Ändrade {string.Join("; ", parts)}."
            : $"{verb} med {string.Join("; ", parts)}.";
    }

    private static string Sentence(string lead, string details) =>
        string.IsNullOrWhiteSpace(details) ? lead + "." : $"{lead}: {details.Trim().TrimEnd('.')}.";

    /// <summary>Splits "Name: value; Other: value" (or "Name; Other" for patient data) at the field names.</summary>
    internal static List<(string Name, string? Value)> ParseFields(string details)
    {
        var result = new List<(string, string?)>();
        if (string.IsNullOrWhiteSpace(details))
        {
            return result;
        }

        foreach (var part in FieldBoundary().Split(details))
        {
            var colon = part.IndexOf(": ", StringComparison.Ordinal);
            var name = colon < 0 ? part.Trim() : part[..colon];
            if (!FieldName().IsMatch(name))
            {
                // Not a field: text that belongs to the previous value (a value with "; " in it).
                if (result.Count > 0 && result[^1].Item2 is { } previous)
                {
                    result[^1] = (result[^1].Item1, previous + "; " + part);
                }

                continue;
            }

            result.Add((name, colon < 0 ? null : part[(colon + 2)..]));
        }

        return result;
    }

    /// <summary>One stored value for reading; null when there is nothing to show (empty, or an id without a name).</summary>
    internal static string? Value(string value, Func<Guid, string?> nameOf)
    {
        var text = value.Trim();
        if (text.Length == 0 || text == "∅")
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return nameOf(id);
        }

        // Old rows wrote a collection or a nested value as its .NET type name; say what it is instead.
        if (TypeName().IsMatch(text))
        {
            return text.Contains('{') ? "sammansatt uppgift" : "en lista";
        }

        if (Values.TryGetValue(text, out var word))
        {
            return word;
        }

        // "Thursday, 08 January 2026": how older rows wrote a date.
        if (DateTime.TryParseExact(text, "dddd, dd MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
        {
            return instant.Value.InZone(Stockholm.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        }

        if (text.Length > 160)
        {
            return string.Concat(text.AsSpan(0, 157), "…");
        }

        return text;
    }

    [GeneratedRegex(@"; (?=[A-Z][A-Za-z0-9]*(?:: |;|$))")]
    private static partial Regex FieldBoundary();

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"(System\.|Narplan\.|`\d+\[|<>|^\w+(\.\w+)*\[\]$|^\w+ \{ .* \}$)")]
    private static partial Regex TypeName();
}
