namespace Narplan.Data.Demo;

/// <summary>
/// A full demo SÄBO for the year plan (issue 7): 24 invented patients at Lugnet (Lidköping, a phone round every other
/// Tuesday), their last annual reviews spread over the past year, so next year's plan has something to spread. Names are
/// obviously invented; identity numbers are local reservnummer with the letters <c>DM</c> (decision 0023), numbered from 31 and born 1928.
/// Lugnet has no other demo patients, so the patients' own demo data and its tests are untouched.
/// </summary>
internal static class DemoYearPlanPatients
{
    private static readonly LocalDate Reference = new(2026, 11, 1);

    private static readonly string[] Names =
    [
        "Alma Påhittsson", "Bertil Demoberg", "Cecilia Exempelgren", "Dagny Fiktivsson", "Einar Testlund", "Frida Låtsasdotter",
        "Gösta Demodal", "Hilda Påhittberg", "Ingvar Exempelström", "Judit Fiktivberg", "Kurt Testdal", "Lilly Låtsasson",
        "Malte Demosjö", "Naemi Påhittlund", "Olof Exempelholm", "Pia Fiktivgren", "Ragnar Testström", "Signe Låtsasberg",
        "Tage Demoholm", "Ulla Påhittdal", "Vilgot Exempelsjö", "Wanja Fiktivlund", "Yngve Testholm", "Åsa Låtsasgren",
    ];

    public static void Add(NarplanDbContext db)
    {
        var unit = db.ChangeTracker.Entries<CareUnit>().Select(e => e.Entity).Single(u => u.Name == "Lugnet");
        var people = db.ChangeTracker.Entries<Person>().Select(e => e.Entity).ToList();
        var doctor = people.Single(p => p.Name == "Ahmed Nyberg");
        // The Lidköping demo nurse (DemoPatients), whose account sjukskoterska@lidkoping.demo then sees these tasks (issue 17.5).
        var nurse = people.Single(p => p.Name == "Ida Sjöström" && p.OrganisationId == unit.KommunId);
        var centre = unit.ResponsibilityOn(Reference)?.CareCentreId;
        for (var i = 0; i < Names.Length; i++)
        {
            var number = IdentityNumber.ParseOrThrow($"1928{1 + i % 12:00}{3 + i:00}-DM{31 + i:00}", Reference);
            var enrolled = new LocalDate(2024, 2, 5).PlusDays(i * 9);
            // Last reviews from mid-January to mid-October 2026, about every twelve days: all due, on time, next year.
            var review = new LocalDate(2026, 1, 13).PlusDays(i * 12);
            var patient = Patient.Enrol(number, Names[i], unit, enrolled, centre, Reference,
                listedCareCentreId: centre, previousAnnualReview: review, isDemo: true);
            patient.SetContacts(doctor.Id, null);
            patient.AddCareContact(nurse.Id, enrolled);
            db.Add(patient);
        }
    }
}
