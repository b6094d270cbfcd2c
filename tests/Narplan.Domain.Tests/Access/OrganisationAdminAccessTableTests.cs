using Narplan.Domain.Access;

namespace Narplan.Domain.Tests.Access;

/// <summary>
/// Issue 17's administrators against the organisation-register questions, as a table like <see cref="AccessPolicyTableTests"/>.
/// Kommun A and B are in region R1; kommun C in region R2. A kommun administrator keeps their own kommun's setup only;
/// a region administrator every kommun of their region; neither gets care or patient rights from the role. The account
/// columns (issue 17: "a region administrator for their region, a kommun administrator for their kommun") ask about an
/// account with a role in kommun A, in kommun C, at VC1 (a vårdcentral in kommun A, region R1) and with the Admin role
/// (held in region R1), and about giving roles there.
/// </summary>
public sealed class OrganisationAdminAccessTableTests
{
    private static readonly Guid R1 = Guid.Parse("000000f1-0000-0000-0000-000000000000");
    private static readonly Guid R2 = Guid.Parse("000000f2-0000-0000-0000-000000000000");
    private static readonly Guid KommunA = Guid.Parse("0000000a-0000-0000-0000-000000000000");
    private static readonly Guid KommunB = Guid.Parse("0000000b-0000-0000-0000-000000000000");
    private static readonly Guid KommunC = Guid.Parse("0000000c-0000-0000-0000-000000000000");
    private static readonly Guid Vc1 = Guid.Parse("000000c1-0000-0000-0000-000000000000");

    private static readonly Dictionary<string, Actor> Actors = new()
    {
        ["kommunadmin A"] = new(UserRole.KommunAdmin, KommunA, KommunA),
        ["kommunadmin B"] = new(UserRole.KommunAdmin, KommunB, KommunB),
        ["regionadmin R1"] = new(UserRole.RegionAdmin, R1, null),
        ["regionadmin R2"] = new(UserRole.RegionAdmin, R2, null),
        ["MAS A"] = new(UserRole.Mas, KommunA, KommunA),
        ["vc-chef VC1"] = new(UserRole.CareCentreManager, Vc1, KommunA),
        ["administratör"] = new(UserRole.Admin, null, null),
        ["anonym"] = Actor.Anonymous,
    };

    private static readonly (string Name, Func<Actor, bool> Ask)[] Questions =
    [
        ("KommunA", a => AccessPolicy.MayAdministerKommun(a, R1, KommunA)),
        ("KommunB", a => AccessPolicy.MayAdministerKommun(a, R1, KommunB)),
        ("KommunC", a => AccessPolicy.MayAdministerKommun(a, R2, KommunC)),
        ("RegionR1", a => AccessPolicy.MayAdministerRegion(a, R1)),
        ("NewRegion", AccessPolicy.MayCreateRegion),
        ("OpenAdmin", AccessPolicy.MayOpenOrganisationAdministration),
        ("EditUnitA", a => AccessPolicy.MayEditUnit(a, KommunA)),
        ("SeePatientA", a => AccessPolicy.MaySeePatient(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("ImportBilagaA", a => AccessPolicy.MayImportAppendix(a, KommunA)),
        ("AuditLog", AccessPolicy.MayAdminister),
        ("Accounts", AccessPolicy.MayAdministerAccounts),
        ("AccountA", a => AccessPolicy.MayManageAccount(a, [new(UserRole.KommunNurse, R1, KommunA)])),
        ("AccountC", a => AccessPolicy.MayManageAccount(a, [new(UserRole.KommunNurse, R2, KommunC)])),
        ("AccountVc1", a => AccessPolicy.MayManageAccount(a, [new(UserRole.Doctor, R1, null)])),
        ("AccountAdmin", a => AccessPolicy.MayManageAccount(a, [new(UserRole.KommunNurse, R1, KommunA), new(UserRole.Admin, R1, null)])),
        ("GrantNurseA", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.KommunNurse, R1, KommunA))),
        ("GrantDoctorVc1", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.Doctor, R1, null))),
        ("GrantNurseC", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.KommunNurse, R2, KommunC))),
        ("GrantAdminR1", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.Admin, R1, null))),
        ("GrantRegAdmR1", a => AccessPolicy.MayGrantRole(a, false, new(UserRole.RegionAdmin, R1, null))),
    ];

    /// <summary>Y = may, . = may not; columns in the order of <see cref="Questions"/>.</summary>
    private const string Table = """
        actor            KommunA KommunB KommunC RegionR1 NewRegion OpenAdmin EditUnitA SeePatientA ImportBilagaA AuditLog Accounts AccountA AccountC AccountVc1 AccountAdmin GrantNurseA GrantDoctorVc1 GrantNurseC GrantAdminR1 GrantRegAdmR1
        kommunadmin A    Y       .       .       .        .         Y         Y         .           .             .        Y        Y        .        .          .            Y           .              .           .            .
        kommunadmin B    .       Y       .       .        .         Y         .         .           .             .        Y        .        .        .          .            .           .              .           .            .
        regionadmin R1   Y       Y       .       Y        .         Y         .         .           .             .        Y        Y        .        Y          .            Y           Y              .           .            Y
        regionadmin R2   .       .       Y       .        .         Y         .         .           .             .        Y        .        Y        .          .            .           .              Y           .            .
        MAS A            .       .       .       .        .         .         Y         Y           Y             .        .        .        .        .          .            .           .              .           .            .
        vc-chef VC1      .       .       .       .        .         .         .         Y           .             .        .        .        .        .          .            .           .              .           .            .
        administratör    Y       Y       Y       Y        Y         Y         Y         Y           Y             Y        Y        Y        Y        Y          Y            Y           Y              Y           Y            Y
        anonym           .       .       .       .        .         .         .         .           .             .        .        .        .        .          .            .           .              .           .            .
        """;

    public static TheoryData<string, string, bool> Cells() => AccessTable.Cells(Table, Questions.Select(q => q.Name), Actors.Keys);

    [Theory]
    [MemberData(nameof(Cells))]
    public void ShouldAnswerAsTheTableSays(string actor, string question, bool expected) =>
        Assert.Equal(expected, Questions.Single(q => q.Name == question).Ask(Actors[actor]));

    [Fact]
    public void ShouldListEveryActorOnce() =>
        Assert.Equal(Actors.Count, Table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
}
