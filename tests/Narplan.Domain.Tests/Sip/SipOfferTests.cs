using Narplan.Domain.Organisations;
using Narplan.Domain.Patients;
using Narplan.Domain.Places;
using Narplan.Domain.Sip;
using NodaTime;

namespace Narplan.Domain.Tests.Sip;

/// <summary>
/// Seed 000: "SIP ska erbjudas oavsett ålder, diagnos, funktionsvariation eller behov och är den enskildes plan. SIP ska
/// erbjudas patienter vid: beslut om kommunal primärvård inkl. rehab, utskrivning från sjukhus, behov om gemensam
/// planering uppstår." Issue 19: "a SIP meeting before its offer … refused with a Swedish message beside its field".
/// </summary>
public sealed class SipOfferTests
{
    private static readonly Guid PatientId = Guid.NewGuid();
    private static readonly Guid Kommun = Guid.NewGuid();

    /// <summary>Midsommarafton 2026, a Friday.</summary>
    private static readonly LocalDate Midsommarafton = 19.June(2026);

    private static SipOffer OfferedOn(LocalDate on, LocalDate? today = null) =>
        SipOffer.Offer(PatientId, Kommun, SipTrigger.JointPlanningNeed, null, on, on, "Ida Sjöström", today ?? on);

    private static SipOffer Accepted(LocalDate on)
    {
        var offer = OfferedOn(on);
        offer.RecordAnswer(SipAnswer.Accepted, on, on);
        return offer;
    }

    private static SipOffer WithMeeting(LocalDate meeting)
    {
        var offer = Accepted(meeting.PlusDays(-7));
        offer.PlanMeeting(meeting, SipMeetingMode.Teams, null, held: false, meeting);
        return offer;
    }

    [Fact]
    public void ShouldRefuseAnOfferDatedInTheFutureBesideTheOfferDate()
    {
        var refusal = Assert.Throws<FieldRefusal>(() =>
            SipOffer.Offer(PatientId, Kommun, SipTrigger.JointPlanningNeed, null, null, 20.June(2026), "Ida Sjöström", Midsommarafton));

        Assert.Equal("OfferedOn", refusal.Field);
        Assert.Equal("Erbjudandet kan inte ligga i framtiden.", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseAnOfferBeforeTheDischargeItAnswers()
    {
        var refusal = Assert.Throws<FieldRefusal>(() =>
            SipOffer.Offer(PatientId, Kommun, SipTrigger.HospitalDischarge, Guid.NewGuid(), Midsommarafton, 18.June(2026), "Ida Sjöström", 22.June(2026)));

        Assert.Equal("OfferedOn", refusal.Field);
        Assert.Contains("2026-06-19", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseASipMeetingBeforeItsOffer()
    {
        var offer = Accepted(Midsommarafton);

        var refusal = Assert.Throws<FieldRefusal>(() => offer.PlanMeeting(18.June(2026), SipMeetingMode.Teams, null, held: false, 22.June(2026)));

        Assert.Equal("MeetingOn", refusal.Field);
        Assert.Equal("SIP-mötet kan inte ligga före erbjudandet (2026-06-19).", refusal.Message);
        Assert.Null(offer.MeetingOn);
    }

    [Fact]
    public void ShouldAcceptAMeetingOnTheDayOfTheOffer()
    {
        var offer = Accepted(Midsommarafton);

        offer.PlanMeeting(Midsommarafton, SipMeetingMode.Place, "Bäckliden", held: true, Midsommarafton);

        Assert.Equal(Midsommarafton, offer.MeetingOn);
        Assert.Equal("Bäckliden", offer.MeetingPlace);
    }

    [Fact]
    public void ShouldRefuseAMeetingUntilThePatientHasAccepted()
    {
        var offer = OfferedOn(Midsommarafton);
        offer.RecordAnswer(SipAnswer.Declined, 22.June(2026), 22.June(2026));

        Assert.Throws<DomainException>(() => offer.PlanMeeting(23.June(2026), SipMeetingMode.Teams, null, held: false, 23.June(2026)));
    }

    [Fact]
    public void ShouldRefuseAMeetingMarkedHeldThatLiesInTheFuture()
    {
        var offer = Accepted(Midsommarafton);

        var refusal = Assert.Throws<FieldRefusal>(() => offer.PlanMeeting(23.June(2026), SipMeetingMode.Teams, null, held: true, 22.June(2026)));

        Assert.Equal("MeetingHeld", refusal.Field);
    }

    [Fact]
    public void ShouldRequireAPlaceForAMeetingOnSiteButNotForTeams()
    {
        var offer = Accepted(Midsommarafton);

        Assert.Equal("MeetingPlace", Assert.Throws<FieldRefusal>(() => offer.PlanMeeting(22.June(2026), SipMeetingMode.Place, "  ", held: false, 22.June(2026))).Field);
        offer.PlanMeeting(22.June(2026), SipMeetingMode.Teams, "ignored", held: false, 22.June(2026));
        Assert.Null(offer.MeetingPlace);
    }

    [Fact]
    public void ShouldRefuseAFollowUpOnOrBeforeTheMeeting()
    {
        var offer = WithMeeting(22.June(2026));

        Assert.Equal("FollowUpOn", Assert.Throws<FieldRefusal>(() => offer.PlanFollowUp(22.June(2026))).Field);
        Assert.Equal("FollowUpOn", Assert.Throws<FieldRefusal>(() => offer.PlanFollowUp(Midsommarafton)).Field);
        offer.PlanFollowUp(23.June(2026));
        Assert.Equal(23.June(2026), offer.FollowUpOn);
    }

    [Fact]
    public void ShouldRefuseAnActionDueBeforeTheMeeting()
    {
        var offer = WithMeeting(22.June(2026));

        var refusal = Assert.Throws<FieldRefusal>(() => offer.AddAction("Läkemedelsgenomgång", "Vårdcentralen", Midsommarafton));

        Assert.Equal("DueOn", refusal.Field);
        Assert.Equal("Åtgärden kan inte vara klar före SIP-mötet (2026-06-22).", refusal.Message);
        Assert.Empty(offer.Actions);
    }

    [Fact]
    public void ShouldRefuseMovingTheMeetingAfterAnActionsDueDayOrOntoTheFollowUp()
    {
        var offer = WithMeeting(22.June(2026));
        offer.AddAction("Läkemedelsgenomgång", "Vårdcentralen", 29.June(2026));
        offer.PlanFollowUp(31.August(2026));

        Assert.Equal("MeetingOn", Assert.Throws<FieldRefusal>(() => offer.PlanMeeting(30.June(2026), SipMeetingMode.Teams, null, held: false, 1.July(2026))).Field);
    }

    [Fact]
    public void ShouldMakeAnActionOverdueTheDayAfterItsDueDay()
    {
        var offer = WithMeeting(22.June(2026));
        var action = offer.AddAction("Rullstol provas ut", "Arbetsterapeut", 26.June(2026));

        Assert.False(action.IsOverdueOn(26.June(2026)));
        Assert.True(action.IsOverdueOn(27.June(2026)));
        offer.CompleteAction(action.Id, 29.June(2026), 29.June(2026));
        Assert.False(action.IsOverdueOn(30.June(2026)));
    }

    [Fact]
    public void ShouldRefuseAnActionDoneBeforeTheMeetingOrInTheFuture()
    {
        var offer = WithMeeting(22.June(2026));
        var action = offer.AddAction("Rullstol provas ut", "Arbetsterapeut", 26.June(2026));

        Assert.Equal("DoneOn", Assert.Throws<FieldRefusal>(() => offer.CompleteAction(action.Id, Midsommarafton, 26.June(2026))).Field);
        Assert.Equal("DoneOn", Assert.Throws<FieldRefusal>(() => offer.CompleteAction(action.Id, 27.June(2026), 26.June(2026))).Field);
        Assert.Null(action.DoneOn);
    }

    [Fact]
    public void ShouldRefuseAnAnswerBeforeTheOfferOrInTheFuture()
    {
        var offer = OfferedOn(Midsommarafton, 22.June(2026));

        Assert.Equal("AnsweredOn", Assert.Throws<FieldRefusal>(() => offer.RecordAnswer(SipAnswer.Accepted, 18.June(2026), 22.June(2026))).Field);
        Assert.Equal("AnsweredOn", Assert.Throws<FieldRefusal>(() => offer.RecordAnswer(SipAnswer.Accepted, 23.June(2026), 22.June(2026))).Field);
        Assert.True(offer.IsAwaitingAnswer);
    }

    [Fact]
    public void ShouldBeDueForAnAnswerTwoWeeksAfterTheOffer()
    {
        var offer = OfferedOn(Midsommarafton);

        Assert.Equal(3.July(2026), offer.AnswerDueOn);
    }

    [Fact]
    public void ShouldRefuseAnAnswerOtherThanYesOnceAMeetingIsRecorded()
    {
        var offer = WithMeeting(22.June(2026));

        Assert.Throws<DomainException>(() => offer.RecordAnswer(SipAnswer.Declined, 22.June(2026), 22.June(2026)));
        Assert.Equal(SipAnswer.Accepted, offer.Answer);
    }

    [Theory]
    [InlineData("SIP-2026-0117", true)]
    [InlineData("abc/12.3_x", true)]
    [InlineData("SIP 2026", false)]
    [InlineData("<script>", false)]
    [InlineData("åäö", false)]
    public void ShouldKeepTheExternalReferenceSafeForALink(string reference, bool accepted)
    {
        var offer = OfferedOn(Midsommarafton);

        if (accepted)
        {
            offer.SetExternalReference(SipExternalSystem.Samsa, reference);
            Assert.Equal(reference, offer.ExternalReference);
        }
        else
        {
            Assert.Equal("ExternalReference", Assert.Throws<FieldRefusal>(() => offer.SetExternalReference(SipExternalSystem.Lifecare, reference)).Field);
            Assert.Null(offer.ExternalReference);
        }
    }

    [Fact]
    public void ShouldRequireTheSystemWithAReferenceAndClearBothWithAnEmptyReference()
    {
        var offer = OfferedOn(Midsommarafton);

        Assert.Equal("ExternalSystem", Assert.Throws<FieldRefusal>(() => offer.SetExternalReference(null, "SIP-1")).Field);
        offer.SetExternalReference(SipExternalSystem.Lifecare, "SIP-1");
        offer.SetExternalReference(null, " ");
        Assert.Null(offer.ExternalSystem);
        Assert.Null(offer.ExternalReference);
    }
}

/// <summary>
/// Seed 000: "SIP ska erbjudas patienter vid: beslut om kommunal primärvård inkl. rehab, utskrivning från sjukhus" — the
/// enrolment ("ny patient") and the discharge events create the "Erbjud SIP" task.
/// </summary>
public sealed class SipOfferTaskTests
{
    private static readonly Region Vgr = new("Västra Götalandsregionen", "VGR", Narplan.Domain.Acute.DecisionSupportProfileKey.Vgr);
    private static readonly Kommun Lidkoping = new(Vgr, null, "Lidköping");
    private static readonly CareUnit HomeNorth = new(Lidkoping, "Hemvårdsområde Norr", CareUnitType.OrdinartBoende, 120);

    private static Patient EnrolledOn(LocalDate on) =>
        Patient.Enrol(IdentityNumber.ParseOrThrow("19121212-1212", on), "Tolvan Tolvansson", HomeNorth, on, null, on);

    [Fact]
    public void ShouldCreateAnOfferTaskDueAWeekAfterTheStartOfKommunalPrimarvard()
    {
        var patient = EnrolledOn(19.June(2026));

        var task = Assert.Single(SipOfferTasks.Open(patient, [], 22.June(2026)));

        Assert.Equal(SipTrigger.KommunalPrimarvard, task.Trigger);
        Assert.Equal(26.June(2026), task.DueOn);
        Assert.False(task.IsOverdueOn(26.June(2026)));
        Assert.True(task.IsOverdueOn(27.June(2026)));
    }

    [Fact]
    public void ShouldCreateAnOfferTaskAtADischargeFromHospitalButNotAtADeterioration()
    {
        var patient = EnrolledOn(2.March(2026));
        patient.RecordDeterioration(20.October(2026), null, 2.December(2026));
        var discharge = patient.RecordHospitalDischarge(23.November(2026), "Utskriven efter höftfraktur.", 2.December(2026));

        var task = Assert.Single(SipOfferTasks.Open(patient, [], 2.December(2026)));

        Assert.Equal(discharge.Id, task.EventId);
        Assert.Equal(SipTrigger.HospitalDischarge, task.Trigger);
        Assert.Equal(30.November(2026), task.DueOn);
    }

    [Fact]
    public void ShouldCloseTheTaskWhenSipIsOfferedOnOrAfterTheEventsDay()
    {
        var patient = EnrolledOn(2.March(2026));
        var discharge = patient.RecordHospitalDischarge(23.November(2026), null, 2.December(2026));
        var before = SipOffer.Offer(patient.Id, Lidkoping.Id, SipTrigger.JointPlanningNeed, null, null, 20.November(2026), "Ida", 2.December(2026));
        var after = SipOffer.Offer(patient.Id, Lidkoping.Id, SipTrigger.HospitalDischarge, discharge.Id, discharge.On, 25.November(2026), "Ida", 2.December(2026));

        Assert.Single(SipOfferTasks.Open(patient, [before], 2.December(2026)));
        Assert.Empty(SipOfferTasks.Open(patient, [before, after], 2.December(2026)));
    }

    [Fact]
    public void ShouldNotListEventsOlderThanTheNinetyDayWindow()
    {
        var patient = EnrolledOn(2.March(2026));

        Assert.Empty(SipOfferTasks.Open(patient, [], 31.May(2026))); // 90 days after 2 March
        Assert.Single(SipOfferTasks.Open(patient, [], 30.May(2026)));
    }
}
