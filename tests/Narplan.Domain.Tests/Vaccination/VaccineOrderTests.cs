using Narplan.Domain.Vaccination;

namespace Narplan.Domain.Tests.Vaccination;

/// <summary>
/// Seed 000 "Vaccinationer": the kommun tells the vårdcentral "antal doser som önskas inför den planerade insatsen i god
/// tid. Samt fördelning av förstärkt influensavaccin alternativt vanlig säsongsinfluensa"; the vårdcentral orders
/// "vaccin och tillhörande sprutor och nålar". The autumn 2026 campaign: 15 October – 31 December, orders by 25 September.
/// </summary>
public sealed class VaccineOrderTests
{
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly Guid Centre = Guid.NewGuid();

    private static readonly VaccinationCampaign Autumn2026 = VaccinationCampaign.Plan(
        Guid.NewGuid(), VaccinationSeason.Autumn, 15.October(2026), 31.December(2026), 25.September(2026), influenza: true, covid: true);

    [Fact]
    public void ShouldTakeAnOrderOnTheDeadlineDaySplitIntoEnhancedAndStandardInfluenza()
    {
        var order = VaccineOrder.Place(Autumn2026, Unit, Centre, 30, 8, 25, "Lena Holm", 25.September(2026));

        Assert.Equal(30, order.EnhancedInfluenzaDoses);
        Assert.Equal(8, order.StandardInfluenzaDoses);
        Assert.Equal(63, order.TotalDoses);
        Assert.False(order.IsConfirmed);
    }

    [Fact]
    public void ShouldRefuseAnOrderTheDayAfterTheDeadline()
    {
        var refusal = Assert.Throws<DomainException>(() => VaccineOrder.Place(Autumn2026, Unit, Centre, 30, 8, 25, "Lena Holm", 26.September(2026)));

        Assert.Equal("Sista dag att beställa doser till kampanjen var 2026-09-25. Kontakta vårdcentralen direkt.", refusal.Message);
    }

    [Theory]
    [InlineData(-1, 0, 0, "EnhancedInfluenzaDoses")]
    [InlineData(0, -5, 0, "StandardInfluenzaDoses")]
    [InlineData(10, 0, -1, "CovidDoses")]
    public void ShouldRefuseNegativeDosesBesideTheirField(int enhanced, int standard, int covid, string field)
    {
        var refusal = Assert.Throws<FieldRefusal>(() => VaccineOrder.Place(Autumn2026, Unit, Centre, enhanced, standard, covid, "Lena Holm", 1.September(2026)));

        Assert.Equal(field, refusal.Field);
        Assert.Equal("Antalet doser kan inte vara negativt.", refusal.Message);
    }

    [Fact]
    public void ShouldRefuseAnOrderOfNoDoses()
    {
        var refusal = Assert.Throws<FieldRefusal>(() => VaccineOrder.Place(Autumn2026, Unit, Centre, 0, 0, 0, "Lena Holm", 1.September(2026)));

        Assert.Equal("Ange minst en dos.", refusal.Message);
    }

    [Fact]
    public void ShouldNeedBothVaccineAndSyringesAndNeedlesTickedToConfirm()
    {
        var order = VaccineOrder.Place(Autumn2026, Unit, Centre, 30, 8, 25, "Lena Holm", 1.September(2026));

        var refusal = Assert.Throws<FieldRefusal>(() => order.Confirm(true, false, "Maria Ek", 2.September(2026)));
        Assert.Equal("SuppliesOrdered", refusal.Field);
        order.Confirm(true, true, "Maria Ek", 2.September(2026));

        Assert.Equal(2.September(2026), order.ConfirmedOn);
        Assert.Throws<DomainException>(() => order.Change(Autumn2026, 31, 8, 25, "Lena Holm", 3.September(2026)));
    }

    [Fact]
    public void ShouldRefuseACampaignWhoseOrderDeadlineIsNotBeforeItsStart()
    {
        var refusal = Assert.Throws<FieldRefusal>(() => VaccinationCampaign.Plan(
            Guid.NewGuid(), VaccinationSeason.Autumn, 15.October(2026), 31.December(2026), 15.October(2026), influenza: true, covid: false));

        Assert.Equal("OrderDeadline", refusal.Field);
    }

    [Fact]
    public void ShouldNameTheCampaignBySeasonYearAndVaccines() =>
        Assert.Equal("Höst 2026: influensa och covid-19", Autumn2026.Name);
}
