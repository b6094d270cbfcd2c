using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;

namespace Narplan.Domain.Tests.Palliative;

/// <summary>
/// The start as it is stored (the former SafetyMedicationRecordTests, now on the one type, decision 0087): the renewing
/// doctor contact is kept by id, and <see cref="SafetyMedicationOrder.Started"/> is rebuilt from the stored fields.
/// </summary>
public class SafetyMedicationStoredStartTests
{
    private static SafetyMedicationOrder Ordered(NodaTime.LocalDate on) => new(on, "Sofia Eriksson", "Morfin");

    [Fact]
    public void ShouldStartOnDay14WithoutADoctorContact()
    {
        var order = Ordered(1.December(2026));

        order.Start(15.December(2026).At(23, 59), "Ida Sjöström");

        Assert.NotNull(order.StartedAt);
        Assert.Null(order.RenewedByContactId);
    }

    [Fact]
    public void ShouldRefuseOnDay15AndStartWithTheRecordedDoctorContact()
    {
        var order = Ordered(1.December(2026));

        var refused = Assert.Throws<DomainException>(() => order.Start(16.December(2026).At(8, 0), "Ida Sjöström"));
        Assert.Contains("äldre än 14 dagar", refused.Message);
        Assert.Null(order.StartedAt);

        var contact = new DoctorContact(16.December(2026).At(7, 30), "Sofia Eriksson");
        order.RecordDoctorContact(contact);
        order.Start(16.December(2026).At(8, 0), "Ida Sjöström");

        Assert.Equal(contact.Id, order.RenewedByContactId);
        Assert.Same(contact, order.Started!.RenewedBy);
    }
}
