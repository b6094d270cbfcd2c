using Narplan.Domain.Acute;
using Narplan.Domain.Organisations;
using Narplan.Domain.Palliative;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using Narplan.Domain.Tests.OnCall;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Domain.Tests.Palliative;

/// <summary>
/// One patient's palliative course (issue 16 item 3; decision 0087): the rules that used to live in the service are the
/// aggregate's, as facts on named dates.
/// </summary>
public class PalliativeCourseTests
{
    private static readonly Kommun Herrljunga = new(new Region("Västra Götalandsregionen", "VGR", DecisionSupportProfileKey.Vgr), null, "Herrljunga");
    private static readonly CareUnit Hagagarden = new(Herrljunga, "Hagagården", CareUnitType.SarskiltBoende, 40);
    private static readonly CareCentreRef Listed = new(Guid.NewGuid(), "Närhälsan Herrljunga vårdcentral");

    /// <summary>The night the clocks go back: 02:59 CEST is followed by 02:00 CET, so 02:30 happens twice.</summary>
    private static readonly LocalDate DstNight = 25.October(2026);

    /// <summary>The first 02:30 of the DST night (summer time, 00:30 UTC).</summary>
    private static readonly Instant First0230 = Instant.FromUtc(2026, 10, 25, 0, 30);

    /// <summary>The second 02:30 of the DST night (winter time, 01:30 UTC).</summary>
    private static readonly Instant Second0230 = Instant.FromUtc(2026, 10, 25, 1, 30);

    private static Patient Patient(LocalDate today) =>
        Domain.Patients.Patient.Enrol(IdentityNumber.ParseOrThrow("19121212-1212", today), "Astrid", Hagagarden, 1.March(2026), null, today);

    private static DeathReport Report(Instant diedAt, Instant? examinedAt = null, LastWeekOfLife? lastWeek = null) =>
        new(diedAt, IsExpected: true, IdentityUnknown: false, examinedAt,
            new DeathEstablishment(diedAt + Duration.FromHours(6), "Anna Läkare", DeathEstablishedBy.CareCentreDoctor, Listed), lastWeek);

    private static (PalliativeCourse Course, Patient Patient, FakeClock Clock) AfterTheDstNight()
    {
        var clock = new FakeClock(26.October(2026).At(10, 0));
        var patient = Patient(26.October(2026));
        var course = new PalliativeCourse(patient.Id);
        course.RecordDelegation(new DeathExaminationDelegation("Anna Läkare", "Karin Berg", 1.October(2026)));
        return (course, patient, clock);
    }

    [Fact]
    public void ShouldRecordADeathAtTheSecond0230OfTheDstNightWithItsTasksAndTheDayOnThePatient()
    {
        var (course, patient, clock) = AfterTheDstNight();

        course.RecordDeath(patient, Report(Second0230, examinedAt: Second0230 + Duration.FromMinutes(20)), Listed, null, "Karin Berg", clock);

        Assert.Equal(DstNight, course.Death!.DiedOn);
        // One source: the patient has the day of death, the course the circumstances.
        Assert.Equal(DstNight, patient.DiedOn);
        Assert.Equal("Anna Läkare", course.ExaminationDelegation!.DoctorName);
        // Sunday 25 October: the dödsbevis by Monday 26 October, the dödsorsaksintyg within three weeks, 15 November.
        Assert.Equal(
            [(DeathTaskKind.DeathCertificate, (LocalDate?)26.October(2026)), (DeathTaskKind.CauseOfDeathCertificate, 15.November(2026)),
             (DeathTaskKind.BereavementConversationOffer, null)],
            course.Tasks.Select(t => (t.Kind, t.DueOn)));
        Assert.All(course.Tasks, t => Assert.Equal(patient.Id, t.PatientId));
    }

    [Fact]
    public void ShouldRefuseAnExaminationAtTheFirst0230WhenTheDeathWasAtTheSecond()
    {
        var (course, patient, clock) = AfterTheDstNight();

        var refused = Assert.Throws<DomainException>(
            () => course.RecordDeath(patient, Report(Second0230, examinedAt: First0230), Listed, null, "Karin Berg", clock));

        Assert.Equal("Undersökningen kan inte vara före dödstidpunkten.", refused.Message);
        Assert.Null(course.Death);
        Assert.Empty(course.Tasks);
        Assert.True(patient.IsAlive);
    }

    [Fact]
    public void ShouldRefuseASecondDeath()
    {
        var (course, patient, clock) = AfterTheDstNight();
        course.RecordDeath(patient, Report(Second0230), Listed, null, "Karin Berg", clock);

        var refused = Assert.Throws<DomainException>(
            () => course.RecordDeath(patient, Report(Second0230 + Duration.FromHours(1)), Listed, null, "Karin Berg", clock));

        Assert.Equal("Dödsfallet är redan registrerat.", refused.Message);
        Assert.Equal(Second0230, course.Death!.DiedAt);
        Assert.Equal(3, course.Tasks.Count);
    }

    [Fact]
    public void ShouldRefuseATimeOfDeathOnAnotherDayThanThePatientAlreadyDiedOn()
    {
        var (course, patient, clock) = AfterTheDstNight();
        patient.RecordDeath(24.October(2026), "Registrerat på patientsidan", 26.October(2026));

        var refused = Assert.Throws<DomainException>(() => course.RecordDeath(patient, Report(Second0230), Listed, null, "Karin Berg", clock));

        Assert.Equal("Patienten är redan registrerad som avliden 24 oktober 2026. Dödstidpunkten måste ligga den dagen.", refused.Message);
        Assert.Null(course.Death);
    }

    [Fact]
    public void ShouldAddTheCircumstancesToADeathThePatientPageRecordedOnTheSameDay()
    {
        var (course, patient, clock) = AfterTheDstNight();
        patient.RecordDeath(DstNight, null, 26.October(2026));

        course.RecordDeath(patient, Report(First0230), Listed, null, "Karin Berg", clock);

        Assert.Equal(First0230, course.Death!.DiedAt);
        Assert.Single(patient.Events, e => e.Kind == PatientEventKind.Death);
    }

    [Fact]
    public void ShouldRefuseEntriesDatedAfterNowOnMidsommarafton()
    {
        // Midsommarafton 19 June 2026, 12:00.
        var clock = new FakeClock(19.June(2026).At(12, 0));
        var course = new PalliativeCourse(Guid.NewGuid());

        Assert.Equal("Beslutet kan inte ligga i framtiden.", Assert.Throws<DomainException>(
            () => course.RecordDecision(new EndOfLifeDecision(19.June(2026).At(12, 30), "Anna Läkare", "Karin Berg"), clock)).Message);
        Assert.Equal("Ordinationsdagen kan inte ligga i framtiden.", Assert.Throws<DomainException>(
            () => course.RecordOrdination(new SafetyMedicationOrder(20.June(2026), "Anna Läkare"), clock)).Message);
        Assert.Equal("Samtalet kan inte ha hållits i framtiden.", Assert.Throws<DomainException>(
            () => course.RecordConversation(new BreakpointConversation(20.June(2026), "Anna Läkare", ["patienten"]), clock)).Message);

        course.RecordDecision(new EndOfLifeDecision(19.June(2026).At(11, 59), "Anna Läkare", "Karin Berg"), clock);
        course.RecordConversation(new BreakpointConversation(19.June(2026), "Anna Läkare", ["patienten"]), clock);
        Assert.Single(course.Decisions);
        Assert.True(course.HadBreakpointConversation);
    }

    [Fact]
    public void ShouldStartAnOrdinationFrom1DecemberOn16DecemberOnlyAfterADoctorContact()
    {
        // Seeds 000/002: older than 14 days needs a new doctor contact. 1 December + 14 = 15 December is the last day.
        var clock = new FakeClock(16.December(2026).At(8, 0));
        var course = new PalliativeCourse(Guid.NewGuid());
        var order = new SafetyMedicationOrder(1.December(2026), "Sofia Eriksson", "Morfin");
        course.RecordOrdination(order, clock);

        Assert.Contains("äldre än 14 dagar", Assert.Throws<DomainException>(() => course.StartOrdination(order.Id, "Ida Sjöström", clock)).Message);
        Assert.Equal("Läkarkontakten kan inte ligga i framtiden.", Assert.Throws<DomainException>(
            () => course.RecordDoctorContact(order.Id, new DoctorContact(16.December(2026).At(9, 0), "Sofia Eriksson"), clock)).Message);
        Assert.Equal("Ordinationen finns inte.", Assert.Throws<DomainException>(
            () => course.StartOrdination(Guid.NewGuid(), "Ida Sjöström", clock)).Message);

        var contact = new DoctorContact(16.December(2026).At(7, 30), "Sofia Eriksson");
        course.RecordDoctorContact(order.Id, contact, clock);
        course.StartOrdination(order.Id, "Ida Sjöström", clock);

        var started = course.Ordinations.Single();
        Assert.Equal(contact.Id, started.RenewedByContactId);
        Assert.Equal(new SafetyMedicationStart(16.December(2026).At(8, 0), "Ida Sjöström", contact), started.Started);
        Assert.Equal(course.PatientId, started.DoctorContacts.Single().PatientId);
    }

    [Fact]
    public void ShouldFlagABrytpunktssamtalOnMidsommaraftonWhoseCarePlanWasNotUpdatedByMonday22June()
    {
        // Decision 0018: the care plan within three calendar days, so 22 June for a conversation on 19 June.
        var clock = new FakeClock(23.June(2026).At(9, 0));
        var course = new PalliativeCourse(Guid.NewGuid());
        course.RecordConversation(new BreakpointConversation(19.June(2026), "Anna Läkare", ["patienten", "sonen"]), clock);

        var flagged = course.ConversationFollowUps(23.June(2026)).Single().FollowUp;
        Assert.Equal(CarePlanFollowUpStatus.Overdue, flagged.Status);
        Assert.Equal(22.June(2026), flagged.DueBy);

        Assert.True(course.IsCurrentCarePlan(null));
        var plan = new PalliativeCarePlan("Symtomlindring", CprDecision.DoNotResuscitate, "Inga", "Ordinerade", "Ingen antibiotika", "Munvård",
            22.June(2026).At(16, 0), "Anna Läkare");
        course.UpdateCarePlan(plan);

        Assert.Equal(CarePlanFollowUpStatus.UpdatedInTime, course.ConversationFollowUps(23.June(2026)).Single().FollowUp.Status);
        Assert.False(course.IsCurrentCarePlan(null));
        Assert.True(course.IsCurrentCarePlan(plan.Id));
        Assert.Same(plan, course.CarePlan);
    }

    [Fact]
    public void ShouldCompleteATaskOnceAndRefuseUnknownTasksAndRequests()
    {
        var (course, patient, clock) = AfterTheDstNight();
        course.RecordDeath(patient, Report(Second0230), Listed, null, "Karin Berg", clock);
        var certificate = course.Tasks[0];

        course.CompleteTask(certificate.Id, 26.October(2026).At(9, 0));

        Assert.False(certificate.IsOverdueOn(27.October(2026)));
        Assert.Equal("Uppgiften är redan klar.", Assert.Throws<DomainException>(() => course.CompleteTask(certificate.Id, 26.October(2026).At(9, 30))).Message);
        Assert.Equal("Uppgiften finns inte.", Assert.Throws<DomainException>(() => course.CompleteTask(Guid.NewGuid(), 26.October(2026).At(9, 30))).Message);
        Assert.Equal("Begäran finns inte.", Assert.Throws<DomainException>(() => course.AssessCareCertificate(Guid.NewGuid(), 26.October(2026).At(9, 30), true)).Message);
    }

    [Fact]
    public void ShouldKeepTheLastWeekItemsWithTheDeathAndRefuseThemBeforeADeath()
    {
        var (course, patient, clock) = AfterTheDstNight();
        var items = new LastWeekOfLife(painRated: true, oralHealthAssessed: false, asNeededOpioidPrescribed: true, asNeededAnxiolyticPrescribed: null, freeOfPressureUlcers: true);

        Assert.Equal("Registrera dödsfallet först.", Assert.Throws<DomainException>(() => course.RecordLastWeek(items)).Message);
        course.RecordDeath(patient, Report(Second0230, lastWeek: items), Listed, null, "Karin Berg", clock);

        Assert.Equal(items, course.Death!.LastWeek);
        Assert.Null(course.Death.AsNeededAnxiolyticPrescribed);
        Assert.False(course.Death.OralHealthAssessed);
    }

    [Fact]
    public void ShouldCorrectTheLastWeekItemsAfterTheDeathAndRefuseACorrectionMadeOnStaleAnswers()
    {
        // Decision 0093: a death on the DST night recorded with every item "vet ej"; the nurse completes them on 26 October.
        var (course, patient, clock) = AfterTheDstNight();
        var completed = new LastWeekOfLife(painRated: true, oralHealthAssessed: true, asNeededOpioidPrescribed: true, asNeededAnxiolyticPrescribed: true, freeOfPressureUlcers: false);
        Assert.Equal("Registrera dödsfallet först.", Assert.Throws<DomainException>(() => course.CorrectLastWeek(LastWeekOfLife.Unknown, completed)).Message);
        course.RecordDeath(patient, Report(Second0230), Listed, null, "Karin Berg", clock);

        course.CorrectLastWeek(LastWeekOfLife.Unknown, completed);

        Assert.Equal(completed, course.Death!.LastWeek);
        // A second form opened before that save still shows "vet ej" everywhere: refused, the completed answers stay.
        var stale = new LastWeekOfLife(painRated: false, oralHealthAssessed: null, asNeededOpioidPrescribed: null, asNeededAnxiolyticPrescribed: null, freeOfPressureUlcers: null);
        Assert.Equal(PalliativeCourse.StaleLastWeekMessage, Assert.Throws<DomainException>(() => course.CorrectLastWeek(LastWeekOfLife.Unknown, stale)).Message);
        Assert.Equal(completed, course.Death.LastWeek);
    }
}
