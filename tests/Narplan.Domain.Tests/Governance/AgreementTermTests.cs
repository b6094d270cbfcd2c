using Narplan.Domain.Governance;
using NodaTime;

namespace Narplan.Domain.Tests.Governance;

/// <summary>
/// Seed 004: "Avtalet gäller under perioden 2022–2025. Senast tolv månader innan avtalstiden löper ut har parterna
/// möjlighet att säga upp avtalet. Om ingen part skriftligen sagt upp avtalet förlängs det med två år i taget."
/// </summary>
public sealed class AgreementTermTests
{
    private static readonly AgreementTerm Agreement = AgreementTerm.SodraAlvsborg2022;

    [Fact]
    public void ShouldGiveTheLastDayForNoticeOfTheFirstTermAs31December2024()
    {
        var first = Agreement.TermOn(1.December(2026).PlusYears(-2));
        Assert.Equal(new DateInterval(1.January(2022), 31.December(2025)), first);
        Assert.Equal(31.December(2024), Agreement.NoticeDeadline(first));
    }

    [Fact]
    public void ShouldExtendTo2027AndThen2029WhenNoPartyGivesNotice()
    {
        var status2026 = Agreement.StatusOn(1.December(2026), []);
        Assert.Equal(new DateInterval(1.January(2026), 31.December(2027)), status2026.CurrentTerm);
        Assert.Equal(31.December(2026), status2026.NoticeDeadline);
        Assert.Null(status2026.EndsOn);

        var status2028 = Agreement.StatusOn(15.March(2028), []);
        Assert.Equal(new DateInterval(1.January(2028), 31.December(2029)), status2028.CurrentTerm);
        Assert.Equal(31.December(2028), status2028.NoticeDeadline);
    }

    [Fact]
    public void ShouldEndTheAgreementAtTheTermsEndWhenNoticeIsGivenOnTheLastDay()
    {
        var status = Agreement.StatusOn(1.December(2026), [new AgreementNotice("Borås Stad", 31.December(2026))]);
        Assert.Equal(31.December(2027), status.EndsOn);
    }

    [Fact]
    public void ShouldCarryALateNoticeOverToTheEndOfTheNextTerm()
    {
        var notice = new AgreementNotice("Västra Götalandsregionen", 1.January(2025));
        Assert.Equal(31.December(2027), Agreement.EndAfterNotice(notice));
    }

    [Fact]
    public void ShouldSayTheAgreementHasEndedAfterItsLastDay()
    {
        var status = Agreement.StatusOn(1.January(2026), [new AgreementNotice("Tranemo kommun", 30.June(2024))]);
        Assert.True(status.HasEnded);
        Assert.Equal(31.December(2025), status.EndsOn);
    }

    [Fact]
    public void ShouldClampTheNoticeDeadlineOnA29FebruaryEnd()
    {
        var agreement = new AgreementTerm("Skottårsavtal", new DateInterval(1.March(2026), 29.February(2028)), 12, 2);
        Assert.Equal(28.February(2027), agreement.NoticeDeadline(agreement.FirstTerm));
    }

    [Fact]
    public void ShouldRefuseANoticeBeforeTheAgreementStarts()
    {
        var error = Assert.Throws<DomainException>(() => Agreement.StatusOn(1.June(2026), [new AgreementNotice("Mark", 1.June(2021))]));
        Assert.Contains("före avtalets början", error.Message);
    }
}
