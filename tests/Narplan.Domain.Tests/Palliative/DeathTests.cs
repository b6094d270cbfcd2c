using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Domain.Tests.Palliative;

public class DeathTests
{
    private static readonly CareCentreRef Listed = new(Guid.NewGuid(), "Närhälsan Herrljunga vårdcentral");
    private static readonly CareCentreRef UnitsCareCentre = new(Guid.NewGuid(), "Vårdcentralen Norrmalm");
    private static readonly DeathExaminationDelegation Delegation = new("Anna Läkare", "Karin Berg", 1.January(2026), 31.December(2026));

    private static FakeClock ClockAt(Instant now) => new(now);

    private static Death EstablishedByOnCall(Instant diedAt)
    {
        var clock = ClockAt(diedAt + Duration.FromHours(3));
        var death = Death.Record(diedAt, isExpected: true, clock);
        death.Establish(new DeathEstablishment(diedAt + Duration.FromHours(2), "Per Ek", DeathEstablishedBy.OnCallDoctor, null), clock);
        return death;
    }

    public static TheoryData<string, Instant, LocalDate> DeathCertificateDeadlines => new()
    {
        { "julafton (Thursday): Monday 28 December after juldagen, annandag jul and Sunday", 24.December(2026).At(21, 0), 28.December(2026) },
        { "midsommarafton (Friday): Monday 22 June", 19.June(2026).At(23, 50), 22.June(2026) },
        { "the day before midsommarafton: midsommarafton is no working day", 18.June(2026).At(0, 30), 22.June(2026) },
        { "an ordinary Tuesday: Wednesday", 24.November(2026).At(10, 0), 25.November(2026) },
        { "nyårsafton: Monday 4 January 2027", 31.December(2026).At(4, 0), 4.January(2027) },
    };

    [Theory]
    [MemberData(nameof(DeathCertificateDeadlines))]
    public void ShouldMakeTheDeathCertificateDueTheFirstWorkingDayAfterTheDeath(string row, Instant diedAt, LocalDate due)
    {
        var tasks = DeathTasks.For(EstablishedByOnCall(diedAt), Listed, UnitsCareCentre, "Karin Berg");

        var actual = tasks.Single(t => t.Kind == DeathTaskKind.DeathCertificate).DueOn;
        Assert.True(actual == due, $"{row}: expected {due}, got {actual}");
    }

    [Fact]
    public void ShouldMakeTheCauseOfDeathCertificateDueWithinThreeWeeks()
    {
        var tasks = DeathTasks.For(EstablishedByOnCall(24.December(2026).At(21, 0)), Listed, UnitsCareCentre, "Karin Berg");

        Assert.Equal(14.January(2027), tasks.Single(t => t.Kind == DeathTaskKind.CauseOfDeathCertificate).DueOn);
    }

    [Fact]
    public void ShouldCountDueDatesFromTheSwedishDateOfDeath()
    {
        // 00:30 on Thursday 18 June in Sweden is 22:30 UTC on Wednesday 17 June.
        var death = EstablishedByOnCall(18.June(2026).At(0, 30));

        Assert.Equal(18.June(2026), death.DiedOn);
        Assert.Equal(9.July(2026), DeathTasks.CauseOfDeathCertificateDue(death.DiedOn));
    }

    [Fact]
    public void ShouldSendTheCauseOfDeathCertificateToTheListedVardcentralWhenTheOnCallDoctorEstablishedTheDeath()
    {
        var tasks = DeathTasks.For(EstablishedByOnCall(19.June(2026).At(23, 50)), Listed, UnitsCareCentre, "Karin Berg");

        var certificate = tasks.Single(t => t.Kind == DeathTaskKind.DeathCertificate);
        var cause = tasks.Single(t => t.Kind == DeathTaskKind.CauseOfDeathCertificate);
        Assert.Equal("Per Ek", certificate.AssigneeName);
        Assert.Null(certificate.CareCentre);
        Assert.Equal(Listed, cause.CareCentre);
        Assert.Equal("Närhälsan Herrljunga vårdcentral", cause.AssigneeName);
        Assert.False(cause.RoutedToUnitsCareCentre);
        var offer = tasks.Single(t => t.Kind == DeathTaskKind.BereavementConversationOffer);
        Assert.Equal("Karin Berg", offer.AssigneeName);
        Assert.Null(offer.DueOn);
    }

    [Fact]
    public void ShouldRouteToTheUnitsVardcentralAndFlagItWhenThePatientHasNoListedVardcentral()
    {
        var tasks = DeathTasks.For(EstablishedByOnCall(19.June(2026).At(23, 50)), listedCareCentre: null, UnitsCareCentre, "Karin Berg");

        var cause = tasks.Single(t => t.Kind == DeathTaskKind.CauseOfDeathCertificate);
        Assert.Equal(UnitsCareCentre, cause.CareCentre);
        Assert.True(cause.RoutedToUnitsCareCentre);
    }

    [Fact]
    public void ShouldRefuseToRouteWhenThereIsNoVardcentralAtAll()
    {
        var error = Assert.Throws<DomainException>(
            () => DeathTasks.For(EstablishedByOnCall(19.June(2026).At(23, 50)), null, null, "Karin Berg"));

        Assert.StartsWith("Patienten har ingen listad vårdcentral", error.Message);
    }

    [Fact]
    public void ShouldGiveBothCertificatesToTheVardcentralDoctorWhoEstablishedTheDeath()
    {
        var diedAt = 24.November(2026).At(9, 0);
        var clock = ClockAt(24.November(2026).At(12, 0));
        var death = Death.Record(diedAt, isExpected: true, clock);
        death.Establish(new DeathEstablishment(24.November(2026).At(11, 0), "Anna Läkare", DeathEstablishedBy.CareCentreDoctor, UnitsCareCentre), clock);

        var tasks = DeathTasks.For(death, Listed, UnitsCareCentre, "Karin Berg");

        Assert.All(tasks.Take(2), t => Assert.Equal("Anna Läkare", t.AssigneeName));
        Assert.All(tasks.Take(2), t => Assert.Equal(UnitsCareCentre, t.CareCentre));
        Assert.DoesNotContain(tasks, t => t.RoutedToUnitsCareCentre);
    }

    [Fact]
    public void ShouldRefuseTasksBeforeADoctorHasEstablishedTheDeath()
    {
        var death = Death.Record(24.November(2026).At(9, 0), true, ClockAt(24.November(2026).At(10, 0)));

        Assert.Throws<DomainException>(() => DeathTasks.For(death, Listed, UnitsCareCentre, "Karin Berg"));
    }

    [Fact]
    public void ShouldRefuseATimeOfDeathInTheFuture()
    {
        var clock = ClockAt(24.November(2026).At(10, 0));

        var error = Assert.Throws<DomainException>(() => Death.Record(24.November(2026).At(10, 1), true, clock));

        Assert.Equal("Dödstidpunkten kan inte ligga i framtiden. Kontrollera datum och klockslag.", error.Message);
        Assert.Equal(24.November(2026).At(10, 0), Death.Record(24.November(2026).At(10, 0), true, clock).DiedAt);
    }

    [Fact]
    public void ShouldShowOverdueCertificatesFromTheDayAfterTheDueDateUntilCompleted()
    {
        var certificate = DeathTasks.For(EstablishedByOnCall(24.December(2026).At(21, 0)), Listed, UnitsCareCentre, "Karin Berg")[0];

        Assert.False(certificate.IsOverdueOn(28.December(2026)));
        Assert.True(certificate.IsOverdueOn(29.December(2026)));
        Assert.True(certificate.IsOverdue(new FakeClock(29.December(2026).At(8, 0))));
        certificate.Complete(29.December(2026).At(9, 0));
        Assert.False(certificate.IsOverdueOn(29.December(2026)));
        Assert.Throws<DomainException>(() => certificate.Complete(29.December(2026).At(10, 0)));
    }

    [Fact]
    public void ShouldRecordTheNurseExaminationUnderAValidDelegation()
    {
        var diedAt = 19.June(2026).At(23, 0);
        var clock = ClockAt(20.June(2026).At(1, 0));
        var death = Death.Record(diedAt, isExpected: true, clock);

        death.RecordNurseExamination(19.June(2026).At(23, 40), "Karin Berg", Delegation, clock);

        // The examination names the delegation by its id; the course resolves it (PalliativeCourseTests).
        Assert.Equal(Delegation.Id, death.NurseExamination!.DelegationId);
        Assert.Equal("Karin Berg", death.NurseExamination.NurseName);
    }

    [Fact]
    public void ShouldRefuseAnExaminationWithoutDelegationForAnotherNurseOrOutsideItsDates()
    {
        var clock = ClockAt(20.June(2026).At(1, 0));
        var death = Death.Record(19.June(2026).At(23, 0), isExpected: true, clock);
        var exam = 19.June(2026).At(23, 40);

        Assert.Equal(
            "Sjuksköterskan behöver en registrerad delegering från läkaren för att undersöka den avlidne.",
            Assert.Throws<DomainException>(() => death.RecordNurseExamination(exam, "Karin Berg", null, clock)).Message);
        Assert.Throws<DomainException>(() => death.RecordNurseExamination(exam, "Lisa Ström", Delegation, clock));
        var expired = new DeathExaminationDelegation("Anna Läkare", "Karin Berg", 1.January(2026), 31.May(2026));
        Assert.Equal(
            "Delegeringen från Anna Läkare gäller inte 19 juni 2026.",
            Assert.Throws<DomainException>(() => death.RecordNurseExamination(exam, "Karin Berg", expired, clock)).Message);
        Assert.Throws<DomainException>(() => death.RecordNurseExamination(19.June(2026).At(22, 0), "Karin Berg", Delegation, clock));
        Assert.Throws<DomainException>(() => death.RecordNurseExamination(20.June(2026).At(2, 0), "Karin Berg", Delegation, clock));
        Assert.Null(death.NurseExamination);
    }

    [Fact]
    public void ShouldSendAnUnexpectedDeathToThePoliceNotToADelegatedNurse()
    {
        var clock = ClockAt(20.June(2026).At(1, 0));
        var death = Death.Record(19.June(2026).At(23, 0), isExpected: false, clock);

        Assert.True(death.RequiresPolice);
        Assert.Throws<DomainException>(() => death.RecordNurseExamination(19.June(2026).At(23, 40), "Karin Berg", Delegation, clock));
        Assert.True(Death.Record(19.June(2026).At(23, 0), isExpected: true, clock, identityUnknown: true).RequiresPolice);
    }
}
