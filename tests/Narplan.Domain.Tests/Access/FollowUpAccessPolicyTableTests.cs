using Narplan.Domain.Access;

namespace Narplan.Domain.Tests.Access;

/// <summary>
/// The follow-up's access questions (issue 20; decision 0082) against every role. Kommun A has VC1 with läkaransvar for
/// one of its units; kommun B and VC2 are the other organisations. The plan's parties are kommun A and VC1.
/// </summary>
public sealed class FollowUpAccessPolicyTableTests
{
    private static readonly Guid KommunA = Guid.Parse("0000000a-0000-0000-0000-000000000000");
    private static readonly Guid KommunB = Guid.Parse("0000000b-0000-0000-0000-000000000000");
    private static readonly Guid Vc1 = Guid.Parse("000000c1-0000-0000-0000-000000000000");
    private static readonly Guid Vc2 = Guid.Parse("000000c2-0000-0000-0000-000000000000");

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["sjuksköterska A"] = new(UserRole.KommunNurse, KommunA, KommunA),
        ["MAS A"] = new(UserRole.Mas, KommunA, KommunA),
        ["enhetschef A"] = new(UserRole.UnitManager, KommunA, KommunA),
        ["kommunadmin A"] = new(UserRole.KommunAdmin, KommunA, KommunA),
        ["sjuksköterska B"] = new(UserRole.KommunNurse, KommunB, KommunB),
        ["MAS B"] = new(UserRole.Mas, KommunB, KommunB),
        ["läkare VC1"] = new(UserRole.Doctor, Vc1, null),
        ["vc-chef VC1"] = new(UserRole.CareCentreManager, Vc1, null),
        ["läkare VC2"] = new(UserRole.Doctor, Vc2, null),
        ["vc-chef VC2"] = new(UserRole.CareCentreManager, Vc2, null),
        ["administratör"] = new(UserRole.Admin, null, null),
        ["anonym"] = Actor.Anonymous,
    };

    private static readonly (string Name, Func<Actor, bool> Ask)[] Questions =
    [
        ("Rows", a => AccessPolicy.MaySeeFollowUpRows(a, KommunA)),
        ("Counts", a => AccessPolicy.MayEnterFollowUpCounts(a, KommunA, [Vc1])),
        ("YearlyReview", a => AccessPolicy.MayStartYearlyReview(a, KommunA, [KommunA, Vc1])),
        // A patient of kommun A listed at VC1 (decision 0093).
        ("LastWeek", a => AccessPolicy.MayCorrectLastWeekOfLife(a, new PatientCareRelation(KommunA, Vc1, null))),
    ];

    /// <summary>Y = may, . = may not; columns in the order of <see cref="Questions"/>.</summary>
    private const string Table = """
        actor             Rows   Counts YearlyReview      LastWeek
        sjuksköterska A   Y      .      Y       Y
        MAS A             Y      Y      Y       Y
        enhetschef A      Y      Y      Y       .
        kommunadmin A     .      .      .       .
        sjuksköterska B   .      .      .       .
        MAS B             .      .      .       .
        läkare VC1        .      .      Y       Y
        vc-chef VC1       .      Y      Y       .
        läkare VC2        .      .      .       .
        vc-chef VC2       .      .      .       .
        administratör     Y      Y      Y       Y
        anonym            .      .      .       .
        """;

    public static TheoryData<string, string, bool> Cells() => AccessTable.Cells(Table, Questions.Select(q => q.Name), Actors.Keys);

    [Theory]
    [MemberData(nameof(Cells))]
    public void ShouldAnswerAsTheTableSays(string actor, string question, bool expected)
    {
        var ask = Questions.Single(q => q.Name == question).Ask;
        Assert.Equal(expected, ask(Actors[actor]));
    }

    [Fact]
    public void ShouldCoverEveryActorInTheTable() =>
        Assert.Equal(Actors.Count, Cells().Select(c => (string)c[0]).Distinct().Count());
}
