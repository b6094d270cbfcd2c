namespace Narplan.Data.Demo;

/// <summary>
/// A few invented acute contacts from Lugnet's demo patients in October and November 2026, so the follow-up figures
/// (response times against the promises, share with ViSam/BViS, outcomes) show something in the demo. Each is recorded
/// through the same domain rules as the form: NEWS2 from the vital signs, the responder from the on-call resolver at
/// the call's instant. Lugnet's patients are the year plan's demo patients; no other demo test counts their contacts.
/// </summary>
internal static class DemoAcuteContacts
{
    // (patient, local call time, minutes to the doctor's answer, minutes to arrival after the call or null, vitals, ViSam, outcome)
    private static readonly (string Patient, LocalDateTime Called, int Answered, int? Arrived, VitalSigns Vitals, DecisionSupportResult? ViSam, AcuteContactOutcome Outcome)[] Contacts =
    [
        ("Alma Påhittsson", new(2026, 10, 6, 10, 15), 12, null, new(18, 95, SpO2Scale.Scale1, AirOrOxygen.Air, 128, 88, Consciousness.Alert, 37.9m), DecisionSupportResult.Green, AcuteContactOutcome.Advice),
        ("Bertil Demoberg", new(2026, 10, 10, 22, 40), 25, 95, new(24, 92, SpO2Scale.Scale1, AirOrOxygen.Air, 104, 112, Consciousness.Alert, 38.6m), DecisionSupportResult.Red, AcuteContactOutcome.UnplannedHomeVisit),
        ("Cecilia Exempelgren", new(2026, 10, 17, 3, 5), 48, null, new(26, 90, SpO2Scale.Scale1, AirOrOxygen.Air, 92, 124, Consciousness.NewConfusion, 39.1m), DecisionSupportResult.Red, AcuteContactOutcome.Ambulance),
        ("Einar Testlund", new(2026, 10, 23, 14, 0), 20, null, new(16, 96, SpO2Scale.Scale1, AirOrOxygen.Air, 138, 76, Consciousness.Alert, 37.2m), null, AcuteContactOutcome.Advice),
        ("Frida Låtsasdotter", new(2026, 11, 1, 19, 30), 15, 140, new(22, 93, SpO2Scale.Scale1, AirOrOxygen.Air, 110, 104, Consciousness.Alert, 38.2m), DecisionSupportResult.Green, AcuteContactOutcome.UnplannedHomeVisit),
        ("Gösta Demodal", new(2026, 11, 9, 9, 20), 35, null, new(20, 94, SpO2Scale.Scale1, AirOrOxygen.Air, 118, 98, Consciousness.Alert, 37.8m), DecisionSupportResult.Green, AcuteContactOutcome.Advice),
        ("Hilda Påhittberg", new(2026, 11, 14, 23, 50), 18, null, new(28, 88, SpO2Scale.Scale1, AirOrOxygen.Oxygen, 96, 130, Consciousness.Alert, 38.9m), DecisionSupportResult.Red, AcuteContactOutcome.Hospital),
        ("Ingvar Exempelström", new(2026, 11, 19, 16, 45), 9, 80, new(19, 95, SpO2Scale.Scale1, AirOrOxygen.Air, 122, 90, Consciousness.Alert, 37.6m), DecisionSupportResult.Green, AcuteContactOutcome.UnplannedHomeVisit),
    ];

    public static void Add(NarplanDbContext db)
    {
        var unit = db.ChangeTracker.Entries<CareUnit>().Select(e => e.Entity).Single(u => u.Name == "Lugnet");
        var patients = db.ChangeTracker.Entries<Patient>().Select(e => e.Entity).Where(p => p.CareUnitId == unit.Id).ToDictionary(p => p.Name);
        var centres = db.ChangeTracker.Entries<RegionalUnit>().Select(e => e.Entity).ToDictionary(c => c.Id);
        var profile = SeedOnCallProfiles.Skaraborg(); // Lugnet is in Lidköping, Beredskapsjouren Skaraborg
        foreach (var c in Contacts)
        {
            var called = c.Called.InZoneLeniently(Stockholm.Zone).ToInstant();
            var centre = unit.ResponsibilityOn(c.Called.Date) is { } r ? centres[r.CareCentreId] : null;
            var answer = OnCallResolver.Resolve(new OnCallQuery(new OnCallUnit(unit.Name, centre?.Name, centre?.Phone), [], profile, called));
            var contact = AcuteContact.Record(
                patients[c.Patient].Id, unit.Id, called, "Lovisa Demoqvist", "Försämrat allmäntillstånd (demo).", c.Vitals,
                c.ViSam is { } result ? new DecisionSupportAssessment(DecisionSupportTool.ViSam, result) : null, null, null, answer);
            var answered = called + Duration.FromMinutes(c.Answered);
            contact.RecordTimes(answered, c.Arrived is null ? null : answered, c.Arrived is { } a ? called + Duration.FromMinutes(a) : null, called + Duration.FromDays(1));
            contact.RecordOutcome(c.Outcome, c.Outcome == AcuteContactOutcome.UnplannedHomeVisit ? answered.InZone(Stockholm.Zone).Date : null, null);
            db.Add(contact);
        }
    }
}
