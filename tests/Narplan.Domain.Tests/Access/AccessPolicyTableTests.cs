using Narplan.Domain.Access;

namespace Narplan.Domain.Tests.Access;

/// <summary>
/// Every role against every access question, as one table (issue 16). The situation: a unit in kommun A whose
/// responsible vårdcentral is VC1; a patient of kommun A on that unit, listed at VC1; a doctor of VC1; a plan of
/// kommun A whose parties are kommun A and VC1. Kommun B and VC2 are the other organisations. All of them lie in region R1;
/// R2 is another region.
/// </summary>
public sealed class AccessPolicyTableTests
{
    private static readonly Guid KommunA = Guid.Parse("0000000a-0000-0000-0000-000000000000");
    private static readonly Guid KommunB = Guid.Parse("0000000b-0000-0000-0000-000000000000");
    private static readonly Guid Vc1 = Guid.Parse("000000c1-0000-0000-0000-000000000000");
    private static readonly Guid Vc2 = Guid.Parse("000000c2-0000-0000-0000-000000000000");
    private static readonly Guid SubRegionA = Guid.Parse("000000d1-0000-0000-0000-000000000000");
    private static readonly Guid SubRegionB = Guid.Parse("000000d2-0000-0000-0000-000000000000");
    private static readonly Guid R1 = Guid.Parse("000000f1-0000-0000-0000-000000000000");
    private static readonly Guid R2 = Guid.Parse("000000f2-0000-0000-0000-000000000000");
    private static readonly Guid[] Parties = [KommunA, Vc1];

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["sjuksköterska A"] = new(UserRole.KommunNurse, KommunA, KommunA),
        ["MAS A"] = new(UserRole.Mas, KommunA, KommunA),
        ["enhetschef A"] = new(UserRole.UnitManager, KommunA, KommunA),
        ["sjuksköterska B"] = new(UserRole.KommunNurse, KommunB, KommunB),
        ["MAS B"] = new(UserRole.Mas, KommunB, KommunB),
        ["läkare VC1"] = new(UserRole.Doctor, Vc1, null),
        ["vc-chef VC1"] = new(UserRole.CareCentreManager, Vc1, null),
        ["läkare VC2"] = new(UserRole.Doctor, Vc2, null),
        ["vc-chef VC2"] = new(UserRole.CareCentreManager, Vc2, null),
        ["administratör"] = new(UserRole.Admin, null, null),
        ["koordinator SÄ"] = new(UserRole.Coordinator, SubRegionA, null),
        ["koordinator SK"] = new(UserRole.Coordinator, SubRegionB, null),
        ["kommunadmin A"] = new(UserRole.KommunAdmin, KommunA, KommunA),
        ["kommunadmin B"] = new(UserRole.KommunAdmin, KommunB, KommunB),
        ["regionadmin R1"] = new(UserRole.RegionAdmin, R1, null),
        ["regionadmin R2"] = new(UserRole.RegionAdmin, R2, null),
        ["anonym"] = Actor.Anonymous,
    };

    private static readonly (string Name, Func<Actor, bool> Ask)[] Questions =
    [
        ("EditUnit", a => AccessPolicy.MayEditUnit(a, KommunA)),
        ("AssignResp", a => AccessPolicy.MayAssignResponsibility(a, KommunA, Vc1)),
        ("CareCentre", a => AccessPolicy.MayManageCareCentre(a, Vc1)),
        ("MarkRound", a => AccessPolicy.MayMarkRound(a, KommunA, Vc1)),
        ("EditSeries", a => AccessPolicy.MayEditRoundSeries(a, KommunA, Vc1)),
        ("DoctorFeed", a => AccessPolicy.MayManageDoctorFeed(a, Vc1)),
        ("PlanYear", a => AccessPolicy.MayPlanYear(a, KommunA, Vc1)),
        ("SeePatient", a => AccessPolicy.MaySeePatient(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("Enrol", a => AccessPolicy.MayEnrolPatient(a, KommunA)),
        ("Import", a => AccessPolicy.MayImportAppendix(a, KommunA)),
        ("EditPlan", a => AccessPolicy.MayEditPlan(a, KommunA, Parties)),
        ("Approve", a => AccessPolicy.ApprovableParties(a, KommunA, Parties).Count > 0),
        ("Administer", AccessPolicy.MayAdminister),
        ("ReviewLogA", a => AccessPolicy.MayReviewLog(a, KommunA)),
        ("ReviewLogVc1", a => AccessPolicy.MayReviewLog(a, Vc1)),
        ("EditGov", a => AccessPolicy.MayEditGovernance(a, SubRegionA)),
        ("Accounts", AccessPolicy.MayAdministerAccounts),
        ("AccountA", a => AccessPolicy.MayManageAccount(a, [new(UserRole.KommunNurse, R1, KommunA)])),
        ("AccountAVc", a => AccessPolicy.MayManageAccount(a, [new(UserRole.KommunNurse, R1, KommunA), new(UserRole.Doctor, R1, null)])),
        ("GrantNurseA", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.KommunNurse, R1, KommunA))),
        ("GrantDoctor", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.Doctor, R1, null))),
        ("GrantSelf", a => AccessPolicy.MayGrantRole(a, true, new(UserRole.KommunNurse, R1, KommunA))),
    ];

    /// <summary>Y = may, . = may not; columns in the order of <see cref="Questions"/>.</summary>
    private const string Table = """
        actor             EditUnit AssignResp CareCentre MarkRound EditSeries DoctorFeed PlanYear SeePatient Enrol Import EditPlan Approve Administer ReviewLogA ReviewLogVc1 EditGov Accounts AccountA AccountAVc GrantNurseA GrantDoctor GrantSelf
        sjuksköterska A   Y        .          .          Y         .          .          Y        Y          Y     .      Y        .       .          .          .            .       .        .        .          .           .           .
        MAS A             Y        Y          .          Y         Y          .          Y        Y          Y     Y      Y        Y       .          Y          .            .       .        .        .          .           .           .
        enhetschef A      Y        Y          .          Y         Y          .          Y        Y          Y     Y      Y        Y       .          .          .            .       .        .        .          .           .           .
        sjuksköterska B   .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        MAS B             .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        läkare VC1        .        .          .          Y         .          Y          Y        Y          .     .      Y        .       .          .          .            .       .        .        .          .           .           .
        vc-chef VC1       .        Y          Y          Y         Y          Y          Y        Y          .     .      Y        Y       .          .          Y            .       .        .        .          .           .           .
        läkare VC2        .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        vc-chef VC2       .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        administratör     Y        Y          Y          Y         Y          Y          Y        Y          Y     Y      Y        Y       Y          Y          Y            Y       Y        Y        Y          Y           Y           .
        anonym            .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        koordinator SÄ    .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            Y       .        .        .          .           .           .
        koordinator SK    .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       .        .        .          .           .           .
        kommunadmin A     Y        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       Y        Y        .          Y           .           .
        kommunadmin B     .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       Y        .        .          .           .           .
        regionadmin R1    .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       Y        Y        Y          Y           Y           .
        regionadmin R2    .        .          .          .         .          .          .        .          .     .      .        .       .          .          .            .       Y        .        .          .           .           .
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

    [Fact]
    public void ShouldLetAVardcentralSeeAPatientListedWithItOnAnotherVardcentralsUnit()
    {
        var patient = new PatientCareRelation(KommunA, ListedCareCentreId: Vc2, UnitCareCentreId: Vc1);
        Assert.True(AccessPolicy.MaySeePatient(Actors["läkare VC2"], patient));
        Assert.True(AccessPolicy.MaySeePatient(Actors["läkare VC1"], patient));
    }

    /// <summary>Decision 0022: during a korttids stay the korttidsboende's vårdcentral has treatment responsibility.</summary>
    [Fact]
    public void ShouldLetTheKorttidsVardcentralSeeThePatientDuringTheStay()
    {
        var patient = new PatientCareRelation(KommunA, Vc1, Vc1, StayCareCentreId: Vc2);
        Assert.True(AccessPolicy.MaySeePatient(Actors["vc-chef VC2"], patient));
        Assert.False(AccessPolicy.MaySeePatient(Actors["läkare VC2"], patient with { StayCareCentreId = null }));
    }

    [Fact]
    public void ShouldGiveAKommunManagerTheKommunsPartyAndNoOther()
    {
        Assert.Equal([KommunA], AccessPolicy.ApprovableParties(Actors["MAS A"], KommunA, Parties));
        Assert.Equal([Vc1], AccessPolicy.ApprovableParties(Actors["vc-chef VC1"], KommunA, Parties));
        Assert.Equal(Parties, AccessPolicy.ApprovableParties(Actors["administratör"], KommunA, Parties));
    }

    [Fact]
    public void ShouldNotLetAVardcentralThatIsNotAPartyEditThePlan() =>
        Assert.Null(AccessPolicy.PlanPartyOf(Actors["vc-chef VC2"], KommunA, Parties));
}
