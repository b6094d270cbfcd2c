namespace Narplan.Data.Demo;

/// <summary>
/// Närvårdssamverkan Södra Älvsborg as seed 004 describes it: its bodies and seats, the eight kommuner with their
/// official kommun codes (SCB's kommunkoder), the agreement 2022–2025, chair terms, meetings with minutes, matters and
/// the cost split. Every person is fictional. The population figures are <b>invented</b> (rounded, of about the right
/// size, not SCB's figures) and stored marked as such; the budget total is invented too.
/// </summary>
public static class GovernanceDemoData
{
    /// <summary>The eight kommuner of Södra Älvsborg (seed 004's list of kommunstyrelser) with SCB's kommun codes.</summary>
    public static readonly (string Code, string Name)[] Kommuner =
    [
        ("1442", "Vårgårda"), ("1443", "Bollebygd"), ("1452", "Tranemo"), ("1463", "Mark"),
        ("1465", "Svenljunga"), ("1466", "Herrljunga"), ("1490", "Borås"), ("1491", "Ulricehamn"),
    ];

    /// <summary>Invented population on 1 July 2025, rounded to hundreds: not a statistics source.</summary>
    public static readonly Dictionary<string, long> InventedPopulation2025 = new()
    {
        ["1442"] = 12_100, ["1443"] = 9_900, ["1452"] = 11_800, ["1463"] = 35_400,
        ["1465"] = 10_900, ["1466"] = 9_600, ["1490"] = 114_200, ["1491"] = 25_300,
    };

    /// <summary>Adds the demo närvårdssamverkan once to a database with the demo delregion Södra Älvsborg and no bodies.</summary>
    public static async Task<bool> SeedIfMissingAsync(NarplanDbContext db, CancellationToken ct = default)
    {
        var sodra = await db.SubRegions.FirstOrDefaultAsync(s => s.Name == "Södra Älvsborg", ct);
        if (sodra is null || await db.GovernanceBodies.AnyAsync(ct))
        {
            return false;
        }

        new Builder(db, sodra.Id).Build();
        await db.SaveChangesAsync(ct);
        return true;
    }

    private sealed class Builder(NarplanDbContext db, Guid subRegionId)
    {
        private static readonly LocalDate Since = new(2022, 1, 1);

        public void Build()
        {
            var dps = Body(BodyKind.PoliticalConsultation, "Delregionalt politiskt samråd (DPS)", 10);
            var presidium = Body(BodyKind.Presidium, "Presidiet för Delregionalt politiskt samråd", 11);
            var styrgrupp = Body(BodyKind.SteeringGroup, "Styrgrupp närvård", 20);
            var au = Body(BodyKind.WorkingCommittee, "Arbetsutskott (AU)", 21);
            var conference = Body(BodyKind.DisseminationConference, "Spridningskonferens", 60);
            var office = Body(BodyKind.Office, "Närvårdskontoret", 90);

            // DPS: per kommun a politician; the presidia of the region's boards.
            var politicians = new[] { "Eva Lindqvist", "Anders Berg", "Sofia Nyström", "Johan Ekdahl", "Karin Wester", "Lars Ljung", "Maria Dahlén", "Peter Strand" };
            for (var i = 0; i < Kommuner.Length; i++)
            {
                var role = Kommuner[i].Name == "Mark" ? MemberRole.Ordforande : MemberRole.Ledamot;
                Member(dps, politicians[i], $"{Kommuner[i].Name}s kommun", "Per kommun vald politisk representant", role, Sector.Kommun, Principal.Kommun);
            }

            Member(dps, "Henrik Alm", "Södra hälso- och sjukvårdsnämnden", "Presidiet för Södra hälso- och sjukvårdsnämnden", MemberRole.ViceOrdforande, Sector.Ovrigt, Principal.Region);
            Member(dps, "Ulla Grön", "Södra hälso- och sjukvårdsnämnden", "Presidiet för Södra hälso- och sjukvårdsnämnden", MemberRole.Ledamot, Sector.Ovrigt, Principal.Region);
            Member(dps, "Bo Sjöberg", "Regionhälsan", "Presidiet för Regionhälsan", MemberRole.Ledamot, Sector.Ovrigt, Principal.Region);
            Member(dps, "Greta Holmqvist", "Närhälsan", "Presidiet för Närhälsan", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(dps, "Olof Lund", "Södra Älvsborgs Sjukhus", "Presidiet för styrelsen Södra Älvsborgs Sjukhus", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region);
            Member(dps, "Ingrid Falk", "Habilitering & Hälsa", "Presidiet för styrelsen Habilitering & Hälsa", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region);
            Member(dps, "Nils Rosén", "Folktandvården", "Presidiet för Tandvårdsstyrelsen", MemberRole.Ledamot, Sector.Tandvard, Principal.Region);
            OfficeSecretary(dps);

            Member(presidium, "Johan Ekdahl", "Marks kommun", "Ordförande i DPS", MemberRole.Ordforande, Sector.Kommun, Principal.Kommun);
            Member(presidium, "Henrik Alm", "Södra hälso- och sjukvårdsnämnden", "Vice ordförande i DPS", MemberRole.ViceOrdforande, Sector.Ovrigt, Principal.Region);
            OfficeSecretary(presidium);

            // DPS chairs 2022–2027: the vice chair becomes chair, alternating kommun and VGR (seed 004's main rule).
            Chair(dps, 2022, ("Karin Wester", Principal.Kommun), ("Stina Rask", Principal.Region));
            Chair(dps, 2024, ("Stina Rask", Principal.Region), ("Johan Ekdahl", Principal.Kommun));
            Chair(dps, 2026, ("Johan Ekdahl", Principal.Kommun), ("Henrik Alm", Principal.Region));

            // Styrgrupp: seed 004's seats. The kommun representatives are the chairs of the lokala ledningsgrupper.
            Member(styrgrupp, "Camilla Örn", "Södra Älvsborgs Sjukhus", "Representant för SÄS", MemberRole.Ordforande, Sector.Specialistvard, Principal.Region);
            Member(styrgrupp, "Fredrik Moberg", "Habilitering & Hälsa", "Representant för Habilitering & Hälsa", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region);
            Member(styrgrupp, "Linda Sahlin", "Vårdcentralen Kvarnen (privat)", "Vårdcentral privat", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(styrgrupp, "Emma Hedin", "Närhälsan", "Vårdcentral offentlig", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(styrgrupp, "Jakob Sund", "Rehab Väster (privat)", "Rehab privat", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(styrgrupp, "Annika Vik", "Närhälsan rehabmottagningar", "Rehab offentlig", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(styrgrupp, "Tomas Björk", "Folktandvården", "Tandvård", MemberRole.Adjungerad, Sector.Tandvard, Principal.Region, vote: false);
            Member(styrgrupp, "Sara Lindahl", "Södra hälso- och sjukvårdsnämndens förvaltning", "Beställd primärvård", MemberRole.Adjungerad, Sector.Primarvard, Principal.Region, vote: false);
            Member(styrgrupp, "Mats Engström", "Boråsregionen Sjuhärads kommunalförbund", "Boråsregionen Sjuhärads kommunalförbund", MemberRole.Ledamot, Sector.Ovrigt, Principal.Kommun, vote: false);
            Member(styrgrupp, "Lisa Fors", "Koncernkontoret VGR", "Koncernkontoret VGR", MemberRole.Ledamot, Sector.Ovrigt, Principal.Region, vote: false);
            OfficeSecretary(styrgrupp);

            Chair(styrgrupp, 2022, ("Gunilla Ek", Principal.Region), ("Rolf Hammar", Principal.Kommun));
            Chair(styrgrupp, 2024, ("Rolf Hammar", Principal.Kommun), ("Camilla Örn", Principal.Region));
            Chair(styrgrupp, 2026, ("Camilla Örn", Principal.Region), ("Per Sandberg", Principal.Kommun));

            // The lokala ledningsgrupper: chaired by the kommun; the chair sits in the styrgrupp.
            var chairs = new[] { "Elin Åkesson", "Kristina Holm", "Magnus Rydén", "Therese Lundin", "Pia Carlsson", "Per Sandberg", "Rolf Hammar", "Jenny Wallin" };
            var managementGroups = new Dictionary<string, GovernanceBody>();
            for (var i = 0; i < Kommuner.Length; i++)
            {
                var (code, name) = Kommuner[i];
                var group = Add(GovernanceBody.LocalManagementGroup(subRegionId, code, name, 70 + i));
                managementGroups[name] = group;
                var kommun = $"{name}s kommun";
                Member(group, chairs[i], kommun, "Kommunen (ordförande)", MemberRole.Ordforande, Sector.Kommun, Principal.Kommun);
                Member(group, $"Vårdcentralschef {name}", $"Närhälsan {name}", "Primärvård", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
                Member(group, $"Enhetschef SÄS ({name})", "Södra Älvsborgs Sjukhus", "Specialistvård", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region);
                Member(styrgrupp, chairs[i], kommun, "Representant från varje kommun",
                    name == "Herrljunga" ? MemberRole.ViceOrdforande : MemberRole.Ledamot, Sector.Kommun, Principal.Kommun);
            }

            // Real names for the Herrljunga group's other members (the other demo kommuner keep their seat titles).
            Member(managementGroups["Herrljunga"], "Maria Ek", "Närhälsan Herrljunga vårdcentral", "Vårdcentralschef", MemberRole.Ledamot, Sector.Primarvard, Principal.Region, from: new LocalDate(2026, 1, 1));
            Member(managementGroups["Herrljunga"], "Lena Holm", "Herrljunga kommun", "MAS", MemberRole.Ledamot, Sector.Kommun, Principal.Kommun, from: new LocalDate(2026, 1, 1));

            // AU: the styrgrupp's chair and vice chair and one each from kommun, primärvård and SÄS.
            Member(au, "Camilla Örn", "Södra Älvsborgs Sjukhus", "Styrgruppens ordförande", MemberRole.Ordforande, Sector.Specialistvard, Principal.Region);
            Member(au, "Per Sandberg", "Herrljunga kommun", "Styrgruppens vice ordförande", MemberRole.ViceOrdforande, Sector.Kommun, Principal.Kommun);
            Member(au, "Rolf Hammar", "Borås Stad", "Representant från kommunen", MemberRole.Ledamot, Sector.Kommun, Principal.Kommun);
            Member(au, "Emma Hedin", "Närhälsan", "Representant från primärvård", MemberRole.Ledamot, Sector.Primarvard, Principal.Region);
            Member(au, "Fredrik Moberg", "Södra Älvsborgs Sjukhus", "Representant från SÄS", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region);
            OfficeSecretary(au);

            // Two uppdragsgrupper with assignments from the styrgrupp.
            var homecoming = Add(GovernanceBody.Commission(subRegionId, styrgrupp.Id, "Uppdragsgrupp Trygg hemgång",
                Assignment.Create("Hur blir utskrivningen från SÄS till hemmet trygg för äldre med hemsjukvård?",
                    "Gemensam rutin för utskrivningsinformation, förslag till spridningsplan och uppföljning; återrapport till styrgruppen.",
                    new LocalDate(2026, 2, 1), new LocalDate(2027, 1, 31)),
                [Sector.Kommun, Sector.Primarvard, Sector.Specialistvard],
                "Två representanter från PRO och SPF deltar i arbetsmöten; patientberättelser från hemsjukvården."));
            Member(homecoming, "Therese Lundin", "Marks kommun", "Kommun", MemberRole.Ordforande, Sector.Kommun, Principal.Kommun, from: new LocalDate(2026, 2, 1));
            Member(homecoming, "Linda Sahlin", "Vårdcentralen Kvarnen (privat)", "Primärvård", MemberRole.Ledamot, Sector.Primarvard, Principal.Region, from: new LocalDate(2026, 2, 1));
            Member(homecoming, "Oskar Nord", "Södra Älvsborgs Sjukhus, medicinkliniken", "Specialistvård", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region, from: new LocalDate(2026, 2, 1));
            var youth = Add(GovernanceBody.Commission(subRegionId, styrgrupp.Id, "Uppdragsgrupp Barn och ungas psykiska hälsa",
                Assignment.Create("Hur samordnas insatserna för barn och unga med psykisk ohälsa mellan elevhälsa, vårdcentral och BUP?",
                    "Kartläggning och förslag till samverkansrutin.", new LocalDate(2025, 3, 1), new LocalDate(2026, 12, 31)),
                [Sector.Kommun, Sector.Primarvard, Sector.Specialistvard],
                "Brukarmedverkan via ungdomsrådet i Borås."));
            youth.SetStatus(CommissionStatus.Vilande, new LocalDate(2026, 6, 1));
            Member(youth, "Kristina Holm", "Bollebygds kommun, elevhälsan", "Kommun", MemberRole.Ordforande, Sector.Kommun, Principal.Kommun, from: new LocalDate(2025, 3, 1));
            Member(youth, "Emma Hedin", "Närhälsan", "Primärvård", MemberRole.Ledamot, Sector.Primarvard, Principal.Region, from: new LocalDate(2025, 3, 1));
            Member(youth, "Ahmed Karimi", "Barn- och ungdomspsykiatrin SÄS", "Specialistvård", MemberRole.Ledamot, Sector.Specialistvard, Principal.Region, from: new LocalDate(2025, 3, 1));

            // A lokal arbetsgrupp started by Herrljunga's lokala ledningsgrupp with an uppdragshandling.
            var workGroup = Add(GovernanceBody.LocalWorkingGroup(managementGroups["Herrljunga"], "Arbetsgrupp läkemedelsgenomgångar Herrljunga",
                Assignment.Create("Hur når vi fördjupade läkemedelsgenomgångar för alla på särskilt boende i Herrljunga?",
                    "Arbetssätt och rapport till lokala ledningsgruppen.", new LocalDate(2026, 3, 1), new LocalDate(2026, 12, 31)),
                "Anhörigrådet i Herrljunga tillfrågas."));
            Member(workGroup, "Lena Holm", "Herrljunga kommun", "MAS", MemberRole.Ordforande, Sector.Kommun, Principal.Kommun, from: new LocalDate(2026, 3, 1));
            Member(workGroup, "Karin Åberg", "Närhälsan Herrljunga vårdcentral", "Läkare", MemberRole.Ledamot, Sector.Primarvard, Principal.Region, from: new LocalDate(2026, 3, 1));

            Member(office, "Hanna Blom", "Boråsregionen Sjuhärads kommunalförbund", "Koordinator", MemberRole.Ledamot, Sector.Ovrigt, Principal.Kommun, vote: false);
            Member(office, "Sanna Ivarsson", "Boråsregionen Sjuhärads kommunalförbund", "Samordnare", MemberRole.Ledamot, Sector.Ovrigt, Principal.Kommun, vote: false);
            Member(conference, "Hanna Blom", "Närvårdskontoret", "Organisation och administration", MemberRole.Sekreterare, Sector.Ovrigt, Principal.Kommun, vote: false);

            Meetings(dps, styrgrupp, au);

            // A matter from Herrljunga's ledningsgrupp that went to the styrgrupp and was decided; another still at the office.
            var matter = new GovernanceMatter(subRegionId, managementGroups["Herrljunga"], "Utskrivningsinformation når inte hemsjukvården på fredagar",
                "Vid utskrivning från SÄS på fredagar når informationen hemsjukvården först på måndagen. Frågan kan inte lösas på lokal nivå.", new LocalDate(2026, 3, 10));
            matter.AddStep(MatterStepKind.Assigned, new LocalDate(2026, 3, 20), styrgrupp, "Bereds av AU och tas upp i styrgruppen.");
            matter.AddStep(MatterStepKind.Decided, new LocalDate(2026, 4, 16), styrgrupp, "Styrgruppen ger uppdragsgrupp Trygg hemgång i uppdrag att ta fram en gemensam rutin.");
            matter.AddStep(MatterStepKind.Closed, new LocalDate(2026, 4, 16), null, "Går vidare i uppdragsgruppen.");
            db.Add(matter);
            db.Add(new GovernanceMatter(subRegionId, managementGroups["Borås"], "Hjälpmedel vid korttidsvistelse",
                "Oklart vem som förskriver hjälpmedel under korttidsvistelse efter sjukhusvård.", new LocalDate(2026, 10, 5)));

            db.Add(new ConferenceDecision(subRegionId, 2025, true, "Trygga vårdövergångar", new LocalDate(2024, 11, 14), styrgrupp.Id));
            db.Add(new ConferenceDecision(subRegionId, 2026, true, "Psykisk hälsa hos äldre", new LocalDate(2025, 11, 13), styrgrupp.Id));

            db.Add(new AgreementRecord(subRegionId, AgreementTerm.SodraAlvsborg2022));

            var population = new PopulationVersion(subRegionId, new LocalDate(2025, 7, 1),
                "Påhittade demovärden (avrundade, ungefär rätt storlek; inte SCB:s siffror)", invented: true,
                Instant.FromUtc(2026, 1, 15, 9, 0),
                [.. Kommuner.Select(k => new KommunPopulation(k.Code, k.Name, InventedPopulation2025[k.Code]))]);
            db.Add(population);
            var budget = new CostSplitBudget(subRegionId, 2026, population.Id);
            var split = CostSplit.Split(4_200_000, population.Populations); // invented budget total
            budget.Set(population.Id, split.TotalKronor, split.RegionKronor, split.Kommuner);
            db.Add(budget);
        }

        private void Meetings(GovernanceBody dps, GovernanceBody styrgrupp, GovernanceBody au)
        {
            // DPS: four meetings planned in 2026; only three so far in 2027 (flagged on the page).
            foreach (var (month, day) in new[] { (2, 12), (4, 23), (9, 17), (11, 26) })
            {
                var m = Meeting(dps, new LocalDate(2026, month, day), 13, 16, "Borås, Stadshuset",
                    "1. Mötets öppnande\n2. Föregående protokoll\n3. Rapport från styrgruppen\n4. Uppdrag till närvårdskontoret\n5. Övriga frågor");
                if (month < 11)
                {
                    m.WriteMinutes(MinutesKind.Protokoll,
                        "§ 1 Ordföranden öppnade mötet.\n§ 2 Föregående protokoll lades till handlingarna.\n§ 3 Styrgruppens ordförande föredrog rapporten.\n§ 4 Inga nya uppdrag.\n§ 5 Inga övriga frågor.",
                        publish: true);
                }
            }

            foreach (var (month, day) in new[] { (2, 11), (5, 20), (9, 16) })
            {
                Meeting(dps, new LocalDate(2027, month, day), 13, 16, "Borås, Stadshuset", "Dagordning skickas ut två veckor före mötet.");
            }

            foreach (var month in new[] { 1, 3, 4, 6, 9, 10, 12 })
            {
                var m = Meeting(styrgrupp, new LocalDate(2026, month, 16), 9, 12, "Närvårdskontoret, Borås",
                    "1. Anmälda ärenden från närvårdskontoret\n2. Rapporter från uppdragsgrupper\n3. Lokala ledningsgrupper informerar");
                if (month <= 10)
                {
                    m.WriteMinutes(MinutesKind.Protokoll, "Styrgruppen behandlade anmälda ärenden och rapporter från uppdragsgrupperna.", publish: true);
                }
            }

            Meeting(au, new LocalDate(2026, 12, 2), 10, 11, "Digitalt", "Beredning av styrgruppens möte 16 december.")
                .WriteMinutes(MinutesKind.Minnesanteckningar, "", publish: false);
        }

        private GovernanceMeeting Meeting(GovernanceBody body, LocalDate date, int fromHour, int toHour, string place, string agenda)
        {
            var meeting = new GovernanceMeeting(body.Id, date.At(new LocalTime(fromHour, 0)), date.At(new LocalTime(toHour, 0)), place, agenda);
            db.Add(meeting);
            return meeting;
        }

        private GovernanceBody Body(BodyKind kind, string name, int order) => Add(new GovernanceBody(subRegionId, kind, name, order));

        private GovernanceBody Add(GovernanceBody body)
        {
            db.Add(body);
            return body;
        }

        private void Member(GovernanceBody body, string name, string organisation, string seat, MemberRole role, Sector sector, Principal side, bool vote = true, LocalDate? from = null) =>
            db.Add(new BodyMembership(body.Id, name, organisation, seat, role, sector, side, vote, from ?? Since, null));

        /// <summary>The närvårdskontor's representant, secretary without a vote in the bodies it serves.</summary>
        private void OfficeSecretary(GovernanceBody body) =>
            Member(body, "Hanna Blom", "Närvårdskontoret", "Närvårdskontorets representant", MemberRole.Sekreterare, Sector.Ovrigt, Principal.Kommun, vote: false);

        private void Chair(GovernanceBody body, int firstYear, (string Name, Principal Side) chair, (string Name, Principal Side) vice) =>
            db.Add(new ChairTermRecord(body.Id, new ChairTerm(
                new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(firstYear + 1, 12, 31)),
                new Appointee(chair.Name, chair.Side), new Appointee(vice.Name, vice.Side))));
    }
}
