namespace Narplan.Data.Demo;

/// <summary>
/// Three invented patients at Björkhaga (Lidköping) who died an expected death in September–November 2026, two of them
/// after a brytpunktssamtal, so the follow-up page shows the brytpunktssamtal share against Socialstyrelsen's 98 % and the
/// death without one. Recorded through the domain rules (death established by the vårdcentral's doctor, certificate
/// tasks, all done). Reservnummer with the letters <c>DM</c> (decision 0023), numbered from 61. No test uses Björkhaga's patients.
/// </summary>
internal static class DemoDeaths
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 12, 0);

    private static readonly (string Number, string Name, LocalDateTime Died, LocalDate? Conversation)[] Deaths =
    [
        ("19250314-DM61", "Herta Demosdotter", new(2026, 9, 12, 4, 30), new(2026, 8, 28)),
        ("19270602-DM62", "Arvid Påhittsson", new(2026, 10, 21, 15, 10), new(2026, 10, 2)),
        ("19230919-DM63", "Svea Exempeldal", new(2026, 11, 8, 23, 45), null),
    ];

    public static void Add(NarplanDbContext db)
    {
        var unit = db.ChangeTracker.Entries<CareUnit>().Select(e => e.Entity).Single(u => u.Name == "Björkhaga");
        var doctor = db.ChangeTracker.Entries<Person>().Select(e => e.Entity).Single(p => p.Name == "Elin Strand");
        var enrolled = new LocalDate(2025, 3, 3);
        var centreId = unit.ResponsibilityOn(enrolled)!.CareCentreId;
        var centre = db.ChangeTracker.Entries<RegionalUnit>().Select(e => e.Entity).Single(c => c.Id == centreId);
        var reference = new CareCentreRef(centre.Id, centre.Name);
        var clock = new FixedClock(Now);
        foreach (var (number, name, died, conversation) in Deaths)
        {
            var patient = Patient.Enrol(IdentityNumber.ParseOrThrow(number, enrolled), name, unit, enrolled, centreId, enrolled,
                listedCareCentreId: centreId, isDemo: true);
            patient.SetContacts(doctor.Id, null);
            var course = new PalliativeCourse(patient.Id);
            if (conversation is { } held)
            {
                course.RecordConversation(new BreakpointConversation(held, doctor.Name, ["Patienten", "Närstående", "Sjuksköterska"]), clock);
            }

            var diedAt = died.InZoneLeniently(Stockholm.Zone).ToInstant();
            var establishment = new DeathEstablishment(diedAt + Duration.FromHours(7), doctor.Name, DeathEstablishedBy.CareCentreDoctor, reference);
            course.RecordDeath(patient, new DeathReport(diedAt, IsExpected: true, IdentityUnknown: false, null, establishment), reference, reference, "Sjuksköterska Demo", clock);
            foreach (var task in course.Tasks)
            {
                course.CompleteTask(task.Id, diedAt + Duration.FromDays(1));
            }

            db.Add(course);
            db.Add(patient);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
