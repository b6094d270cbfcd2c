namespace Narplan.Data.Demo;

/// <summary>
/// Demo närområden built from the seeds (shared/seeds): organisation, unit and service names and
/// service numbers come from there; names the seeds do not give are invented and marked
/// <c>IsDemo</c>. Every person is fictional, and every invented phone number lies in the ranges
/// PTS reserves for fiction (031-390 06 00–99, 070-174 06 00–99), so none rings a real phone.
/// </summary>
public static class DemoData
{
    /// <summary>The date the demo plans take effect (seed 000: "gäller från 2026-01-01").</summary>
    public static readonly LocalDate PlanStart = new(2026, 1, 1);

    private static readonly LocalDate LidkopingPlanStart = new(2023, 1, 1); // seed 002

    /// <summary>Loads the demo data when the database has no regions; returns whether it did.</summary>
    public static async Task<bool> SeedIfEmptyAsync(NarplanDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Regions.AnyAsync(cancellationToken))
        {
            await SeedOnCallAreasIfEmptyAsync(db, cancellationToken);
            await DemoRegisters.SeedIfMissingAsync(db, cancellationToken);
            // A demo database made before the rounds existed gets them once.
            if (!await db.RoundSeries.AnyAsync(cancellationToken) && await db.CareUnits.AnyAsync(u => u.Name == "Bäckliden", cancellationToken))
            {
                await DemoRounds.AddAsync(db, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }

            await GovernanceDemoData.SeedIfMissingAsync(db, cancellationToken);
            await DemoFollowUp.SeedIfMissingAsync(db, cancellationToken);
            return false;
        }

        new Builder(db).Build();
        await DemoRounds.AddAsync(db, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await SeedOnCallAreasIfEmptyAsync(db, cancellationToken);
        await GovernanceDemoData.SeedIfMissingAsync(db, cancellationToken);

        await DemoRegisters.SeedIfMissingAsync(db, cancellationToken);
        await DemoFollowUp.SeedIfMissingAsync(db, cancellationToken);
        return true;
    }

    /// <summary>
    /// The beredskapsjourområden from the seeds (decision 0037), each with its first rule profile version, and the demo
    /// kommuner's dated assignments: Herrljunga → Beredskapsjouren Älvsborg + Södra Bohuslän (seed 000), Lidköping →
    /// Beredskapsjouren Skaraborg (seed 002), Vänersborg → Beredskapsjouren Fyrbodal (decision 0038), Falkenberg → Region
    /// Halland's allmänmedicinska beredskapsjour (seed 003). Areas whose seed gives no number get none, so the answer
    /// says "Nummer saknas". Added once to a database with the demo regions and no areas (also one made before areas
    /// existed, whose region-wide profiles the migration removed); an administrator changes them as data afterwards.
    /// </summary>
    public static async Task SeedOnCallAreasIfEmptyAsync(NarplanDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.OnCallAreas.AnyAsync(cancellationToken))
        {
            return;
        }

        var regions = await db.Regions.ToListAsync(cancellationToken);
        var kommuner = await db.Kommuner.ToListAsync(cancellationToken);
        var vgr = regions.FirstOrDefault(r => r.ShortName == "VGR");
        var halland = regions.FirstOrDefault(r => r.ShortName == "Halland");

        void AddArea(Region? region, OnCallRuleProfile profile, string kommun, LocalDate from)
        {
            if (region is null)
            {
                return;
            }

            var area = new OnCallArea(region.Id, profile.Name);
            db.OnCallAreas.Add(area);
            db.RuleProfileVersions.Add(new RuleProfileVersion(area.Id, profile));
            if (kommuner.FirstOrDefault(k => k.Name == kommun && k.RegionId == region.Id) is { } k)
            {
                db.OnCallAreaAssignments.Add(new OnCallAreaAssignment(area.Id, k.Id, null, from, null));
            }
        }

        // Assignments start with the first answer the demo must give (Bäckliden's 2025 history, older feeds).
        var since = new LocalDate(2020, 1, 1);
        AddArea(vgr, SeedOnCallProfiles.AlvsborgSodraBohuslan(since), "Herrljunga", since);
        AddArea(vgr, SeedOnCallProfiles.Skaraborg(), "Lidköping", since);
        AddArea(vgr, SeedOnCallProfiles.Fyrbodal(since), "Vänersborg", since);
        AddArea(halland, SeedOnCallProfiles.Halland(), "Falkenberg", since);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Builder(NarplanDbContext db)
    {
        private int _fictionalNumber;

        public void Build()
        {
            var vgr = Add(new Region("Västra Götalandsregionen", "VGR", DecisionSupportProfileKey.Vgr));
            var halland = Add(new Region("Region Halland", "Halland", DecisionSupportProfileKey.Halland));
            var sodraAlvsborg = Add(new SubRegion(vgr, "Södra Älvsborg"));
            var skaraborg = Add(new SubRegion(vgr, "Skaraborg"));
            var fyrbodal = Add(new SubRegion(vgr, "Fyrbodal"));

            Herrljunga(Add(WithCode(new Kommun(vgr, sodraAlvsborg, "Herrljunga"), "1466")));
            Lidkoping(Add(WithCode(new Kommun(vgr, skaraborg, "Lidköping"), "1494")));
            Vanersborg(Add(WithCode(new Kommun(vgr, fyrbodal, "Vänersborg"), "1487")));
            Falkenberg(Add(WithCode(new Kommun(halland, null, "Falkenberg"), "1382")));
            DemoPatients.Add(db);
            DemoYearPlanPatients.Add(db);
            DemoAcuteContacts.Add(db);
            DemoDeaths.Add(db);
        }

        private void Herrljunga(Kommun kommun)
        {
            // Seed 000: Närhälsan Herrljunga vårdcentral, rehabmottagning and familjecentral.
            var vc = Add(new RegionalUnit(kommun, "Närhälsan Herrljunga vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber()));
            Add(new RegionalUnit(kommun, "Närhälsan Herrljunga rehabmottagning", RegionalUnitKind.Rehabenhet, Ownership.Public, null));
            var bvc = Add(new RegionalUnit(kommun, "Närhälsan Herrljunga barnavårdscentral", RegionalUnitKind.Bvc, Ownership.Public, NextNumber(), isDemo: true));
            Add(new RegionalUnit(kommun, "Herrljunga familjecentral", RegionalUnitKind.Familjecentral, Ownership.Public, null));

            var doctor = Doctor("Karin Åberg", vc);
            var doctor2 = Doctor("Jonas Lind", vc);
            Person("Maria Ek", "Vårdcentralschef", PersonRole.Vardcentralschef, vc);
            Person("Lena Holm", "Medicinskt ansvarig sjuksköterska", PersonRole.Mas, kommun);
            Person("Per Sandberg", "Verksamhetschef vård och omsorg", PersonRole.Enhetschef, kommun);

            Unit(kommun, "Hagagården", CareUnitType.SarskiltBoende, 40, vc, doctor, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Eken", CareUnitType.SarskiltBoende, 28, vc, doctor, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Korttidsenheten Herrljunga", CareUnitType.Korttidsboende, 12, vc, doctor2, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Hemsjukvården Herrljunga", CareUnitType.OrdinartBoende, 150, vc, doctor2, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Gruppbostad Ljunghaga", CareUnitType.LssBostad, 6, vc, doctor, MeetingForm.PaVardcentralen, demo: true);
            Unit(kommun, "Dagverksamheten Herrljunga", CareUnitType.Dagverksamhet, 15, null, null, MeetingForm.PaPlats, demo: true);

            Preschools(kommun, bvc, "Förskolan Solrosen", "Förskolan Ekorren", "Förskolan Hagen", "Ods förskola");
        }

        private void Lidkoping(Kommun kommun)
        {
            // Seed 002 names the units; the kommun's vårdcentraler are not named there.
            var narhalsan = Add(new RegionalUnit(kommun, "Närhälsan Lidköping vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber(), isDemo: true));
            var guldvingen = Add(new RegionalUnit(kommun, "Närhälsan Guldvingen vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber(), isDemo: true));
            var privat = Add(new RegionalUnit(kommun, "Vårdcentralen Lidköping Centrum", RegionalUnitKind.Vardcentral, Ownership.Private, NextNumber(), isDemo: true));
            Add(new RegionalUnit(kommun, "Närhälsan Lidköping rehabmottagning", RegionalUnitKind.Rehabenhet, Ownership.Public, null, isDemo: true));
            var bvc = Add(new RegionalUnit(kommun, "Närhälsan Lidköping barnavårdscentral", RegionalUnitKind.Bvc, Ownership.Public, NextNumber(), isDemo: true));

            var eriksson = Doctor("Sofia Eriksson", narhalsan);
            var nyberg = Doctor("Ahmed Nyberg", guldvingen);
            var strand = Doctor("Elin Strand", privat);
            var wallin = Doctor("Oskar Wallin", narhalsan);
            Person("Helena Björk", "Verksamhetschef", PersonRole.Vardcentralschef, narhalsan);
            Person("Anders Vik", "Sektorchef Social Välfärd", PersonRole.Sektorchef, kommun);
            Person("Camilla Rask", "Medicinskt ansvarig sjuksköterska", PersonRole.Mas, kommun);

            // Bäckliden changed vårdcentral when the 2026 plan took effect: its history is kept.
            var backliden = Unit(kommun, "Bäckliden", CareUnitType.SarskiltBoende, 54, guldvingen, nyberg, MeetingForm.PaPlats, from: LidkopingPlanStart);
            backliden.AssignResponsibility(narhalsan, eriksson.Id, NextNumber(), MeetingForm.PaPlats, PlanStart);
            Unit(kommun, "Lugnet", CareUnitType.SarskiltBoende, 30, guldvingen, nyberg, MeetingForm.Telefon, from: LidkopingPlanStart);
            Unit(kommun, "Björkhaga", CareUnitType.SarskiltBoende, 24, privat, strand, MeetingForm.Teams, from: LidkopingPlanStart);
            Unit(kommun, "Margretelund", CareUnitType.SarskiltBoende, 45, narhalsan, wallin, MeetingForm.PaPlats, demo: true, from: LidkopingPlanStart);
            Unit(kommun, "Korttidsenheten Fregatten", CareUnitType.Korttidsboende, 20, narhalsan, wallin, MeetingForm.PaPlats, demo: true, from: LidkopingPlanStart);
            var galeasen = Unit(kommun, "Galeasen", CareUnitType.Korttidsboende, 10, narhalsan, wallin, MeetingForm.PaPlats, from: LidkopingPlanStart);
            galeasen.MarkRespiteKeepingRegularDoctor(true);
            var glunten = Unit(kommun, "Glunten", CareUnitType.Korttidsboende, 8, narhalsan, wallin, MeetingForm.PaPlats, from: LidkopingPlanStart);
            glunten.MarkRespiteKeepingRegularDoctor(true);
            // Seed 002: "Det kan vara en till två läkare kopplade till respektive hemvårdsområde" – Norr has two, in order.
            Unit(kommun, "Hemvårdsområde Norr", CareUnitType.OrdinartBoende, 120, narhalsan, eriksson, MeetingForm.PaPlats, demo: true, from: LidkopingPlanStart, second: wallin);
            Unit(kommun, "Hemvårdsområde Söder", CareUnitType.OrdinartBoende, 110, guldvingen, nyberg, MeetingForm.PaPlats, demo: true, from: LidkopingPlanStart);
            Unit(kommun, "Hemvårdsområde Centrum", CareUnitType.OrdinartBoende, 95, privat, strand, MeetingForm.PaPlats, demo: true, from: LidkopingPlanStart);
            Unit(kommun, "LSS-bostäder Lidköping", CareUnitType.LssBostad, 36, guldvingen, nyberg, MeetingForm.PaVardcentralen, demo: true, from: LidkopingPlanStart);
            Unit(kommun, "Socialpsykiatrin Lidköping", CareUnitType.Socialpsykiatri, 25, privat, strand, MeetingForm.Telefon, demo: true, from: LidkopingPlanStart);
            Unit(kommun, "Dagverksamheten Lidköping", CareUnitType.Dagverksamhet, 20, null, null, MeetingForm.PaPlats, demo: true);

            // A closure morning and a holiday absence, as a vårdcentralschef would enter them.
            Add(new OnCallRedirect(
                narhalsan.Id, null, Local(new LocalDate(2026, 12, 3), 8), Local(new LocalDate(2026, 12, 3), 12),
                guldvingen.Name, guldvingen.Phone!, "Utbildningsförmiddag: samtal till vårdcentralen kopplas till Guldvingen.", isInternal: false));
            Add(new DoctorAbsence(narhalsan.Id, eriksson.Id, new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 8), wallin.Name));

            Preschools(kommun, bvc, "Förskolan Villa Vill", "Förskolan Sjöstjärnan", "Förskolan Kastanjen");
        }

        private void Vanersborg(Kommun kommun)
        {
            // Seed 001: Nordstans vårdcentral distributes responsibility with the kommun's other vårdcentraler.
            var nordstan = Add(new RegionalUnit(kommun, "Nordstans vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber()));
            var vassbotten = Add(new RegionalUnit(kommun, "Närhälsan Vänersborg vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber(), isDemo: true));
            var brinken = Add(new RegionalUnit(kommun, "Vårdcentralen Brinken", RegionalUnitKind.Vardcentral, Ownership.Private, NextNumber(), isDemo: true));
            var bvc = Add(new RegionalUnit(kommun, "Närhälsan Vänersborg barnavårdscentral", RegionalUnitKind.Bvc, Ownership.Public, NextNumber(), isDemo: true));

            var d1 = Doctor("Maja Lundgren", nordstan);
            var d2 = Doctor("Erik Johansson", vassbotten);
            var d3 = Doctor("Fatima Karlsson", brinken);

            Unit(kommun, "Källstorp", CareUnitType.SarskiltBoende, 48, nordstan, d1, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Tärnan", CareUnitType.SarskiltBoende, 32, vassbotten, d2, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Korttidsboendet Ekebacken", CareUnitType.Korttidsboende, 18, nordstan, d1, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Hemsjukvården Vänersborg", CareUnitType.OrdinartBoende, 210, brinken, d3, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Gruppbostad Blåsut", CareUnitType.LssBostad, 8, brinken, d3, MeetingForm.PaVardcentralen, demo: true);

            Preschools(kommun, bvc, "Förskolan Regnbågen", "Förskolan Norrlyckan");
        }

        private void Falkenberg(Kommun kommun)
        {
            // Seed 003: Läkarmedverkan i hemsjukvården (Närsjukvården Halland) answers for korttidsboende.
            var lmh = Add(new RegionalUnit(kommun, "Läkarmedverkan i hemsjukvården, Närsjukvården Halland", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber()));
            var vc = Add(new RegionalUnit(kommun, "Vårdcentralen Falkenberg", RegionalUnitKind.Vardcentral, Ownership.Public, NextNumber(), isDemo: true));
            var priv = Add(new RegionalUnit(kommun, "Hälsocentralen Skrea", RegionalUnitKind.Vardcentral, Ownership.Private, NextNumber(), isDemo: true));

            var d1 = Doctor("Nils Bergström", lmh);
            var d2 = Doctor("Sara Olsson", vc);
            var d3 = Doctor("Jakob Hedlund", priv);

            Unit(kommun, "Tallgården", CareUnitType.SarskiltBoende, 42, vc, d2, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Skreagården", CareUnitType.SarskiltBoende, 36, priv, d3, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Korttidsboendet Falken", CareUnitType.Korttidsboende, 16, lmh, d1, MeetingForm.PaPlats, demo: true);
            Unit(kommun, "Hemsjukvården Falkenberg", CareUnitType.OrdinartBoende, 180, vc, d2, MeetingForm.PaPlats, demo: true);
        }

        private CareUnit Unit(
            Kommun kommun, string name, CareUnitType type, int places, RegionalUnit? careCentre, Person? doctor,
            MeetingForm meetingForm, bool demo = false, LocalDate? from = null, Person? second = null)
        {
            var unit = Add(new CareUnit(kommun, name, type, places, demo));
            if (careCentre is not null)
            {
                unit.AssignResponsibilityWithDoctors(careCentre, new[] { doctor?.Id, second?.Id }.OfType<Guid>().ToList(), NextNumber(), meetingForm, from ?? PlanStart);
            }

            return unit;
        }

        private Person Doctor(string name, RegionalUnit careCentre) =>
            Person(name, "Specialist i allmänmedicin", PersonRole.Lakare, careCentre, NextNumber(mobile: true));

        private Person Person(string name, string title, PersonRole role, Organisation organisation, string? phone = null) =>
            Add(new Person(name, title, role, organisation.Id, phone));

        /// <summary>The next number in PTS's ranges for fiction.</summary>
        private string NextNumber(bool mobile = false)
        {
            var n = _fictionalNumber++ % 100;
            return mobile ? $"070-174 06 {n:00}" : $"031-390 06 {n:00}";
        }

        private static Instant Local(LocalDate date, int hour) =>
            (date + new LocalTime(hour, 0)).InZoneStrictly(Narplan.Domain.Calendars.Stockholm.Zone).ToInstant();

        // The official kommun codes (SCB), issue 17.
        private static Kommun WithCode(Kommun kommun, string code)
        {
            kommun.SetCode(code);
            return kommun;
        }

        /// <summary>Invented förskolor in the kommun, each with the barnavårdscentral that serves it.</summary>
        private void Preschools(Kommun kommun, RegionalUnit bvc, params string[] names)
        {
            foreach (var name in names)
            {
                Add(new Preschool(kommun.Id, name, bvc.Id, isDemo: true));
            }
        }

        private T Add<T>(T entity) where T : class
        {
            db.Add(entity);
            return entity;
        }
    }
}
