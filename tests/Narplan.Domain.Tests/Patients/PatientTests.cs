using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using NodaTime;

namespace Narplan.Domain.Tests.Patients;

public class PatientTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly Kommun Herrljunga = new(Vgr, null, "Herrljunga");
    private static readonly Guid Narhalsan = Guid.NewGuid();
    private static readonly Guid Guldvingen = Guid.NewGuid();
    private static readonly LocalDate Today = 24.November(2026);

    private static readonly CareUnit Backliden = new(Lidkoping, "Bäckliden", CareUnitType.SarskiltBoende, 54);
    private static readonly CareUnit Lugnet = new(Lidkoping, "Lugnet", CareUnitType.SarskiltBoende, 30);
    private static readonly CareUnit HomeNorth = new(Lidkoping, "Hemvårdsområde Norr", CareUnitType.OrdinartBoende, 120);
    private static readonly CareUnit Fregatten = new(Lidkoping, "Korttidsenheten Fregatten", CareUnitType.Korttidsboende, 20);
    private static readonly CareUnit Hagagarden = new(Herrljunga, "Hagagården", CareUnitType.SarskiltBoende, 40);

    private static IdentityNumber Tolvan => IdentityNumber.ParseOrThrow("19121212-1212", Today);

    private static Patient AtHome(Guid? listedAt = null) =>
        Patient.Enrol(Tolvan, "Tolvan Tolvansson", HomeNorth, 1.March(2026), Narhalsan, Today, listedCareCentreId: listedAt);

    [Fact]
    public void ShouldEnrolWithANewPatientEventAndTheStoredIdentityNumber()
    {
        var patient = AtHome();

        Assert.Equal("191212121212", patient.StoredIdentityNumber);
        Assert.Equal("19121212-****", patient.MaskedIdentityNumber);
        Assert.Equal("19121212-1212", patient.DisplayIdentityNumber);
        Assert.Equal(Lidkoping.Id, patient.KommunId);
        var only = Assert.Single(patient.Events);
        Assert.Equal(PatientEventKind.NewPatient, only.Kind);
        Assert.Equal(1.March(2026), only.On);
    }

    [Fact]
    public void APatientWithoutAUnitShouldBeRefused()
    {
        var e = Assert.Throws<DomainException>(() => Patient.Enrol(Tolvan, "Tolvan Tolvansson", null, 1.March(2026), null, Today));

        Assert.Equal(Patient.Messages.UnitRequired, e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyNameShouldBeRefused(string name)
    {
        var e = Assert.Throws<DomainException>(() => Patient.Enrol(Tolvan, name, HomeNorth, 1.March(2026), null, Today));

        Assert.Equal("Ange patientens namn.", e.Message);
    }

    [Fact]
    public void AnEnrolmentInTheFutureShouldBeRefused()
    {
        var e = Assert.Throws<DomainException>(() => Patient.Enrol(Tolvan, "Tolvan", HomeNorth, 25.November(2026), null, Today));

        Assert.Contains("framtiden", e.Message);
    }

    [Fact]
    public void StartingKommunalPrimarvardShouldOfferListingAtTheUnitsVardcentral()
    {
        var patient = AtHome(listedAt: Guldvingen);

        var offer = Assert.Single(patient.ListingOffers);
        Assert.Equal(Narhalsan, offer.CareCentreId);
        Assert.Equal(ListingOfferReason.StartedKommunalPrimarvard, offer.Reason);
        Assert.Equal(ListingAnswer.Pending, offer.Answer);
        Assert.Equal(Guldvingen, patient.ListedCareCentreId);
    }

    [Fact]
    public void APatientAlreadyListedAtTheUnitsVardcentralShouldGetNoOffer()
    {
        Assert.Empty(AtHome(listedAt: Narhalsan).ListingOffers);
    }

    [Fact]
    public void MovingIntoSaboShouldOfferListingAndAYesListsThePatientThere()
    {
        var patient = AtHome(listedAt: Guldvingen);
        patient.AnswerListingOffer(patient.ListingOffers[0].Id, accepted: false, 2.March(2026), Today);

        patient.MoveTo(HomeNorth, Backliden, 1.October(2026), Narhalsan, null, Today);
        var offer = patient.ListingOffers.Single(o => o.Reason == ListingOfferReason.MovedIntoSarskiltBoende);
        patient.AnswerListingOffer(offer.Id, accepted: true, 5.October(2026), Today);

        Assert.Equal(Backliden.Id, patient.CareUnitId);
        Assert.Equal(Narhalsan, patient.ListedCareCentreId);
        Assert.Equal(ListingAnswer.Accepted, patient.ListingOffers.Single(o => o.Id == offer.Id).Answer);
        Assert.Equal(ListingAnswer.Declined, patient.ListingOffers[0].Answer);
        var move = patient.Events.Single(e => e.Kind == PatientEventKind.Moved);
        Assert.Equal((HomeNorth.Id, Backliden.Id), (move.FromUnitId!.Value, move.ToUnitId!.Value));
    }

    [Fact]
    public void ADeclinedOfferShouldKeepTheListingAndCannotBeAnsweredTwice()
    {
        var patient = AtHome(listedAt: Guldvingen);
        var offer = patient.ListingOffers[0];
        patient.AnswerListingOffer(offer.Id, accepted: false, 2.March(2026), Today);

        var e = Assert.Throws<DomainException>(() => patient.AnswerListingOffer(offer.Id, accepted: true, 3.March(2026), Today));

        Assert.Equal(Guldvingen, patient.ListedCareCentreId);
        Assert.StartsWith("Erbjudandet är redan besvarat", e.Message);
    }

    // Seed 000: "När en person flyttar in på ett särskilt boende så ska den personen, med respekt för det fria valet,
    // erbjudas att lista sig på den vårdcentral som har läkaransvar på boendet." Every move into a SÄBO counts, also
    // from another SÄBO: Bäckliden (Närhälsan) → Lugnet (Guldvingen) on 1 June 2026.
    [Fact]
    public void ShouldOfferListingWhenMovingFromOneSaboIntoAnotherWithADifferentVardcentral()
    {
        var patient = Patient.Enrol(Tolvan, "Tolvan", Backliden, 1.March(2026), Narhalsan, Today, listedCareCentreId: Narhalsan);

        patient.MoveTo(Backliden, Lugnet, 1.June(2026), Guldvingen, null, Today);

        var offer = Assert.Single(patient.ListingOffers);
        Assert.Equal((Guldvingen, ListingOfferReason.MovedIntoSarskiltBoende, 1.June(2026)), (offer.CareCentreId, offer.Reason, offer.OfferedOn));
        Assert.Equal(Narhalsan, patient.ListedCareCentreId);
    }

    [Fact]
    public void ShouldNotOfferListingWhenTheNewSabosVardcentralIsTheOnePatientIsListedAt()
    {
        var patient = Patient.Enrol(Tolvan, "Tolvan", Backliden, 1.March(2026), Narhalsan, Today, listedCareCentreId: Guldvingen);
        patient.AnswerListingOffer(patient.ListingOffers[0].Id, accepted: false, 2.March(2026), Today);

        patient.MoveTo(Backliden, Lugnet, 1.June(2026), Guldvingen, null, Today);

        Assert.Single(patient.ListingOffers);
    }

    // Seed 000 (as above): a patient on a korttids stay at Fregatten 19–30 October 2026 who moves from the
    // hemvårdsområde into Bäckliden on 30 October is offered Bäckliden's vårdcentral.
    [Fact]
    public void ShouldOfferListingWhenMovingIntoSaboDuringAKorttidsStay()
    {
        var patient = AtHome(listedAt: Guldvingen);
        patient.AnswerListingOffer(patient.ListingOffers[0].Id, accepted: false, 2.March(2026), Today);
        patient.StartShortTermStay(Fregatten, 19.October(2026), 30.October(2026), null, Today);

        patient.MoveTo(HomeNorth, Backliden, 30.October(2026), Narhalsan, null, Today);

        var offer = patient.ListingOffers.Single(o => o.Reason == ListingOfferReason.MovedIntoSarskiltBoende);
        Assert.Equal((Narhalsan, 30.October(2026)), (offer.CareCentreId, offer.OfferedOn));
    }

    [Fact]
    public void AMoveToAnotherKommunShouldBeRefused()
    {
        var patient = AtHome();

        var e = Assert.Throws<DomainException>(() => patient.MoveTo(HomeNorth, Hagagarden, 1.June(2026), null, null, Today));

        Assert.Contains("annan kommun", e.Message);
        Assert.Equal(HomeNorth.Id, patient.CareUnitId);
    }

    [Fact]
    public void AMoveToAKorttidsboendeShouldBeRefusedAsAMove()
    {
        var e = Assert.Throws<DomainException>(() => AtHome().MoveTo(HomeNorth, Fregatten, 1.June(2026), null, null, Today));

        Assert.Contains("korttidsvistelse", e.Message);
    }

    [Fact]
    public void AKorttidsStayShouldKeepTheHomeUnitAndCoverItsDaysIncludingTheLast()
    {
        var patient = AtHome();

        patient.StartShortTermStay(Fregatten, 2.November(2026), 15.November(2026), null, Today);

        Assert.Equal(HomeNorth.Id, patient.CareUnitId);
        Assert.Null(patient.ShortTermStayOn(1.November(2026)));
        Assert.NotNull(patient.ShortTermStayOn(2.November(2026)));
        Assert.NotNull(patient.ShortTermStayOn(15.November(2026)));
        Assert.Null(patient.ShortTermStayOn(16.November(2026)));
    }

    [Fact]
    public void APlannedKorttidsStayShouldBeAllowedToStartInTheFuture()
    {
        var stay = AtHome().StartShortTermStay(Fregatten, 7.December(2026), null, "Växelvård", Today);

        Assert.Equal(7.December(2026), stay.On);
        Assert.True(stay.IsStayCovering(1.March(2027)));
    }

    [Fact]
    public void OverlappingKorttidsStaysShouldBeRefused()
    {
        var patient = AtHome();
        patient.StartShortTermStay(Fregatten, 2.November(2026), null, null, Today);

        var e = Assert.Throws<DomainException>(() => patient.StartShortTermStay(Fregatten, 20.November(2026), 25.November(2026), null, Today));

        Assert.Contains("överlappar", e.Message);
    }

    [Fact]
    public void AStayShouldBeAtAKorttidsboendeAndEndOnOrAfterItStarts()
    {
        var patient = AtHome();

        Assert.Contains("inget korttidsboende", Assert.Throws<DomainException>(() => patient.StartShortTermStay(Lugnet, 2.November(2026), null, null, Today)).Message);
        Assert.Contains("före första dagen", Assert.Throws<DomainException>(() => patient.StartShortTermStay(Fregatten, 2.November(2026), 1.November(2026), null, Today)).Message);
    }

    [Fact]
    public void ADeathInTheFutureShouldBeRefused()
    {
        var patient = AtHome();

        var e = Assert.Throws<DomainException>(() => patient.RecordDeath(25.November(2026), null, Today));

        Assert.Equal("Dödsdagen kan inte ligga i framtiden. Kontrollera datumet.", e.Message);
        Assert.True(patient.IsAlive);
    }

    [Fact]
    public void ADeathTodayShouldEndAnOpenStayAndRefuseLaterEvents()
    {
        var patient = AtHome();
        var stay = patient.StartShortTermStay(Fregatten, 2.November(2026), null, null, Today);

        patient.RecordDeath(24.November(2026), null, Today);

        Assert.Equal(24.November(2026), patient.DiedOn);
        Assert.Equal(24.November(2026), stay.LastDay);
        var e = Assert.Throws<DomainException>(() => patient.RecordDeterioration(24.November(2026), null, Today));
        Assert.Contains("avled 2026-11-24", e.Message);
    }

    [Fact]
    public void AnEventBeforeTheEnrolmentOrInTheFutureShouldBeRefused()
    {
        var patient = AtHome();

        Assert.Contains("före inskrivningen", Assert.Throws<DomainException>(() => patient.RecordHospitalDischarge(28.February(2026), null, Today)).Message);
        Assert.Contains("framtiden", Assert.Throws<DomainException>(() => patient.RecordDeterioration(25.November(2026), null, Today)).Message);
    }

    [Fact]
    public void EventsShouldBeListedOldestFirst()
    {
        var patient = AtHome();
        patient.RecordDeterioration(10.October(2026), "Fallit två gånger", Today);
        patient.RecordHospitalDischarge(1.April(2026), null, Today);

        Assert.Equal(
            [PatientEventKind.NewPatient, PatientEventKind.HospitalDischarge, PatientEventKind.Deterioration],
            patient.Events.Select(e => e.Kind));
    }

    [Fact]
    public void AnAnnualReviewShouldNotGoBackwardsNorLieInTheFuture()
    {
        var patient = Patient.Enrol(Tolvan, "Tolvan", HomeNorth, 1.March(2026), null, Today, previousAnnualReview: 12.May(2026));

        Assert.Contains("senare", Assert.Throws<DomainException>(() => patient.RecordAnnualReview(1.May(2026), Today)).Message);
        Assert.Contains("framtiden", Assert.Throws<DomainException>(() => patient.RecordAnnualReview(1.December(2026), Today)).Message);
        patient.RecordAnnualReview(20.November(2026), Today);
        Assert.Equal(20.November(2026), patient.PreviousAnnualReview);
    }

    [Fact]
    public void ProtectedIdentityShouldFollowEitherFlag()
    {
        var patient = AtHome();
        Assert.False(patient.IsProtected);

        patient.UpdateIdentity("Tolvan Tolvansson", confidentialityMarking: false, protectedRegistration: true);
        Assert.True(patient.IsProtected);

        patient.UpdateIdentity("Tolvan Tolvansson", confidentialityMarking: true, protectedRegistration: false);
        Assert.True(patient.IsProtected);
    }

    [Fact]
    public void SeveralCareContactsShouldBeAllowedButNotTheSamePersonTwice()
    {
        var patient = AtHome();
        var nurse = Guid.NewGuid();
        patient.AddCareContact(nurse, 1.March(2026));
        patient.AddCareContact(Guid.NewGuid(), 1.April(2026));

        var e = Assert.Throws<DomainException>(() => patient.AddCareContact(nurse, 1.May(2026)));

        Assert.Equal(2, patient.CareContacts.Count);
        Assert.Contains("redan fast vårdkontakt", e.Message);
    }
}
