namespace Narplan.Data.Demo;

/// <summary>
/// Demo patients for a few Lidköping and Herrljunga units (decision 0023). Names are obviously invented
/// ("Exempelsson", "Påhittad"). Identity numbers are either Skatteverket's well-known test person 19121212-1212
/// (Tolvan Tolvansson) or local reservnummer in our own format with the letters <c>DM</c> ("demo"), which cannot be
/// anyone's personnummer: a personnummer has only digits.
/// </summary>
internal static class DemoPatients
{
    /// <summary>The demo data's "today" for the patients' rules (every demo date lies before it).</summary>
    private static readonly LocalDate Reference = new(2026, 11, 1);

    public static void Add(NarplanDbContext db)
    {
        var units = db.ChangeTracker.Entries<CareUnit>().Select(e => e.Entity).ToDictionary(u => u.Name);
        var kommuner = db.ChangeTracker.Entries<Kommun>().Select(e => e.Entity).ToDictionary(k => k.Name);
        var people = db.ChangeTracker.Entries<Person>().Select(e => e.Entity).ToList();
        Person Doctor(string name) => people.Single(p => p.Name == name);
        Person Nurse(string name, Kommun kommun)
        {
            var nurse = new Person(name, "Sjuksköterska", PersonRole.Sjukskoterska, kommun.Id);
            db.Add(nurse);
            people.Add(nurse);
            return nurse;
        }

        var lidkoping = kommuner["Lidköping"];
        var herrljunga = kommuner["Herrljunga"];
        var linnea = Nurse("Ida Sjöström", lidkoping); // the demo nurse account sjukskoterska@lidkoping.demo belongs to her (issue 17.5)
        var rasmus = Nurse("Rasmus Exempelsson", lidkoping);
        var hedda = Nurse("Hedda Testberg", herrljunga);

        Patient Enrol(string number, string name, string unitName, LocalDate enrolled, LocalDate? review, Person? doctor, Person? nurse, string? careWorker, bool listAtUnit = true)
        {
            var unit = units[unitName];
            var centre = unit.ResponsibilityOn(enrolled)?.CareCentreId;
            var patient = Patient.Enrol(
                IdentityNumber.ParseOrThrow(number, Reference), name, unit, enrolled, centre, Reference,
                listedCareCentreId: listAtUnit ? centre : null, previousAnnualReview: review, isDemo: true);
            patient.SetContacts(doctor?.Id, careWorker);
            if (nurse is not null)
            {
                patient.AddCareContact(nurse.Id, enrolled);
            }

            db.Add(patient);
            return patient;
        }

        // Lidköping: Bäckliden (SÄBO, Närhälsan Lidköping from 2026), Margretelund (SÄBO), Hemvårdsområde Norr.
        Enrol("19121212-1212", "Tolvan Tolvansson", "Bäckliden", new(2024, 3, 4), new(2025, 12, 8), Doctor("Sofia Eriksson"), linnea, "Omsorgskontakt Demo Ett");
        Enrol("19340517-DM01", "Astrid Påhittad", "Bäckliden", new(2023, 9, 18), new(2026, 2, 16), Doctor("Sofia Eriksson"), linnea, null);
        var protectedPatient = Enrol("19410203-DM02", "Gunnar Exempelsson", "Bäckliden", new(2025, 5, 12), new(2025, 11, 3), Doctor("Sofia Eriksson"), rasmus, null);
        protectedPatient.UpdateIdentity(protectedPatient.Name, confidentialityMarking: true, protectedRegistration: false);
        Enrol("19290911-DM03", "Märta Fiktivsdotter", "Margretelund", new(2022, 1, 10), new(2026, 4, 20), Doctor("Oskar Wallin"), rasmus, null);
        // Enrolled this autumn and not yet listed at the unit's vårdcentral: the listing offer is open.
        var newPatient = Enrol("19380622-DM04", "Sven Demoström", "Margretelund", new(2026, 10, 5), null, Doctor("Oskar Wallin"), rasmus, null, listAtUnit: false);
        newPatient.RecordHospitalDischarge(new(2026, 10, 5), "Utskriven från Skaraborgs sjukhus till SÄBO.", Reference);
        var home = Enrol("19450130-DM05", "Elsa Testsson", "Hemvårdsområde Norr", new(2024, 6, 3), new(2025, 10, 27), Doctor("Sofia Eriksson"), linnea, "Hemtjänsten Norr, kontaktman Demo");
        home.StartShortTermStay(units["Korttidsenheten Fregatten"], new(2026, 10, 19), new(2026, 10, 30), "Avlastning efter fall.", Reference);
        home.RecordDeterioration(new(2026, 10, 12), "Fallit två gånger senaste veckan.", Reference);

        // Herrljunga: Hagagården (SÄBO), Hemsjukvården Herrljunga.
        Enrol("19320405-DM06", "Karl Exempelsson", "Hagagården", new(2025, 2, 3), new(2026, 1, 26), Doctor("Karin Åberg"), hedda, null);
        Enrol("19360728-DM07", "Greta Påhittad", "Hagagården", new(2023, 11, 6), new(2026, 3, 9), Doctor("Karin Åberg"), hedda, null);
        Enrol("19480814-DM08", "Bo Demosson", "Hemsjukvården Herrljunga", new(2025, 8, 25), null, Doctor("Jonas Lind"), hedda, "Hemtjänsten Herrljunga, kontaktman Demo");
    }
}
