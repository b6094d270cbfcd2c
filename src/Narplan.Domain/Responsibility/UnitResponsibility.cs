using Narplan.Domain.Organisations;
using NodaTime;

namespace Narplan.Domain.Responsibility;

/// <summary>
/// Läkaransvar for one kommunal enhet during one period: the responsible vårdcentral, its named
/// fast läkarkontakt, the direct number for acute daytime questions and the meeting form.
/// The period is <see cref="ValidFrom"/> (included) to <see cref="ValidUntil"/> (excluded);
/// a null end means "och tillsvidare". Created and ended only through its unit.
/// </summary>
public sealed class UnitResponsibility
{
    private UnitResponsibility() { }

    internal UnitResponsibility(
        Guid careUnitId, Guid careCentreId, Guid? regularDoctorId, string? directPhone, MeetingForm meetingForm, LocalDate validFrom)
    {
        Id = Guid.CreateVersion7();
        CareUnitId = careUnitId;
        CareCentreId = careCentreId;
        RegularDoctorId = regularDoctorId;
        DirectPhone = PhoneNumbers.NormalizeOptional(directPhone);
        MeetingForm = meetingForm;
        ValidFrom = validFrom;
    }

    public Guid Id { get; private set; }

    public Guid CareUnitId { get; private set; }

    /// <summary>The responsible vårdcentral.</summary>
    public Guid CareCentreId { get; private set; }

    /// <summary>The named fast läkarkontakt, when the vårdcentral has named one.</summary>
    public Guid? RegularDoctorId { get; private set; }

    public string? DirectPhone { get; private set; }

    public MeetingForm MeetingForm { get; private set; }

    /// <summary>First day in force.</summary>
    public LocalDate ValidFrom { get; private set; }

    /// <summary>First day no longer in force; null while open-ended.</summary>
    public LocalDate? ValidUntil { get; private set; }

    public bool Covers(LocalDate date) => date >= ValidFrom && (ValidUntil is null || date < ValidUntil);

    internal void EndBefore(LocalDate until)
    {
        if (until <= ValidFrom)
        {
            throw new DomainException($"Ansvaret från {ValidFrom:yyyy-MM-dd} kan inte avslutas före sitt startdatum.");
        }

        ValidUntil = until;
    }
}
