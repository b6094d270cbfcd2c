using Narplan.Domain.Vaccination;

namespace Narplan.Domain.Tests.Vaccination;

/// <summary>
/// Seed 000 "Vaccinationer": "Kommunal primärvård ansvarar för att vaccinationsunderlag/hälsodeklaration inkommer till
/// vårdcentralen senast en vecka efter given/givna doser", and the bad input of issue 19 (a dose in the future, a
/// documentation date before the dose, a dose outside the campaign).
/// </summary>
public sealed class VaccinationDoseTests
{
    private static readonly Guid Patient = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();

    private static VaccinationCampaign Campaign(NodaTime.LocalDate start, NodaTime.LocalDate end, bool covid = true) =>
        VaccinationCampaign.Plan(Guid.NewGuid(), VaccinationSeason.Spring, start, end, start.PlusDays(-14), influenza: true, covid: covid);

    private static readonly VaccinationCampaign Summer2026 = Campaign(1.June(2026), 30.June(2026));
    private static readonly VaccinationCampaign Autumn2026 = VaccinationCampaign.Plan(
        Guid.NewGuid(), VaccinationSeason.Autumn, 15.October(2026), 31.December(2026), 25.September(2026), influenza: true, covid: true);

    private static VaccinationDose Given(NodaTime.LocalDate on, VaccinationCampaign? campaign = null) =>
        VaccinationDose.Record(Patient, campaign ?? Summer2026, Unit, Centre, Vaccine.EnhancedInfluenza, on, 1, "Hedda Testberg", 2.December(2026));

    [Fact]
    public void ShouldBeDueDocumentedByTheNextFridayWhenGivenOnTheFridayBeforeMidsommar()
    {
        // Issue 19: "a dose given on a Friday before midsommar is due documented by the next Friday" — Friday 12 June 2026
        // → Friday 19 June 2026, midsommarafton. A holiday does not move the week (decision 0076).
        var dose = Given(12.June(2026));

        Assert.Equal(19.June(2026), dose.DocumentationDueOn);
        Assert.False(dose.IsDocumentationOverdueOn(19.June(2026)));
        Assert.True(dose.IsDocumentationOverdueOn(20.June(2026)));
    }

    [Fact]
    public void ShouldAdviseSendingByThursdayWhenTheDueDayIsMidsommarafton()
    {
        // Midsommarafton is counted as a holiday (DOMAIN.md §5): the vårdcentral is closed, so the last working day to
        // send is Thursday 18 June 2026.
        Assert.True(VaccinationDocumentation.DueOnNonWorkingDay(12.June(2026)));
        Assert.Equal(18.June(2026), VaccinationDocumentation.LastWorkingDayToSend(12.June(2026)));
    }

    [Fact]
    public void ShouldAdviseSendingOnTheSameDayWhenTheDueDayIsAWorkingDay()
    {
        Assert.False(VaccinationDocumentation.DueOnNonWorkingDay(5.June(2026)));
        Assert.Equal(12.June(2026), VaccinationDocumentation.LastWorkingDayToSend(5.June(2026)));
    }

    [Fact]
    public void ShouldAdviseTheWednesdayBeforeJulWhenTheDueDayIsJulafton()
    {
        // Thursday 17 December 2026 → due Thursday 24 December (julafton); the last working day is Wednesday 23 December.
        Assert.Equal(24.December(2026), VaccinationDocumentation.DueOn(17.December(2026)));
        Assert.Equal(23.December(2026), VaccinationDocumentation.LastWorkingDayToSend(17.December(2026)));
    }

    [Fact]
    public void ShouldCountDocumentationSentOnTheDueDayAsOnTime()
    {
        var onTime = Given(12.June(2026));
        var late = Given(12.June(2026));

        onTime.MarkDocumentationSent(19.June(2026), "Hedda Testberg", 2.December(2026));
        late.MarkDocumentationSent(22.June(2026), "Hedda Testberg", 2.December(2026));

        Assert.True(onTime.WasDocumentedOnTime);
        Assert.False(late.WasDocumentedOnTime);
        Assert.False(late.IsDocumentationOverdueOn(23.June(2026)));
        Assert.True(late.AwaitsRegistration);
    }

    [Fact]
    public void ShouldRefuseADoseDatedInTheFuture()
    {
        var refusal = Assert.Throws<FieldRefusal>(() =>
            VaccinationDose.Record(Patient, Autumn2026, Unit, Centre, Vaccine.Covid19, 3.December(2026), 1, "Hedda Testberg", 2.December(2026)));

        Assert.Equal("GivenOn", refusal.Field);
        Assert.Equal("Dosen kan inte vara given i framtiden.", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseADoseOutsideTheCampaign()
    {
        var refusal = Assert.Throws<FieldRefusal>(() => Given(14.October(2026), Autumn2026));

        Assert.Equal("GivenOn", refusal.Field);
        Assert.Equal("Dosen måste vara given under kampanjen (2026-10-15 – 2026-12-31).", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseACovidDoseInAnInfluenzaOnlyCampaign()
    {
        var influenzaOnly = Campaign(1.June(2026), 30.June(2026), covid: false);

        var refusal = Assert.Throws<FieldRefusal>(() =>
            VaccinationDose.Record(Patient, influenzaOnly, Unit, Centre, Vaccine.Covid19, 10.June(2026), 1, "Hedda Testberg", 2.December(2026)));

        Assert.Equal("Vaccine", refusal.Field);
    }

    [Fact]
    public void ShouldRefuseDocumentationDatedBeforeTheDose()
    {
        var dose = Given(12.June(2026));

        var refusal = Assert.Throws<FieldRefusal>(() => dose.MarkDocumentationSent(11.June(2026), "Hedda Testberg", 2.December(2026)));

        Assert.Equal("SentOn", refusal.Field);
        Assert.Equal("Underlaget kan inte vara skickat före dosen (2026-06-12).", refusal.Message);
        Assert.False(dose.IsDocumentationSent);
    }

    [Fact]
    public void ShouldRefuseDocumentationSentInTheFuture()
    {
        var dose = Given(12.June(2026));

        Assert.Throws<FieldRefusal>(() => dose.MarkDocumentationSent(3.December(2026), "Hedda Testberg", 2.December(2026)));
    }

    [Fact]
    public void ShouldRefuseRegistrationBeforeTheDocumentationIsSent()
    {
        var dose = Given(12.June(2026));

        Assert.Throws<DomainException>(() => dose.MarkRegistered(20.June(2026), "Maria Ek", 2.December(2026)));
        dose.MarkDocumentationSent(15.June(2026), "Hedda Testberg", 2.December(2026));
        var early = Assert.Throws<FieldRefusal>(() => dose.MarkRegistered(14.June(2026), "Maria Ek", 2.December(2026)));
        Assert.Equal("RegisteredOn", early.Field);

        dose.MarkRegistered(16.June(2026), "Maria Ek", 2.December(2026));

        Assert.True(dose.IsRegistered);
        Assert.False(dose.AwaitsRegistration);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void ShouldRefuseADoseNumberOutsideOneToTwenty(int number)
    {
        var refusal = Assert.Throws<FieldRefusal>(() =>
            VaccinationDose.Record(Patient, Summer2026, Unit, Centre, Vaccine.Covid19, 10.June(2026), number, "Hedda Testberg", 2.December(2026)));

        Assert.Equal("DoseNumber", refusal.Field);
    }
}
