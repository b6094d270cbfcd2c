using Narplan.Domain.Ledningsteam;
using NodaTime;

namespace Narplan.Domain.Tests.Ledningsteam;

/// <summary>
/// Ledningsteam meetings per unit (issue 19 item 6). Seed 002: "Mobil hemsjukvårdläkaren/fasta läkarkontakten blir
/// inbjuden till ett ledningsteamsmöte från respektive enhet 2 gånger/år".
/// </summary>
public sealed class LedningsteamMeetingTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Kommun = Guid.NewGuid();
    private static readonly LocalDate Today = new(2026, 12, 2);

    private static LedningsteamMeeting Held(LocalDate on) =>
        LedningsteamMeeting.Create(Unit, Kommun, on, true, "Karin Åberg (läkare), Per Sandberg (enhetschef)", true, true, false, null, new LocalDate(2026, 12, 31));

    [Fact]
    public void ShouldFlagAUnitWithOneLedningsteamMeetingIn2026()
    {
        var year = LedningsteamYear.Of([Held(new LocalDate(2026, 3, 10)), Held(new LocalDate(2025, 9, 9))], 2026, Today);

        Assert.Equal(1, year.Held);
        Assert.True(year.Flagged);
    }

    [Fact]
    public void ShouldNotFlagAUnitWithTwoMeetingsHeldIn2026()
    {
        var year = LedningsteamYear.Of([Held(new LocalDate(2026, 3, 10)), Held(new LocalDate(2026, 9, 15))], 2026, Today);

        Assert.False(year.Flagged);
    }

    [Fact]
    public void ShouldCountAPlannedMeetingAheadOfTodayButNotOneWhoseDatePassedUnrecorded()
    {
        var planned = LedningsteamMeeting.Create(Unit, Kommun, new LocalDate(2026, 12, 8), false, "Enhetens läkare", false, false, false, null, Today);
        var held = Held(new LocalDate(2026, 3, 10));

        Assert.False(LedningsteamYear.Of([held, planned], 2026, Today).Flagged);
        Assert.True(LedningsteamYear.Of([held, planned], 2026, new LocalDate(2026, 12, 9)).Flagged);
    }

    [Fact]
    public void ShouldRefuseAHeldMeetingInTheFutureOrWithoutTopicsBesideTheirFields()
    {
        var future = Assert.Throws<FieldRefusal>(() =>
            LedningsteamMeeting.Create(Unit, Kommun, Today.PlusDays(1), true, "Läkare", true, false, false, null, Today));
        var noTopics = Assert.Throws<FieldRefusal>(() =>
            LedningsteamMeeting.Create(Unit, Kommun, Today, true, "Läkare", false, false, false, null, Today));

        Assert.Equal(nameof(LedningsteamMeeting.On), future.Field);
        Assert.Equal("Topics", noTopics.Field);
    }

    [Fact]
    public void ShouldRefuseTrainingsDatedOutsideTheYearTheJointAssessmentPlansFor()
    {
        // Seed 002: "En gång/år gemensamt bedöma och planera behov av kompetensutveckling … inför kommande år".
        var e = Assert.Throws<FieldRefusal>(() => CompetenceAssessment.Record(
            Kommun, new LocalDate(2026, 11, 17), 2027, "MAS, vårdcentralschef", "Palliativ vård",
            [new PlannedTraining("Palliativ vård", null, new LocalDate(2026, 12, 1))], Today));

        Assert.Equal(nameof(CompetenceAssessment.Trainings), e.Field);
    }
}
