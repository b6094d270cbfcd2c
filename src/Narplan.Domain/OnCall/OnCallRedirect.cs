namespace Narplan.Domain.OnCall;

/// <summary>
/// A vårdcentral's dated exception to the normal routing, entered by its vårdcentralschef: e.g. "stängt för
/// utbildning, samtal kopplas till Götene vårdcentral". It covers all units the vårdcentral is responsible for, or
/// one unit. The resolver sees it as an <see cref="OnCallOverride"/>: it wins over both the vårdcentral and the
/// beredskapsjour while it lasts.
/// </summary>
public sealed class OnCallRedirect : Entity
{
    private OnCallRedirect() { }

    public OnCallRedirect(Guid careCentreId, Guid? careUnitId, Instant from, Instant until, string responderName, string phone, string reason, bool isInternal)
    {
        CareCentreId = careCentreId;
        CareUnitId = careUnitId;
        Set(from, until, responderName, phone, reason, isInternal);
    }

    /// <summary>The vårdcentral whose calls are redirected.</summary>
    public Guid CareCentreId { get; private set; }

    /// <summary>One unit only, or null for every unit the vårdcentral is responsible for.</summary>
    public Guid? CareUnitId { get; private set; }

    public Instant From { get; private set; }

    public Instant Until { get; private set; }

    public string ResponderName { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public bool IsInternal { get; private set; }

    public int Version { get; private set; }

    /// <summary>Whether the redirect concerns the unit when the vårdcentral is responsible for it.</summary>
    public bool Concerns(Guid careCentreId, Guid careUnitId) =>
        CareCentreId == careCentreId && (CareUnitId is null || CareUnitId == careUnitId);

    public OnCallOverride ToOverride() => new(From, Until, ResponderName, Phone, Reason, IsInternal);

    public void Change(Instant from, Instant until, string responderName, string phone, string reason, bool isInternal)
    {
        Set(from, until, responderName, phone, reason, isInternal);
        Version++;
    }

    private void Set(Instant from, Instant until, string responderName, string phone, string reason, bool isInternal)
    {
        if (until <= from)
        {
            throw new DomainException("Omkopplingen måste sluta efter att den börjar.");
        }

        if (until - from > Duration.FromDays(93))
        {
            throw new DomainException("En omkoppling får gälla högst tre månader; ändra ansvaret i stället för längre perioder.");
        }

        if (string.IsNullOrWhiteSpace(responderName))
        {
            throw new DomainException("Ange vem som svarar under omkopplingen.");
        }

        if (!PhoneNumbers.IsValid(phone))
        {
            throw new DomainException($"Telefonnumret '{phone}' är inte ett giltigt svenskt nummer.");
        }

        From = from;
        Until = until;
        ResponderName = responderName.Trim();
        Phone = PhoneNumbers.Normalize(phone);
        Reason = (reason ?? "").Trim();
        IsInternal = isInternal;
    }
}

/// <summary>
/// The fast läkarkontakt's absence, with the named substitute (DOMAIN.md §3, §5): on the dates
/// <c>[From, Through]</c> the daytime answer for the doctor's units names the substitute.
/// </summary>
public sealed class DoctorAbsence : Entity
{
    private DoctorAbsence() { }

    public DoctorAbsence(Guid careCentreId, Guid doctorId, LocalDate from, LocalDate through, string substituteName)
    {
        if (through < from)
        {
            throw new DomainException("Frånvaron måste sluta samma dag eller senare än den börjar.");
        }

        if (string.IsNullOrWhiteSpace(substituteName))
        {
            throw new DomainException("Ange vem som ersätter läkaren.");
        }

        CareCentreId = careCentreId;
        DoctorId = doctorId;
        From = from;
        Through = through;
        SubstituteName = substituteName.Trim();
    }

    public Guid CareCentreId { get; private set; }

    /// <summary>The absent fast läkarkontakt (a <see cref="People.Person"/>).</summary>
    public Guid DoctorId { get; private set; }

    /// <summary>First day of absence, included.</summary>
    public LocalDate From { get; private set; }

    /// <summary>Last day of absence, included.</summary>
    public LocalDate Through { get; private set; }

    public string SubstituteName { get; private set; } = "";

    public bool Covers(LocalDate date) => From <= date && date <= Through;
}
