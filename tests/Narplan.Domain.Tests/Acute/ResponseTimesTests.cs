using Narplan.Domain.Acute;
using Narplan.Domain.OnCall;
using Narplan.Domain.Tests.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.Acute;

public class ResponseTimesTests
{
    private static readonly ResponsePromises Vgr = SeedOnCallProfiles.Skaraborg().Promises!;
    private static readonly Instant Called = 19.June(2026).At(22, 0);

    private static ResponseTimeEvaluation Evaluate(AcuteContactTimes times, ResponsePromises? promises = null) =>
        ResponseTimes.Evaluate(Guid.Empty, times, promises ?? Vgr);

    [Fact]
    public void ShouldCountAnAnswerAfterExactly30MinutesAsWithinThePromise()
    {
        var evaluation = Evaluate(new AcuteContactTimes(Called, doctorAnswered: 19.June(2026).At(22, 30)));

        Assert.Equal(new PromiseEvaluation(PromiseStatus.Within, Duration.FromMinutes(30), Duration.FromMinutes(30)), evaluation.Telephone);
        Assert.Equal(PromiseStatus.NotApplicable, evaluation.OnSite.Status);
    }

    [Fact]
    public void ShouldCountAnAnswerAfter31MinutesAsOverThePromise()
    {
        var evaluation = Evaluate(new AcuteContactTimes(Called, doctorAnswered: 19.June(2026).At(22, 31)));

        Assert.Equal(PromiseStatus.Over, evaluation.Telephone.Status);
        Assert.Equal(Duration.FromMinutes(31), evaluation.Telephone.Elapsed);
    }

    [Fact]
    public void ShouldCountOnSiteFromTheFirstContactWhenAVisitIsDecided()
    {
        var within = Evaluate(new AcuteContactTimes(
            Called, 19.June(2026).At(22, 10), visitDecided: 19.June(2026).At(22, 20), doctorArrived: 20.June(2026).At(0, 0)));
        var over = Evaluate(new AcuteContactTimes(
            Called, 19.June(2026).At(22, 10), visitDecided: 19.June(2026).At(22, 20), doctorArrived: 20.June(2026).At(0, 10)));

        Assert.Equal(PromiseStatus.Within, within.OnSite.Status);
        Assert.Equal(PromiseStatus.Over, over.OnSite.Status);
        Assert.Equal(Duration.FromMinutes(130), over.OnSite.Elapsed);
        Assert.Equal(Duration.FromMinutes(110), over.DecisionToArrival);
    }

    [Fact]
    public void ShouldMeasureElapsedTimeNotWallClockOnTheNightTheClocksGoBack()
    {
        // 25 October 2026: 03:00 summer time becomes 02:00. 01:45 → 03:15 on the clock is 2 h 30 min.
        var called = 25.October(2026).At(1, 45);
        var arrived = 25.October(2026).At(3, 15);

        var evaluation = Evaluate(new AcuteContactTimes(called, called + Duration.FromMinutes(5), called + Duration.FromMinutes(10), arrived));

        Assert.Equal(Duration.FromMinutes(150), evaluation.OnSite.Elapsed);
        Assert.Equal(PromiseStatus.Over, evaluation.OnSite.Status);
    }

    [Fact]
    public void ShouldMarkMissingTimesWhenThePromiseApplies()
    {
        var evaluation = Evaluate(new AcuteContactTimes(Called, visitDecided: 19.June(2026).At(22, 20)));

        Assert.Equal(new PromiseEvaluation(PromiseStatus.Missing, null, Duration.FromMinutes(30)), evaluation.Telephone);
        Assert.Equal(new PromiseEvaluation(PromiseStatus.Missing, null, Duration.FromHours(2)), evaluation.OnSite);
    }

    [Fact]
    public void ShouldNotApplyPromisesWhereNoneAreInForce()
    {
        // Daytime at the vårdcentral, or Region Halland whose seed publishes no promises.
        Assert.Null(SeedOnCallProfiles.Halland().Promises);
        var evaluation = ResponseTimes.Evaluate(
            Guid.Empty, new AcuteContactTimes(Called, 19.June(2026).At(23, 0), 19.June(2026).At(23, 5), 20.June(2026).At(3, 0)), promises: null);

        Assert.Equal(PromiseEvaluation.NotApplicable, evaluation.Telephone);
        Assert.Equal(PromiseEvaluation.NotApplicable, evaluation.OnSite);
        Assert.Equal(Duration.FromMinutes(235), evaluation.DecisionToArrival);
    }

    [Fact]
    public void ShouldRefuseTimesInAnImpossibleOrder()
    {
        var before = Called - Duration.FromMinutes(1);

        Assert.Equal(
            "Läkaren kan inte ha svarat innan du ringde. Kontrollera tiderna.",
            Assert.Throws<DomainException>(() => new AcuteContactTimes(Called, doctorAnswered: before)).Message);
        Assert.Throws<DomainException>(() => new AcuteContactTimes(Called, visitDecided: before));
        Assert.Equal(
            "Ange när läkaren beslutade om besök innan du anger när läkaren kom.",
            Assert.Throws<DomainException>(() => new AcuteContactTimes(Called, doctorArrived: Called + Duration.FromHours(1))).Message);
        Assert.Throws<DomainException>(() => new AcuteContactTimes(
            Called, visitDecided: Called + Duration.FromHours(1), doctorArrived: Called + Duration.FromMinutes(30)));
    }

    [Fact]
    public void ShouldSummariseCountMedianShareAndTheContactsOverThePromise()
    {
        var late = Guid.NewGuid();
        var missing = Guid.NewGuid();
        AcuteContactTimes Answered(int minutes) => new(Called, Called + Duration.FromMinutes(minutes));
        var evaluations = new[]
        {
            ResponseTimes.Evaluate(Guid.NewGuid(), Answered(5), Vgr),
            ResponseTimes.Evaluate(Guid.NewGuid(), Answered(12), Vgr),
            ResponseTimes.Evaluate(late, Answered(45), Vgr),
            ResponseTimes.Evaluate(Guid.NewGuid(), Answered(20), Vgr),
            ResponseTimes.Evaluate(missing, new AcuteContactTimes(Called), Vgr),
            ResponseTimes.Evaluate(Guid.NewGuid(), Answered(90), promises: null),
        };

        var summary = ResponseTimes.Summarise(evaluations).Telephone;

        Assert.Equal(4, summary.Count);
        Assert.Equal(3, summary.Within);
        Assert.Equal(1, summary.Over);
        Assert.Equal(1, summary.Missing);
        Assert.Equal(1, summary.NotApplicable);
        Assert.Equal(Duration.FromMinutes(16), summary.Median); // (12 + 20) / 2
        Assert.Equal(0.75, summary.ShareWithin);
        Assert.Equal([late], summary.OverContacts);
    }

    [Fact]
    public void ShouldTakeTheMiddleValueAsMedianOfAnOddCount()
    {
        AcuteContactTimes Visit(int minutes) => new(Called, Called, Called, Called + Duration.FromMinutes(minutes));
        var evaluations = new[] { 150, 60, 90 }.Select(m => ResponseTimes.Evaluate(Guid.NewGuid(), Visit(m), Vgr));

        var summary = ResponseTimes.Summarise(evaluations).OnSite;

        Assert.Equal(Duration.FromMinutes(90), summary.Median);
        Assert.Equal(2.0 / 3, summary.ShareWithin);
    }

    [Fact]
    public void ShouldGiveNoMedianOrShareWithoutMeasuredContacts()
    {
        var summary = ResponseTimes.Summarise([]);

        Assert.Equal(0, summary.OnSite.Count);
        Assert.Null(summary.OnSite.Median);
        Assert.Null(summary.Telephone.ShareWithin);
        Assert.Empty(summary.Telephone.OverContacts);
    }
}

public class UnplannedHomeVisitTests
{
    public static TheoryData<string, Instant, LocalDate> Assessments => new()
    {
        { "an ordinary Tuesday gives Wednesday", 24.November(2026).At(14, 0), 25.November(2026) },
        { "the local date counts, not UTC: 00:30 on Tuesday is 23:30 UTC Monday", 24.November(2026).At(0, 30), 25.November(2026) },
        { "a Friday gives Monday", 27.November(2026).At(16, 0), 30.November(2026) },
        { "the day before midsommarafton gives the Monday after midsommar", 18.June(2026).At(20, 0), 22.June(2026) },
        { "julafton gives the Monday after annandag jul", 24.December(2026).At(10, 0), 28.December(2026) },
        { "the day before nyårsafton gives the first vardag of 2027", 30.December(2026).At(23, 30), 4.January(2027) },
    };

    [Theory]
    [MemberData(nameof(Assessments))]
    public void ShouldOfferTheVisitByTheNextWorkingDay(string row, Instant assessedAt, LocalDate latest)
    {
        var actual = UnplannedHomeVisit.LatestDateFor(assessedAt);

        Assert.True(actual == latest, $"{row}: expected {latest}, got {actual}");
    }

    [Fact]
    public void ShouldBookAVisitOnTheLatestDate()
    {
        var visit = UnplannedHomeVisit.Book(24.December(2026).At(10, 0), 28.December(2026));

        Assert.Equal(28.December(2026), visit.LatestDate);
        Assert.Null(visit.ReasonForLaterDate);
    }

    [Fact]
    public void ShouldRefuseALaterVisitWithoutAReason()
    {
        var error = Assert.Throws<DomainException>(() => UnplannedHomeVisit.Book(24.December(2026).At(10, 0), 29.December(2026)));

        Assert.Equal(
            "Ett oplanerat hembesök ska erbjudas senast nästa vardag, 28 december 2026. " +
            "Ange skälet om besöket bokas senare, till exempel patientens önskemål.",
            error.Message);
    }

    [Fact]
    public void ShouldRecordTheReasonForALaterVisit()
    {
        var visit = UnplannedHomeVisit.Book(24.December(2026).At(10, 0), 29.December(2026), " Patienten vill vänta tills dottern är hemma ");

        Assert.Equal("Patienten vill vänta tills dottern är hemma", visit.ReasonForLaterDate);
    }

    [Fact]
    public void ShouldRefuseAVisitBeforeTheAssessment()
    {
        Assert.Throws<DomainException>(() => UnplannedHomeVisit.Book(24.November(2026).At(0, 30), 23.November(2026)));
    }
}
