using Narplan.Domain.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

/// <summary>
/// Property tests over whole years: every instant has exactly one responder, the periods tile time, and each
/// answer's "next" is who really answers at its end.
/// </summary>
public class OnCallTimelineTests
{
    private static readonly OnCallUnit Backliden = new("Bäckliden", "Närhälsan Lidköping vårdcentral", "031-390 06 18", "Sofia Eriksson");

    private static readonly OnCallOverride ClosureDay = new(
        3.December(2026).At(8), 3.December(2026).At(12), "Närhälsan Götene vårdcentral", "031-390 06 40",
        "Vårdcentralen har utbildning; samtal kopplas till Götene.");

    private static readonly OnCallOverride Overnight = new(
        24.December(2026).At(12), 25.December(2026).At(9), "Distriktsläkare Karin Holm", "070-174 06 12",
        "Egen läkare i beredskap över julafton.", isInternal: true);

    public static TheoryData<string, int> Years => new()
    {
        { "VGR", 2026 }, { "VGR", 2027 }, { "VGR", 2028 }, { "Halland", 2026 }, { "Halland", 2028 },
    };

    private static OnCallRuleProfile Profile(string name) => name == "VGR" ? SeedOnCallProfiles.Skaraborg() : SeedOnCallProfiles.Halland();

    private static List<OnCallAnswer> Year(string profileName, int year, params OnCallOverride[] overrides)
    {
        var profile = Profile(profileName);
        var from = new LocalDate(year, 1, 1).At(0);
        var until = new LocalDate(year + 1, 1, 1).At(0);
        return OnCallTimeline.Between(at => new OnCallQuery(Backliden, overrides, profile, at), from, until).ToList();
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void PeriodsShouldTileTheYearWithoutGapsOrOverlaps(string profile, int year)
    {
        var periods = Year(profile, year, ClosureDay, Overnight);

        Assert.Equal(new LocalDate(year, 1, 1).At(0), periods[0].From);
        Assert.Equal(new LocalDate(year + 1, 1, 1).At(0), periods[^1].Until);
        Assert.All(periods, p => Assert.True(p.From < p.Until));
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.Equal(periods[i - 1].Until, periods[i].From);
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void ConsecutivePeriodsShouldChangeResponderAndNextShouldBeWhoAnswersThen(string profile, int year)
    {
        var periods = Year(profile, year, ClosureDay, Overnight);

        for (var i = 1; i < periods.Count; i++)
        {
            var before = periods[i - 1];
            var after = periods[i];
            Assert.Equal(after.Kind, before.Next.Kind);
            Assert.Equal(after.ResponderName, before.Next.Name);
            Assert.False(
                before.Kind == after.Kind && before.ResponderName == after.ResponderName,
                $"Två perioder i följd med samma ansvarige vid {after.From}");
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryInstantShouldHaveExactlyOneResponderAndLieInItsPeriod(string profile, int year)
    {
        var periods = Year(profile, year, ClosureDay, Overnight);
        var p = Profile(profile);

        // Sample every 37 minutes: lands on every hour of the day over a year, including the DST nights.
        for (var at = new LocalDate(year, 1, 1).At(0); at < new LocalDate(year + 1, 1, 1).At(0); at += Duration.FromMinutes(37))
        {
            var containing = periods.Where(x => x.From <= at && at < x.Until).ToList();
            var single = Assert.Single(containing);
            var direct = OnCallResolver.Resolve(new OnCallQuery(Backliden, [ClosureDay, Overnight], p, at));
            Assert.Equal(single.Kind, direct.Kind);
            Assert.Equal(single.ResponderName, direct.ResponderName);
            Assert.True(direct.From <= at && at < direct.Until);
        }
    }

    [Fact]
    public void AYearInVgrShouldHaveAsManyDaytimePeriodsAsWorkingDays()
    {
        var periods = Year("VGR", 2026);

        // 2026 has 250 working days by the VGR rule (the three eves on weekdays are not working days).
        var workingDays = Enumerable.Range(0, 365)
            .Select(d => new LocalDate(2026, 1, 1).PlusDays(d))
            .Count(d => Narplan.Domain.Calendars.SwedishCalendar.Instance.IsWorkingDay(d));
        Assert.Equal(workingDays, periods.Count(x => x.Kind == ResponderKind.Vardcentral));
    }

    [Fact]
    public void TheWeekOfMidsummer2026ShouldShowTheEveAsOnCallFromThursday1700ToMonday0800()
    {
        var profile = SeedOnCallProfiles.Skaraborg();
        var week = OnCallTimeline.Between(
            at => new OnCallQuery(Backliden, [], profile, at), 15.June(2026).At(0), 22.June(2026).At(0)).ToList();

        var weekend = week.Single(x => x.From == 18.June(2026).At(17));
        Assert.Equal(ResponderKind.Beredskapsjour, weekend.Kind);
        Assert.Equal(22.June(2026).At(0), weekend.Until); // clipped to the week
        Assert.Equal(4, week.Count(x => x.Kind == ResponderKind.Vardcentral)); // Monday–Thursday
    }

    [Fact]
    public void AnEmptyOrReversedStretchShouldHaveNoPeriods()
    {
        var profile = SeedOnCallProfiles.Skaraborg();
        Assert.Empty(OnCallTimeline.Between(at => new OnCallQuery(Backliden, [], profile, at), 2.March(2026).At(9), 2.March(2026).At(9)));
        Assert.Empty(OnCallTimeline.Between(at => new OnCallQuery(Backliden, [], profile, at), 2.March(2026).At(9), 1.March(2026).At(9)));
    }

    [Fact]
    public void WithoutLoginInternalNumbersShouldBeLeftOutButTheStepsRemain()
    {
        var answer = OnCallResolver.Resolve(new OnCallQuery(Backliden, [], SeedOnCallProfiles.Skaraborg(), 19.June(2026).At(23)));

        var open = answer.WithoutInternalNumbers();

        Assert.True(open.InternalNumbersHidden);
        Assert.Null(open.Phone);
        Assert.Equal([null, null, null, "031-190 180"], open.CallOrder.Select(s => s.Phone));
        Assert.Equal(answer.CallOrder.Select(s => s.Text), open.CallOrder.Select(s => s.Text));
        Assert.Equal("077-011 02 88", answer.Phone);
    }

    [Fact]
    public void AVardcentralsDirectNumberShouldBePlanDataAndStayWithoutLogin()
    {
        var answer = OnCallResolver.Resolve(new OnCallQuery(Backliden, [], SeedOnCallProfiles.Skaraborg(), 23.June(2026).At(10)));

        var open = answer.WithoutInternalNumbers();

        Assert.Same(answer, open);
        Assert.False(open.InternalNumbersHidden);
        Assert.Equal("031-390 06 18", open.Phone);
    }

    [Fact]
    public void AnInternalOverrideNumberShouldBeHiddenWithoutLogin()
    {
        var answer = OnCallResolver.Resolve(new OnCallQuery(Backliden, [Overnight], SeedOnCallProfiles.Skaraborg(), 24.December(2026).At(20)));

        Assert.Equal(ResponderKind.Override, answer.Kind);
        Assert.Equal("070-174 06 12", answer.Phone);
        Assert.Null(answer.WithoutInternalNumbers().Phone);
    }
}
