using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;
using NodaTime;

namespace Narplan.Domain.Tests.Palliative;

/// <summary>The 14-day rule for trygghetsläkemedel, counted in Swedish local dates (decision record 0018).</summary>
public class SafetyMedicationOrderTests
{
    private static SafetyMedicationOrder OrderedOn(LocalDate date) => new(date, "Anna Läkare", "Morfin, Midazolam, Haloperidol, Robinul");

    public static TheoryData<string, LocalDate, Instant, SafetyMedicationStartCheck> Boundaries => new()
    {
        { "day 14 is allowed", 1.September(2026), 15.September(2026).At(23, 59), SafetyMedicationStartCheck.Allowed },
        { "day 15 needs a new doctor contact", 1.September(2026), 16.September(2026).At(0, 0), SafetyMedicationStartCheck.RequiresNewDoctorContact },
        { "the ordination day itself is allowed", 1.September(2026), 1.September(2026).At(8, 0), SafetyMedicationStartCheck.Allowed },
        // Clocks go forward on 29 March 2026: day 14 is the 23-hour day itself.
        { "spring DST: day 14 late in the evening is allowed", 15.March(2026), 29.March(2026).At(23, 30), SafetyMedicationStartCheck.Allowed },
        // 00:30 on 30 March is 22:30 UTC on 29 March: a UTC date would still say day 14.
        { "spring DST: day 15 just after midnight needs a contact", 15.March(2026), 30.March(2026).At(0, 30), SafetyMedicationStartCheck.RequiresNewDoctorContact },
        // Clocks go back on 25 October 2026: 14 days later is 14 × 24 + 1 hours; days, not hours, decide.
        { "autumn DST: day 14 is allowed", 11.October(2026), 25.October(2026).At(23, 30), SafetyMedicationStartCheck.Allowed },
        { "autumn DST: day 15 just after midnight needs a contact", 11.October(2026), 26.October(2026).At(0, 15), SafetyMedicationStartCheck.RequiresNewDoctorContact },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void ShouldAllowDay14AndDemandADoctorContactFromDay15(
        string row, LocalDate orderedOn, Instant startAt, SafetyMedicationStartCheck expected)
    {
        var actual = OrderedOn(orderedOn).CheckStart(startAt);

        Assert.True(actual == expected, $"{row}: expected {expected}, got {actual}");
    }

    [Fact]
    public void ShouldRefuseTheStartOnDay15WithASwedishWarning()
    {
        var order = OrderedOn(1.September(2026));

        var error = Assert.Throws<DomainException>(() => order.Start(16.September(2026).At(2, 0), "Karin Berg"));

        Assert.Equal(
            "Ordinationen av trygghetsläkemedel är från 1 september 2026 och är äldre än 14 dagar. " +
            "Kontakta läkare innan du startar och registrera kontakten.",
            error.Message);
        Assert.Null(order.Started);
        Assert.Equal(15.September(2026), order.StartableThrough(16.September(2026).At(2, 0)));
    }

    [Fact]
    public void ShouldStartOnDay15AfterANewDoctorContactAndRecordIt()
    {
        var order = OrderedOn(1.September(2026));
        var contact = new DoctorContact(16.September(2026).At(1, 40), "Beredskapsläkare Per Ek", "Ordinationen gäller, starta morfin.");
        order.RecordDoctorContact(contact);

        order.Start(16.September(2026).At(2, 0), "Karin Berg");

        Assert.Equal(new SafetyMedicationStart(16.September(2026).At(2, 0), "Karin Berg", contact), order.Started);
    }

    [Fact]
    public void ShouldNotCountADoctorContactMadeAfterTheStart()
    {
        var order = OrderedOn(1.September(2026));
        order.RecordDoctorContact(new DoctorContact(16.September(2026).At(3, 0), "Per Ek"));

        Assert.Equal(SafetyMedicationStartCheck.RequiresNewDoctorContact, order.CheckStart(16.September(2026).At(2, 0)));
        Assert.Equal(SafetyMedicationStartCheck.Allowed, order.CheckStart(16.September(2026).At(3, 0)));
    }

    [Fact]
    public void ShouldLetADoctorContactRenewTheOrdinationForAnother14Days()
    {
        var order = OrderedOn(1.September(2026));
        order.RecordDoctorContact(new DoctorContact(20.September(2026).At(10, 0), "Anna Läkare"));

        Assert.Equal(SafetyMedicationStartCheck.Allowed, order.CheckStart(4.October(2026).At(12, 0)));
        Assert.Equal(SafetyMedicationStartCheck.RequiresNewDoctorContact, order.CheckStart(5.October(2026).At(12, 0)));
        Assert.StartsWith(
            "Ordinationen av trygghetsläkemedel bekräftades senast av läkare 20 september 2026 och är äldre än 14 dagar.",
            order.WarningAt(5.October(2026).At(12, 0)));
        Assert.Null(order.WarningAt(4.October(2026).At(12, 0)));
    }

    [Fact]
    public void ShouldNotRecordARenewalWhenNoneWasNeeded()
    {
        var order = OrderedOn(1.September(2026));
        order.RecordDoctorContact(new DoctorContact(2.September(2026).At(9, 0), "Anna Läkare"));

        order.Start(3.September(2026).At(9, 0), "Karin Berg");

        Assert.Null(order.Started!.RenewedBy);
    }

    [Fact]
    public void ShouldRefuseASecondStartAStartBeforeTheOrdinationAndAContactBeforeIt()
    {
        var order = OrderedOn(1.September(2026));

        Assert.Throws<DomainException>(() => order.Start(31.August(2026).At(22, 0), "Karin Berg"));
        Assert.Throws<DomainException>(() => order.RecordDoctorContact(new DoctorContact(31.August(2026).At(22, 0), "Anna Läkare")));
        order.Start(2.September(2026).At(9, 0), "Karin Berg");
        Assert.Equal(
            "Ordinationen av trygghetsläkemedel är redan startad.",
            Assert.Throws<DomainException>(() => order.Start(3.September(2026).At(9, 0), "Karin Berg")).Message);
    }
}
