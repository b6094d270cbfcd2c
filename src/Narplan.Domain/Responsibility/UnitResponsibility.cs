namespace Narplan.Domain.Responsibility;

/// <summary>
/// Läkaransvar for one kommunal enhet during one period: the responsible vårdcentral, its one or two named
/// fasta läkarkontakter in order, the direct number for acute daytime questions and the meeting form.
/// The period is <see cref="ValidFrom"/> (included) to <see cref="ValidUntil"/> (excluded);
/// a null end means "och tillsvidare". Created and ended only through its unit.
/// </summary>
public sealed class UnitResponsibility : Entity
{
    private UnitResponsibility() { }

    /// <summary>
    /// Seed 002: "Det kan vara en till två läkare kopplade till respektive hemvårdsområde". A third is refused.
    /// </summary>
    public const int MaxRegularDoctors = 2;

    internal UnitResponsibility(
        Guid careUnitId, Guid careCentreId, IReadOnlyList<Guid> regularDoctorIds, string? directPhone, MeetingForm meetingForm, LocalDate validFrom)
    {
        var doctors = RequireDoctors(regularDoctorIds);
        CareUnitId = careUnitId;
        CareCentreId = careCentreId;
        RegularDoctorId = doctors.Count > 0 ? doctors[0] : null;
        SecondRegularDoctorId = doctors.Count > 1 ? doctors[1] : null;
        DirectPhone = PhoneNumbers.NormalizeOptional(directPhone);
        MeetingForm = meetingForm;
        ValidFrom = validFrom;
    }

    public Guid CareUnitId { get; private set; }

    /// <summary>The responsible vårdcentral.</summary>
    public Guid CareCentreId { get; private set; }

    /// <summary>The first named fast läkarkontakt, when the vårdcentral has named one.</summary>
    public Guid? RegularDoctorId { get; private set; }

    /// <summary>The second fast läkarkontakt, called after the first; null when the unit has one (or none).</summary>
    public Guid? SecondRegularDoctorId { get; private set; }

    /// <summary>The fasta läkarkontakter in the order they are called: first, then second. Empty when none is named.</summary>
    public IReadOnlyList<Guid> RegularDoctorIds =>
        RegularDoctorId is { } first ? SecondRegularDoctorId is { } second ? [first, second] : [first] : [];

    public string? DirectPhone { get; private set; }

    public MeetingForm MeetingForm { get; private set; }

    /// <summary>First day in force.</summary>
    public LocalDate ValidFrom { get; private set; }

    /// <summary>First day no longer in force; null while open-ended.</summary>
    public LocalDate? ValidUntil { get; private set; }

    public bool Covers(LocalDate date) => date >= ValidFrom && (ValidUntil is null || date < ValidUntil);

    /// <summary>Refuses more than two doctors, the same doctor twice, or an empty id; returns them in order.</summary>
    internal static IReadOnlyList<Guid> RequireDoctors(IReadOnlyList<Guid>? regularDoctorIds)
    {
        var doctors = regularDoctorIds ?? [];
        if (doctors.Count > MaxRegularDoctors)
        {
            throw new DomainException(
                $"En enhet kan ha högst två fasta läkarkontakter (en till två läkare per enhet), men {doctors.Count} angavs. Ta bort {(doctors.Count - MaxRegularDoctors == 1 ? "en läkare" : "läkare")} så att högst två återstår.");
        }

        if (doctors.Any(d => d == Guid.Empty))
        {
            throw new DomainException("En fast läkarkontakt saknar läkare. Välj läkaren eller lämna fältet tomt.");
        }

        if (doctors.Distinct().Count() != doctors.Count)
        {
            throw new DomainException("Samma läkare kan inte vara både första och andra fasta läkarkontakt.");
        }

        return doctors;
    }

    internal void EndBefore(LocalDate until)
    {
        if (until <= ValidFrom)
        {
            throw new DomainException($"Ansvaret från {ValidFrom:yyyy-MM-dd} kan inte avslutas före sitt startdatum.");
        }

        ValidUntil = until;
    }
}
