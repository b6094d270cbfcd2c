namespace Narplan.Domain.SelfCare;

/// <summary>Who wrote an egenvårdsintyg (seed 000: "skrivs av sjuksköterska eller läkare på vårdcentralen").</summary>
public enum SelfCareWriterRole
{
    Nurse,
    Doctor,
}

public static class SelfCareWriterRoleNames
{
    public static string Swedish(this SelfCareWriterRole role) => role switch
    {
        SelfCareWriterRole.Nurse => "Sjuksköterska",
        SelfCareWriterRole.Doctor => "Läkare",
        _ => role.ToString(),
    };
}

/// <summary>
/// An egenvårdsintyg for one patient (issue 19 item 4): the vårdcentral's nurse or doctor assesses that a health-care
/// measure can be done as egenvård and writes what it covers. Seed 000: "Egenvårdsintyg skrivs av sjuksköterska eller
/// läkare på vårdcentralen" and "följs upp en gång/år". The yearly follow-up is due one year after the latest of the
/// writing and the last follow-up (<see cref="FollowUpDueOn"/>); an intyg written on 29 February is due on 28 February.
/// Patient data: every change is audit-logged against the patient.
/// </summary>
public sealed class SelfCareCertificate : Entity, IPatientData, IVersioned
{
    public const int MaxCoversLength = 2000;
    public const int MaxNameLength = 200;

    private SelfCareCertificate()
    {
        WrittenBy = "";
        Covers = "";
    }

    private SelfCareCertificate(Guid patientId, Guid kommunId, Guid careCentreId, string writtenBy, SelfCareWriterRole role, LocalDate writtenOn, string covers)
    {
        PatientId = patientId;
        KommunId = kommunId;
        CareCentreId = careCentreId;
        WrittenBy = writtenBy;
        WriterRole = role;
        WrittenOn = writtenOn;
        Covers = covers;
    }

    public Guid PatientId { get; private set; }

    /// <summary>The patient's kommun when the intyg was written (the kommun's staff carry out the egenvård support).</summary>
    public Guid KommunId { get; private set; }

    /// <summary>The vårdcentral whose nurse or doctor wrote the intyg and follows it up.</summary>
    public Guid CareCentreId { get; private set; }

    public string WrittenBy { get; private set; }

    public SelfCareWriterRole WriterRole { get; private set; }

    public LocalDate WrittenOn { get; private set; }

    /// <summary>What the intyg covers (the measures done as egenvård).</summary>
    public string Covers { get; private set; }

    public LocalDate? LastFollowUpOn { get; private set; }

    public string? LastFollowUpBy { get; private set; }

    /// <summary>The day the intyg stopped applying; null while it applies.</summary>
    public LocalDate? EndedOn { get; private set; }

    public int Version { get; private set; }

    public bool IsActive => EndedOn is null;

    /// <summary>The yearly follow-up's due date: one year after the last follow-up, or after the writing when none is recorded.</summary>
    public LocalDate FollowUpDueOn => (LastFollowUpOn ?? WrittenOn).PlusYears(1);

    /// <summary>Whether the follow-up is overdue on <paramref name="today"/> (the due day itself is still on time).</summary>
    public bool IsOverdueOn(LocalDate today) => IsActive && today > FollowUpDueOn;

    /// <summary>Whether an active intyg's follow-up is due within <paramref name="days"/> of <paramref name="today"/> or overdue.</summary>
    public bool IsDueWithin(LocalDate today, int days) => IsActive && FollowUpDueOn <= today.PlusDays(days);

    /// <summary>Writes an intyg; each bad field is refused with a Swedish message beside it.</summary>
    public static SelfCareCertificate Write(
        Guid patientId, Guid kommunId, Guid? careCentreId, string? writtenBy, SelfCareWriterRole? role, LocalDate? writtenOn, string? covers, LocalDate today)
    {
        if (careCentreId is not { } centre)
        {
            throw new FieldRefusal("CareCentreId", "Välj vårdcentralen vars sjuksköterska eller läkare skrev intyget.");
        }

        var by = RequireName(writtenBy, "WrittenBy", "Ange vem som skrev intyget.");
        if (role is not { } r)
        {
            throw new FieldRefusal("WriterRole", "Ange om intyget skrevs av sjuksköterska eller läkare.");
        }

        if (writtenOn is not { } on)
        {
            throw new FieldRefusal("WrittenOn", "Ange datum då intyget skrevs.");
        }

        if (on > today)
        {
            throw new FieldRefusal("WrittenOn", "Intyget kan inte vara skrivet i framtiden.");
        }

        var text = covers?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new FieldRefusal("Covers", "Beskriv vad intyget omfattar.");
        }

        if (text.Length > MaxCoversLength)
        {
            throw new FieldRefusal("Covers", $"Beskrivningen får vara högst {MaxCoversLength} tecken.");
        }

        return new SelfCareCertificate(patientId, kommunId, centre, by, r, on, text);
    }

    /// <summary>Records the yearly follow-up; not before the intyg or the last follow-up, not in the future.</summary>
    public void RecordFollowUp(LocalDate? on, string? by, LocalDate today)
    {
        if (!IsActive)
        {
            throw new DomainException("Intyget är avslutat och följs inte upp.");
        }

        if (on is not { } date)
        {
            throw new FieldRefusal("FollowedUpOn", "Ange datum för uppföljningen.");
        }

        if (date > today)
        {
            throw new FieldRefusal("FollowedUpOn", "Uppföljningen kan inte ligga i framtiden.");
        }

        if (date < WrittenOn || (LastFollowUpOn is { } last && date <= last))
        {
            throw new FieldRefusal("FollowedUpOn", $"Uppföljningen måste vara efter {(LastFollowUpOn ?? WrittenOn.PlusDays(-1)):yyyy-MM-dd}.");
        }

        LastFollowUpOn = date;
        LastFollowUpBy = RequireName(by, "FollowedUpBy", "Ange vem som följde upp intyget.");
    }

    /// <summary>Ends the intyg (the egenvård no longer applies); it leaves the due lists.</summary>
    public void End(LocalDate on, LocalDate today)
    {
        if (on > today || on < WrittenOn)
        {
            throw new DomainException("Slutdatum måste ligga mellan intygets datum och i dag.");
        }

        EndedOn = on;
    }

    public void Touch() => Version++;

    private static string RequireName(string? name, string field, string missing)
    {
        var trimmed = name?.Trim();
        return string.IsNullOrEmpty(trimmed) ? throw new FieldRefusal(field, missing)
            : trimmed.Length > MaxNameLength ? throw new FieldRefusal(field, $"Namnet får vara högst {MaxNameLength} tecken.")
            : trimmed;
    }
}
