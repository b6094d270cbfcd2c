using Narplan.Domain.Calendars;
using Narplan.Domain.Organisations;
using Narplan.Domain.PlaceReports;
using Narplan.Domain.Places;
using Narplan.Domain.Responsibility;
using NodaTime;

namespace Narplan.Domain.Tests.PlaceReports;

/// <summary>
/// DOMAIN.md §10: "VGR pays for läkarmedverkan by the number of places in SÄBO/LSS and korttidsboende on the last day of
/// each month, reported monthly one month in arrears" (issue 20 item 4; decision 0083).
/// </summary>
public sealed class PlaceReportTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly RegionalUnit Vc = new(Herrljunga, "Närhälsan Herrljunga vårdcentral", RegionalUnitKind.Vardcentral, Ownership.Public, null);

    [Theory]
    [InlineData(2026, 2, "2026-02-28")] // not a leap year
    [InlineData(2028, 2, "2028-02-29")] // leap year
    [InlineData(2026, 10, "2026-10-31")] // the month in which summer time ends (Sunday 25 October 2026)
    [InlineData(2026, 12, "2026-12-31")]
    public void ShouldCountThePlacesOnTheMonthsLastCalendarDay(int year, int month, string expected) =>
        Assert.Equal(expected, PlaceReportMonth.CountedOn(new YearMonth(year, month)).ToString("yyyy-MM-dd", null));

    [Fact]
    public void ShouldBeDueOneMonthInArrearsByTheLastDayOfTheNextMonth()
    {
        Assert.Equal(31.December(2026), PlaceReportMonth.DueOn(new YearMonth(2026, 11)));
        Assert.Equal(new LocalDate(2028, 2, 29), PlaceReportMonth.DueOn(new YearMonth(2028, 1)));
        Assert.Equal(28.February(2027), PlaceReportMonth.DueOn(new YearMonth(2027, 1)));
    }

    [Fact]
    public void ShouldOpenOctober2026AtMidnightSwedishTimeOnTheFirstOfNovemberNotAtUtcMidnight()
    {
        var october = new YearMonth(2026, 10);
        // 31 October 2026 23:30 CET (UTC+1 since the summer time ended on 25 October) is 22:30 UTC: still October.
        var lastEvening = Stockholm.Today(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 10, 31, 22, 30)));
        // 1 November 00:30 CET is 31 October 23:30 UTC: already November in Sweden.
        var firstNight = Stockholm.Today(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 10, 31, 23, 30)));

        Assert.NotNull(PlaceReportMonth.Refusal(october, lastEvening));
        Assert.Null(PlaceReportMonth.Refusal(october, firstNight));
    }

    [Fact]
    public void ShouldRefuseAMonthThatHasNotEndedOrIsOutsideTheSupportedYears()
    {
        var today = 2.December(2026);

        Assert.Contains("inte slut", PlaceReportMonth.Refusal(new YearMonth(2026, 12), today));
        Assert.Contains("inte börjat", PlaceReportMonth.Refusal(new YearMonth(2027, 1), today));
        Assert.Equal(SupportedDates.YearOutOfRangeMessage, PlaceReportMonth.Refusal(new YearMonth(9999, 1), today));
        Assert.Null(PlaceReportMonth.Refusal(new YearMonth(2026, 11), today));
    }

    [Fact]
    public void ShouldRemindOfTheMonthJustEndedWhenNothingIsSent()
    {
        var due = PlaceReportReminders.Due(new HashSet<YearMonth>(), 2.December(2026));

        Assert.Equal([new YearMonth(2026, 11)], due);
    }

    [Fact]
    public void ShouldRemindOfEveryMonthNotSentSinceTheFirstMonthSent()
    {
        var sent = new HashSet<YearMonth> { new(2026, 8), new(2026, 10) };

        var due = PlaceReportReminders.Due(sent, 15.January(2027));

        Assert.Equal([new YearMonth(2026, 9), new YearMonth(2026, 11), new YearMonth(2026, 12)], due);
    }

    [Fact]
    public void ShouldRefuseAPlaceChangeDatedInAMonthAlreadySent()
    {
        Assert.Contains("redan skickad", PlaceReportReminders.ChangeRefusal(30.November(2026), 30.November(2026)));
        Assert.Null(PlaceReportReminders.ChangeRefusal(1.December(2026), 30.November(2026)));
        Assert.Null(PlaceReportReminders.ChangeRefusal(1.January(2020), null));
    }

    [Fact]
    public void ShouldKeepAPastMonthsPlacesWhenTheUnitFormChangesThemFromALaterDate()
    {
        var unit = new CareUnit(Herrljunga, "Eken", CareUnitType.SarskiltBoende, 28);

        var changed = unit.ChangePlaces(24, 1.December(2026), 2.December(2026));

        Assert.True(changed);
        Assert.Equal(24, unit.Places);
        Assert.Equal(28, unit.PlacesOn(30.November(2026)));
        Assert.Equal(24, unit.PlacesOn(1.December(2026)));
    }

    [Fact]
    public void ShouldAddNoPeriodWhenTheFormIsSavedWithTheSamePlaces()
    {
        var unit = new CareUnit(Herrljunga, "Eken", CareUnitType.SarskiltBoende, 28);

        Assert.False(unit.ChangePlaces(28, 2.December(2026), 2.December(2026)));
        Assert.Empty(unit.PlacePeriods);
    }

    [Fact]
    public void ShouldKeepTheFigureBeforeTheHistoryWhenAPlannedChangeIsCaughtUp()
    {
        var unit = new CareUnit(Herrljunga, "Eken", CareUnitType.SarskiltBoende, 28);
        unit.ChangePlacesFrom(1.June(2027), 32, 24.November(2026));

        unit.CatchUpPlaces(1.June(2027));

        Assert.Equal(32, unit.Places);
        Assert.Equal(28, unit.PlacesOn(31.May(2027)));
        Assert.Equal(28, unit.PlacesOn(30.November(2026)));
    }

    [Fact]
    public void ShouldCountSaboLssAndKorttidsPerVardcentralAndLeaveOutOtherUnitsAndEndedOnes()
    {
        var saboUnit = new CareUnit(Herrljunga, "Eken", CareUnitType.SarskiltBoende, 28);
        saboUnit.AssignResponsibility(Vc, null, null, MeetingForm.PaPlats, 1.January(2026));
        var lss = new CareUnit(Herrljunga, "Gruppbostad", CareUnitType.LssBostad, 6);
        lss.AssignResponsibility(Vc, null, null, MeetingForm.PaPlats, 1.January(2026));
        var korttids = new CareUnit(Herrljunga, "Korttids", CareUnitType.Korttidsboende, 10);
        var home = new CareUnit(Herrljunga, "Hemsjukvård", CareUnitType.OrdinartBoende, 120);
        var ended = new CareUnit(Herrljunga, "Stängt", CareUnitType.SarskiltBoende, 12);
        ended.End(30.November(2026));

        var report = PlaceReport.Count(Herrljunga.Id, "Herrljunga", new YearMonth(2026, 11), [saboUnit, lss, korttids, home, ended],
            new Dictionary<Guid, string> { [Vc.Id] = Vc.Name });

        Assert.Equal(44, report.Places);
        Assert.Equal([Vc.Name, PlaceReport.NoCareCentre], report.Centres.Select(c => c.CareCentre));
        Assert.Equal(34, report.Centres[0].Places);
        Assert.Equal(["Eken", "Gruppbostad"], report.Centres[0].Units.Select(u => u.Unit));
        Assert.Equal(10, report.Centres[1].Places);
    }

    [Fact]
    public void ShouldMarkOnlyAMonthThatHasEnded()
    {
        var now = Instant.FromUtc(2026, 12, 2, 8, 0);

        var sent = PlaceReportSubmission.MarkSent(Herrljunga.Id, new YearMonth(2026, 11), 68, 2.December(2026), now, "Per Sandberg");
        var refusal = Assert.Throws<FieldRefusal>(() => PlaceReportSubmission.MarkSent(Herrljunga.Id, new YearMonth(2026, 12), 68, 2.December(2026), now, "Per Sandberg"));

        Assert.Equal(30.November(2026), sent.CountedOn);
        Assert.Contains("inte slut", refusal.Message);
    }
}
