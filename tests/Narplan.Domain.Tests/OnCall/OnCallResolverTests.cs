using Narplan.Domain.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.OnCall;

public class OnCallResolverTests
{
    private static readonly OnCallRuleProfile Vgr = SeedOnCallProfiles.Skaraborg();
    private static readonly OnCallRuleProfile Halland = SeedOnCallProfiles.Halland();

    private static readonly OnCallUnit Solbacken = new(
        "Solbackens korttidsboende", "Vårdcentralen Norrmalm", "0500-12 34 56", RegularDoctorName: "Anna Läkare",
        IsShortTermCare: true);

    private static OnCallAnswer Resolve(
        Instant at, OnCallRuleProfile? profile = null, OnCallUnit? unit = null, params OnCallOverride[] overrides) =>
        OnCallResolver.Resolve(new OnCallQuery(unit ?? Solbacken, overrides, profile ?? Vgr, at));

    [Fact]
    public void ShouldRouteToOnCallDoctorOnMidsummerEve()
    {
        var answer = Resolve(19.June(2026).At(23));

        Assert.Equal(ResponderKind.Beredskapsjour, answer.Kind);
        Assert.Equal("077-011 02 88", answer.Phone);
        Assert.Equal(22.June(2026).Local(8), answer.Until.Local());
        Assert.Equal(new OnCallHandover(ResponderKind.Vardcentral, "Vårdcentralen Norrmalm", answer.Until), answer.Next);
    }

    [Fact]
    public void ShouldGiveTheEscalationChainPromisesAndScopeWhenOnCall()
    {
        var answer = Resolve(19.June(2026).At(23));

        Assert.Equal(
            ["077-011 02 88", null, "076-880 86 80", "031-190 180"],
            answer.CallOrder.Select(s => s.Phone));
        Assert.Equal(new ResponsePromises(Duration.FromHours(2), Duration.FromMinutes(30)), answer.Promises);
        Assert.Equal(4, answer.Scope.Count);
        Assert.Contains(answer.Scope, s => s.Contains("dödsbevis"));
        Assert.Equal("Ha en bedömning enligt ViSam/BViS och en SBAR-rapport redo innan du ringer.", answer.ReminderText);
        Assert.False(answer.HasDemoNumbers);
    }

    [Fact]
    public void ShouldRouteToOnCallDoctorAt10OnMidsummerEveInVgr()
    {
        Assert.Equal(ResponderKind.Beredskapsjour, Resolve(19.June(2026).At(10)).Kind);
    }

    [Fact]
    public void ShouldRouteToVardcentralAt10OnMidsummerEveInHalland()
    {
        var answer = Resolve(19.June(2026).At(10), Halland);

        Assert.Equal(ResponderKind.Vardcentral, answer.Kind);
        Assert.Equal(19.June(2026).Local(17), answer.Until.Local());
        Assert.Equal(ResponderKind.Beredskapsjour, answer.Next.Kind);
    }

    [Fact]
    public void ShouldRouteToVardcentralOnTuesdayMorningUntil17()
    {
        var answer = Resolve(16.June(2026).At(10));

        Assert.Equal(ResponderKind.Vardcentral, answer.Kind);
        Assert.Equal("Vårdcentralen Norrmalm", answer.ResponderName);
        Assert.Equal("0500-12 34 56", answer.Phone);
        Assert.Equal("Anna Läkare", answer.DoctorName);
        Assert.Equal(16.June(2026).Local(8), answer.From.Local());
        Assert.Equal(16.June(2026).Local(17), answer.Until.Local());
        Assert.Null(answer.Promises);
        Assert.Empty(answer.Scope);
    }

    [Fact]
    public void ShouldHandOverToOnCallAt17BeforeChristmasUntilMonday28December()
    {
        var answer = Resolve(23.December(2026).At(16, 59));

        Assert.Equal(ResponderKind.Vardcentral, answer.Kind);
        Assert.Equal(new OnCallHandover(ResponderKind.Beredskapsjour, Vgr.OnCallServiceName, 23.December(2026).At(17)), answer.Next);
        var then = Resolve(answer.Next.At);
        Assert.Equal(ResponderKind.Beredskapsjour, then.Kind);
        Assert.Equal(28.December(2026).Local(8), then.Until.Local());
    }

    [Fact]
    public void ShouldRouteToOnCallDoctorFromMaundyThursdayEveningUntilTuesdayAfterEaster()
    {
        var answer = Resolve(2.April(2026).At(17));

        Assert.Equal(ResponderKind.Beredskapsjour, answer.Kind);
        Assert.Equal(7.April(2026).Local(8), answer.Until.Local());
    }

    [Fact]
    public void ShouldRouteToVardcentralOnLeapDay2028()
    {
        Assert.Equal(ResponderKind.Vardcentral, Resolve(29.February(2028).At(10)).Kind);
    }

    [Fact]
    public void ShouldRouteToOnCallAllDayOnAscensionDayInHallandAndSayTheNumberIsMissing()
    {
        // Seed 003 names the allmänmedicinsk beredskapsjour but gives no number: the answer says so (decision 0037).
        var answer = Resolve(14.May(2026).At(10), Halland);

        Assert.Equal(ResponderKind.Beredskapsjour, answer.Kind);
        Assert.Null(answer.Phone);
        Assert.Equal(OnCallAnswer.NumberMissing, answer.PhoneMissingReason);
        Assert.False(answer.HasDemoNumbers);
        Assert.Null(answer.Promises);
    }

    [Fact]
    public void ShouldMarkAnAnswerWhoseNumberIsAFictionalDemoNumber()
    {
        var demo = new OnCallRuleProfile(
            "Påhittat område", new LocalDate(2026, 1, 1), new LocalTime(8, 0), new LocalTime(17, 0), true, false, "Påhittad jour",
            [new OnCallContact("Påhittad jour", "031-390 06 90", IsDemo: true)], [], null, []);

        var answer = Resolve(14.May(2026).At(10), demo);

        Assert.Equal("031-390 06 90", answer.Phone);
        Assert.True(answer.HasDemoNumbers);
        Assert.Null(answer.PhoneMissingReason);
    }

    [Fact]
    public void ShouldLetAnOverrideCoveringTheInstantWin()
    {
        var training = new OnCallOverride(
            16.June(2026).At(13), 16.June(2026).At(16), "Vårdcentralen Söder", "0500-65 43 21",
            "Vårdcentralen stängd för utbildning, samtal kopplas till Vårdcentralen Söder.");

        var answer = Resolve(16.June(2026).At(14), overrides: training);

        Assert.Equal(ResponderKind.Override, answer.Kind);
        Assert.Equal("Vårdcentralen Söder", answer.ResponderName);
        Assert.Equal("0500-65 43 21", answer.Phone);
        Assert.Equal(training.Reason, answer.Reason);
        Assert.Equal(16.June(2026).At(13), answer.From);
        Assert.Equal(new OnCallHandover(ResponderKind.Vardcentral, "Vårdcentralen Norrmalm", 16.June(2026).At(16)), answer.Next);
    }

    [Fact]
    public void ShouldIgnoreAnOverrideOutsideItsWindowButEndThePeriodWhereItStarts()
    {
        var training = new OnCallOverride(
            16.June(2026).At(13), 16.June(2026).At(16), "Vårdcentralen Söder", "0500-65 43 21", "Utbildning.");

        var before = Resolve(16.June(2026).At(10), overrides: training);
        var after = Resolve(16.June(2026).At(16), overrides: training);

        Assert.Equal(ResponderKind.Vardcentral, before.Kind);
        Assert.Equal(new OnCallHandover(ResponderKind.Override, "Vårdcentralen Söder", 16.June(2026).At(13)), before.Next);
        Assert.Equal(ResponderKind.Vardcentral, after.Kind);
        Assert.Equal(16.June(2026).At(16), after.From);
        Assert.Equal(16.June(2026).At(17), after.Until);
    }

    [Fact]
    public void ShouldLetASubstituteDoctorOverrideTheBeredskapsjour()
    {
        var substitute = new OnCallOverride(
            20.June(2026).At(8), 21.June(2026).At(20), "Dr Vikarie", "070-000 00 00", "Vikarierande läkare i helgen.");

        var answer = Resolve(20.June(2026).At(12), overrides: substitute);

        Assert.Equal(ResponderKind.Override, answer.Kind);
        Assert.Equal(ResponderKind.Beredskapsjour, answer.Next.Kind);
        Assert.Equal(21.June(2026).At(20), answer.Next.At);
    }

    [Fact]
    public void ShouldFlagAMissingVardcentralInDaytimeAndGiveTheOnCallNumberAsFallback()
    {
        var orphan = new OnCallUnit("Nya boendet", VardcentralName: null, VardcentralPhone: null);

        var answer = Resolve(16.June(2026).At(10), unit: orphan);

        Assert.Equal(ResponderKind.Vardcentral, answer.Kind);
        Assert.True(answer.ResponsibleVardcentralMissing);
        Assert.Equal("Ansvarig vårdcentral saknas", answer.ResponderName);
        Assert.Null(answer.Phone);
        Assert.Equal(["077-011 02 88"], answer.CallOrder.Select(s => s.Phone));
    }
}
