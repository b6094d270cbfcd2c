using Narplan.Domain.Access;

namespace Narplan.Domain.Tests.Access;

/// <summary>
/// The samverkan registers' access questions (issue 19), vaccination included, against every role, as one table beside
/// <see cref="AccessPolicyTableTests"/>. The situation is the same: a unit in kommun A whose responsible vårdcentral is
/// VC1; kommun B and VC2 are the other organisations. Vaccination (seed 000): the kommun orders doses, gives them and
/// sends the documentation; the vårdcentral orders vaccine, syringes and needles and registers the doses (→ NVR).
/// </summary>
public sealed class RegisterAccessPolicyTableTests
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
        ("SeeNotices", a => AccessPolicy.MaySeeCapacityNotices(a, KommunA, Vc1)),
        ("GiveNotice", a => AccessPolicy.MayGiveCapacityNotice(a, KommunA)),
        ("AckNotice", a => AccessPolicy.MayAcknowledgeCapacityNotice(a, Vc1)),
        ("SelfCare", a => AccessPolicy.MayWriteSelfCareCertificate(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("Sip", a => AccessPolicy.MayRecordSip(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("SipStay", a => AccessPolicy.MayRecordSip(a, new PatientCareRelation(KommunA, Vc1, Vc1, Vc2))),
        ("SipFigures", a => AccessPolicy.MaySeeSipFigures(a, KommunA)),
        ("MarkReportSent", a => AccessPolicy.MayMarkPlaceReportSent(a, KommunA)),
        ("CrisisEdit", a => AccessPolicy.MayEditCrisisContacts(a, KommunA)),
        ("LtSee", a => AccessPolicy.MaySeeLedningsteam(a, KommunA, Vc1)),
        ("LtRecord", a => AccessPolicy.MayRecordLedningsteam(a, KommunA, Vc1)),
        ("Competence", a => AccessPolicy.MayRecordCompetenceAssessment(a, KommunA, [Vc1])),
        ("Health", a => AccessPolicy.MayEditHealthPromotion(a, KommunA)),
        ("SeeOralHealth", a => AccessPolicy.MaySeeOralHealthRegister(a, KommunA)),
        ("Certifiers", a => AccessPolicy.MayManageOralHealthCertifiers(a, KommunA)),
        ("RecordOralHealth", a => AccessPolicy.MayRecordOralHealth(a, KommunA)),
        ("SeeBoard", a => AccessPolicy.MaySeeVaccinationCampaign(a, KommunA, [Vc1])),
        ("PlanCampaign", a => AccessPolicy.MayPlanVaccinationCampaign(a, KommunA)),
        ("OrderDoses", a => AccessPolicy.MayOrderVaccineDoses(a, KommunA)),
        ("ConfirmOrder", a => AccessPolicy.MayConfirmVaccineOrder(a, Vc1)),
        ("RecordDose", a => AccessPolicy.MayRecordVaccinationDose(a, new PatientCareRelation(KommunA, Vc1, Vc1))),
        ("RegisterDose", a => AccessPolicy.MayRegisterVaccinationDose(a, Vc1)),
    ];

    /// <summary>Y = may, . = may not; columns in the order of <see cref="Questions"/>.</summary>
    private const string Table = """
        actor             SeeNotices  GiveNotice  AckNotice  SelfCare  Sip  SipStay  SipFigures  MarkReportSent  CrisisEdit  LtSee  LtRecord  Competence  Health  SeeOralHealth  Certifiers  RecordOralHealth  SeeBoard  PlanCampaign  OrderDoses  ConfirmOrder  RecordDose  RegisterDose
        sjuksköterska A   Y           .           .          .         Y    Y        Y           .               .           Y      .         .           Y       Y              .           Y                 Y         .             Y           .             Y           .
        MAS A             Y           Y           .          .         Y    Y        Y           Y               Y           Y      Y         Y           Y       Y              Y           Y                 Y         Y             Y           .             Y           .
        enhetschef A      Y           Y           .          .         Y    Y        Y           Y               Y           Y      Y         Y           Y       Y              Y           Y                 Y         Y             Y           .             Y           .
        sjuksköterska B   .           .           .          .         .    .        .           .               .           .      .         .           .       .              .           .                 .         .             .           .             .           .
        MAS B             .           .           .          .         .    .        .           .               .           .      .         .           .       .              .           .                 .         .             .           .             .           .
        läkare VC1        Y           .           .          Y         Y    Y        Y           .               .           Y      Y         .           .       .              .           .                 Y         .             .           Y             .           Y
        vc-chef VC1       Y           .           Y          Y         Y    Y        Y           .               .           Y      Y         Y           .       .              .           .                 Y         .             .           Y             .           Y
        läkare VC2        .           .           .          .         .    .        Y           .               .           .      .         .           .       .              .           .                 .         .             .           .             .           .
        vc-chef VC2       .           .           .          .         .    .        Y           .               .           .      .         .           .       .              .           .                 .         .             .           .             .           .
        administratör     Y           Y           Y          Y         Y    Y        Y           Y               Y           Y      Y         Y           Y       Y              Y           Y                 Y         Y             Y           Y             Y           Y
        anonym            .           .           .          .         .    .        .           .               .           .      .         .           .       .              .           .                 .         .             .           .             .           .
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
