using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;
using NodaTime;
using NodaTime.Testing;

namespace Narplan.Domain.Tests.Palliative;

public class CarePlanFollowUpTests
{
    private static readonly BreakpointConversation Conversation =
        new(6.November(2026), "Anna Läkare", ["patienten", "dottern Eva"]);

    public static TheoryData<string, LocalDate[], LocalDate, CarePlanFollowUpStatus> Rows => new()
    {
        { "updated the same day", [6.November(2026)], 20.November(2026), CarePlanFollowUpStatus.UpdatedInTime },
        { "updated on day 3, the last allowed day", [9.November(2026)], 20.November(2026), CarePlanFollowUpStatus.UpdatedInTime },
        { "updated on day 4 is late", [10.November(2026)], 20.November(2026), CarePlanFollowUpStatus.UpdatedLate },
        { "no update yet on day 3 is pending", [], 9.November(2026), CarePlanFollowUpStatus.Pending },
        { "no update on day 4 is overdue", [], 10.November(2026), CarePlanFollowUpStatus.Overdue },
        { "an update before the conversation does not count", [1.November(2026)], 10.November(2026), CarePlanFollowUpStatus.Overdue },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ShouldFlagABreakpointConversationWithoutACarePlanUpdateWithinThreeDays(
        string row, LocalDate[] updates, LocalDate today, CarePlanFollowUpStatus expected)
    {
        var followUp = CarePlanFollowUp.Check(Conversation, updates, today);

        Assert.True(followUp.Status == expected, $"{row}: expected {expected}, got {followUp.Status}");
        Assert.Equal(9.November(2026), followUp.DueBy);
        Assert.Equal(expected == CarePlanFollowUpStatus.Overdue, followUp.IsFlagged);
    }

    [Fact]
    public void ShouldTakeTodayFromTheClockInSwedishTime()
    {
        // 23:30 UTC on 9 November is 00:30 on 10 November in Sweden: day 4, overdue.
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 9, 23, 30));

        Assert.True(CarePlanFollowUp.Check(Conversation, [], clock).IsFlagged);
    }

    [Fact]
    public void ShouldLetTheRegionChooseAnotherNumberOfDays()
    {
        Assert.Equal(CarePlanFollowUpStatus.Pending, CarePlanFollowUp.Check(Conversation, [], 10.November(2026), daysAllowed: 5).Status);
    }

    [Fact]
    public void ShouldRequireADoctorAndSomeoneToTalkWith()
    {
        Assert.Throws<DomainException>(() => new BreakpointConversation(6.November(2026), " ", ["patienten"]));
        Assert.Equal(
            "Ange vilka samtalet hölls med, till exempel patienten eller närstående.",
            Assert.Throws<DomainException>(() => new BreakpointConversation(6.November(2026), "Anna Läkare", [" "])).Message);
    }
}

public class PalliativeCarePlanTests
{
    private static readonly PalliativeCarePlanInput Complete = new(
        Strategy: "Symtomlindring i hemmet, ingen sjukhusvård.",
        Cpr: CprDecision.DoNotResuscitate,
        ContinuedMedication: "Sätt ut statin och blodtryckssänkande.",
        SafetyMedication: "Morfin, Midazolam, Haloperidol, Robinul enligt ordination 2026-11-06.",
        MeasuresAtInfection: "Ingen antibiotika; symtomlindring.",
        MeasuresAtReducedIntake: "Ingen parenteral vätska; munvård.");

    [Fact]
    public void ShouldAcceptACompletePlanByADoctor()
    {
        var at = 6.November(2026).At(15, 0);

        var result = PalliativeCarePlan.Validate(Complete, at, "Anna Läkare");

        Assert.True(result.IsValid);
        Assert.Equal(CprDecision.DoNotResuscitate, result.Plan!.Cpr);
        Assert.Equal(at, result.Plan.UpdatedAt);
        Assert.Equal("Ej HLR", PalliativeCarePlan.CprName(result.Plan.Cpr));
    }

    [Fact]
    public void ShouldNameEachMissingPartAndKeepTheRest()
    {
        var result = PalliativeCarePlan.Validate(
            Complete with { Cpr = null, MeasuresAtInfection = "  " }, 6.November(2026).At(15, 0), "Anna Läkare");

        Assert.Null(result.Plan);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [nameof(PalliativeCarePlanInput.Cpr)] = "Ange om patienten ska återupplivas vid hjärtstopp (HLR eller ej HLR).",
                [nameof(PalliativeCarePlanInput.MeasuresAtInfection)] = "Ange åtgärder vid infektion.",
            },
            result.Errors);
    }

    [Fact]
    public void ShouldRequireTheDoctorAndTheNurseForAnEndOfLifeDecision()
    {
        var at = 6.November(2026).At(15, 0);

        Assert.Equal(
            "Beslut om vård i livets slutskede fattas av läkare. Ange läkaren.",
            Assert.Throws<DomainException>(() => new EndOfLifeDecision(at, "", "Karin Berg")).Message);
        Assert.Throws<DomainException>(() => new EndOfLifeDecision(at, "Anna Läkare", " "));
        Assert.Equal("Karin Berg", new EndOfLifeDecision(at, "Anna Läkare", " Karin Berg ").NurseName);
        Assert.Single(PalliativeCarePlan.Validate(Complete, at, null).Errors);
    }
}
