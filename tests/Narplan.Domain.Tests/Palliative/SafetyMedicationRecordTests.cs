using Narplan.Domain.Palliative;
using Narplan.Domain.Tests.OnCall;

namespace Narplan.Domain.Tests.Palliative;

public class SafetyMedicationRecordTests
{
    private static SafetyMedicationRecord Ordered(NodaTime.LocalDate on) =>
        new(Guid.NewGuid(), new SafetyMedicationOrder(on, "Sofia Eriksson", "Morfin"));

    [Fact]
    public void ShouldStartOnDay14WithoutADoctorContact()
    {
        var record = Ordered(1.December(2026));

        record.Start(15.December(2026).At(23, 59), "Ida Sjöström");

        Assert.NotNull(record.StartedAt);
        Assert.Null(record.RenewedByContactId);
    }

    [Fact]
    public void ShouldRefuseOnDay15AndStartWithTheRecordedDoctorContact()
    {
        var record = Ordered(1.December(2026));

        var refused = Assert.Throws<DomainException>(() => record.Start(16.December(2026).At(8, 0), "Ida Sjöström"));
        Assert.Contains("äldre än 14 dagar", refused.Message);
        Assert.Null(record.StartedAt);

        var contact = record.RecordDoctorContact(new DoctorContact(16.December(2026).At(7, 30), "Sofia Eriksson"));
        record.Start(16.December(2026).At(8, 0), "Ida Sjöström");

        Assert.Equal(contact.Id, record.RenewedByContactId);
        Assert.NotNull(record.ToDomain().Started);
    }
}
