using Narplan.Domain.Access;

namespace Narplan.Domain.Tests.Access;

/// <summary>
/// The vaccination questions (issue 19 item 2) as their own table in the same situation: a unit in kommun A whose
/// responsible vårdcentral is VC1. Seed 000: the kommun orders doses, gives them and sends the documentation; the
/// vårdcentral orders vaccine, syringes and needles and registers the doses (→ NVR).
/// </summary>
public sealed partial class RegisterAccessPolicyTableTests
{
    private static readonly (string Name, Func<Actor, bool> Ask)[] VaccinationQuestions =
    [
        ("SeeBoard", a => AccessPolicy.MaySeeVaccinationCampaign(a, KommunA, [Vc1])),
        ("PlanCampaign", a => AccessPolicy.MayPlanVaccinationCampaign(a, KommunA)),
        ("OrderDoses", a => AccessPolicy.MayOrderVaccineDoses(a, KommunA)),
        ("ConfirmOrder", a => AccessPolicy.MayConfirmVaccineOrder(a, Vc1)),
        ("RecordDose", a => AccessPolicy.MayRecordVaccinationDose(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("RegisterDose", a => AccessPolicy.MayRegisterVaccinationDose(a, Vc1)),
    ];

    /// <summary>Y = may, . = may not; columns in the order of <see cref="VaccinationQuestions"/>.</summary>
    private const string VaccinationTable = """
        actor             SeeBoard PlanCampaign OrderDoses ConfirmOrder RecordDose RegisterDose
        sjuksköterska A   Y        .            Y          .            Y          .
        MAS A             Y        Y            Y          .            Y          .
        enhetschef A      Y        Y            Y          .            Y          .
        sjuksköterska B   .        .            .          .            .          .
        MAS B             .        .            .          .            .          .
        läkare VC1        Y        .            .          Y            .          Y
        vc-chef VC1       Y        .            .          Y            .          Y
        läkare VC2        .        .            .          .            .          .
        vc-chef VC2       .        .            .          .            .          .
        administratör     Y        Y            Y          Y            Y          Y
        anonym            .        .            .          .            .          .
        """;

    public static TheoryData<string, string, bool> VaccinationCells()
    {
        var data = new TheoryData<string, string, bool>();
        var lines = VaccinationTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headings = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(VaccinationQuestions.Select(q => q.Name), headings);
        foreach (var line in lines[1..])
        {
            var actor = Actors.Keys.Single(name => line.StartsWith(name + " ", StringComparison.Ordinal));
            var marks = line[actor.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(headings.Length, marks.Length);
            for (var i = 0; i < headings.Length; i++)
            {
                data.Add(actor, headings[i], marks[i] == "Y");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VaccinationCells))]
    public void ShouldAnswerTheVaccinationQuestionsAsTheTableSays(string actor, string question, bool expected)
    {
        var ask = VaccinationQuestions.Single(q => q.Name == question).Ask;
        Assert.Equal(expected, ask(Actors[actor]));
    }

    [Fact]
    public void ShouldCoverEveryActorInTheVaccinationTable() =>
        Assert.Equal(Actors.Count, VaccinationCells().Select(c => (string)c[0]).Distinct().Count());
}
