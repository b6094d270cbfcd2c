namespace Narplan.Domain.Governance;

/// <summary>The kinds of body in a delregion's närvårdssamverkan (seed 004, section 4).</summary>
public enum BodyKind
{
    /// <summary>Delregionalt politiskt samråd (DPS), meets four times a year.</summary>
    PoliticalConsultation,

    /// <summary>Presidium: DPS's chair and vice chair, who prepare its matters.</summary>
    Presidium,

    /// <summary>Styrgrupp närvård.</summary>
    SteeringGroup,

    /// <summary>Arbetsutskott (AU) of the styrgrupp.</summary>
    WorkingCommittee,

    /// <summary>Uppdragsgrupp: a time-limited assignment from the styrgrupp.</summary>
    CommissionGroup,

    /// <summary>Spridningskonferens, decided on yearly.</summary>
    DisseminationConference,

    /// <summary>Lokal ledningsgrupp för närvårdssamverkan, one per kommun (närvårdsområde).</summary>
    LocalManagementGroup,

    /// <summary>Lokal arbetsgrupp, started and ended by its lokal ledningsgrupp with an uppdragshandling.</summary>
    LocalWorkingGroup,

    /// <summary>Närvårdskontoret: coordinates, prepares matters, is secretary and publishes minutes.</summary>
    Office,
}

/// <summary>The role a member has in a body.</summary>
public enum MemberRole
{
    Ordforande,
    ViceOrdforande,
    Ledamot,
    Ersattare,
    Adjungerad,
    Sekreterare,
}

public static class GovernanceNames
{
    public static string Swedish(this BodyKind kind) => kind switch
    {
        BodyKind.PoliticalConsultation => "Delregionalt politiskt samråd",
        BodyKind.Presidium => "Presidium",
        BodyKind.SteeringGroup => "Styrgrupp",
        BodyKind.WorkingCommittee => "Arbetsutskott",
        BodyKind.CommissionGroup => "Uppdragsgrupp",
        BodyKind.DisseminationConference => "Spridningskonferens",
        BodyKind.LocalManagementGroup => "Lokal ledningsgrupp",
        BodyKind.LocalWorkingGroup => "Lokal arbetsgrupp",
        BodyKind.Office => "Närvårdskontoret",
        _ => kind.ToString(),
    };

    public static string Swedish(this MemberRole role) => role switch
    {
        MemberRole.Ordforande => "ordförande",
        MemberRole.ViceOrdforande => "vice ordförande",
        MemberRole.Ledamot => "ledamot",
        MemberRole.Ersattare => "ersättare",
        MemberRole.Adjungerad => "adjungerad",
        MemberRole.Sekreterare => "sekreterare",
        _ => role.ToString(),
    };

    public static string Swedish(this CommissionStatus status) => status switch
    {
        CommissionStatus.Aktiv => "aktiv",
        CommissionStatus.Vilande => "vilande",
        _ => "avslutad",
    };

    public static string Swedish(this Sector sector) => BodyRules.SectorName(sector);

    public static string Swedish(this Principal side) => side == Principal.Kommun ? "kommun" : "VGR";
}

/// <summary>
/// One body of a delregion's närvårdssamverkan. An uppdragsgrupp and a lokal arbetsgrupp carry their assignment
/// (question, deliverables, start and end date, both included) and a status; a lokal ledningsgrupp names its kommun
/// by the official four-digit kommun code (seed 004: "Varje kommun utgör ett närvårdsområde, med en lokal
/// ledningsgrupp"); a lokal arbetsgrupp names the ledningsgrupp that started it (<see cref="ParentBodyId"/>).
/// </summary>
public sealed class GovernanceBody : Entity, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;

    private GovernanceBody()
    {
        Name = "";
    }

    public GovernanceBody(Guid subRegionId, BodyKind kind, string name, int sortOrder = 0)
    {
        SubRegionId = subRegionId;
        Kind = kind;
        Name = RequireName(name);
        SortOrder = sortOrder;
    }

    public Guid SubRegionId { get; private set; }

    public BodyKind Kind { get; private set; }

    public string Name { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>For a lokal ledningsgrupp: its kommun's code (e.g. 1466 Herrljunga).</summary>
    public string? KommunCode { get; private set; }

    /// <summary>For a lokal arbetsgrupp: the lokal ledningsgrupp that started it; for an uppdragsgrupp: the styrgrupp.</summary>
    public Guid? ParentBodyId { get; private set; }

    public string? Question { get; private set; }

    public string? Deliverables { get; private set; }

    public LocalDate? AssignmentStart { get; private set; }

    public LocalDate? AssignmentEnd { get; private set; }

    public CommissionStatus? Status { get; private set; }

    /// <summary>How users (brukare) take part (seed 004: "ska ha brukarmedverkan där det är möjligt").</summary>
    public string? UserParticipation { get; private set; }

    /// <summary>For a lokal arbetsgrupp ended by its ledningsgrupp: the day it ended.</summary>
    public LocalDate? EndedOn { get; private set; }

    public int Version { get; private set; }

    public Assignment? Assignment =>
        Question is { } q && AssignmentStart is { } start && AssignmentEnd is { } end ? new Assignment(q, Deliverables ?? "", start, end) : null;

    /// <summary>The lokal ledningsgrupp of a kommun (närvårdsområde).</summary>
    public static GovernanceBody LocalManagementGroup(Guid subRegionId, string kommunCode, string kommunName, int sortOrder = 0)
    {
        if (kommunCode.Length != 4 || !kommunCode.All(char.IsAsciiDigit))
        {
            throw new DomainException($"Kommunkoden \"{kommunCode}\" ska vara fyra siffror.");
        }

        return new GovernanceBody(subRegionId, BodyKind.LocalManagementGroup, $"Lokal ledningsgrupp {kommunName}", sortOrder) { KommunCode = kommunCode };
    }

    /// <summary>
    /// An uppdragsgrupp given its assignment by the styrgrupp; refused without kommun, primärvård and specialistvård
    /// among <paramref name="memberSectors"/> or without a time-limited assignment.
    /// </summary>
    public static GovernanceBody Commission(
        Guid subRegionId, Guid steeringGroupId, string name, Assignment? assignment, IReadOnlyCollection<Sector> memberSectors, string? userParticipation)
    {
        BodyRules.ValidateCommission(memberSectors, assignment);
        var body = new GovernanceBody(subRegionId, BodyKind.CommissionGroup, name, 50) { ParentBodyId = steeringGroupId };
        body.SetAssignment(assignment!, CommissionStatus.Aktiv, userParticipation);
        return body;
    }

    /// <summary>A lokal arbetsgrupp started by <paramref name="managementGroup"/> with an uppdragshandling.</summary>
    public static GovernanceBody LocalWorkingGroup(GovernanceBody managementGroup, string name, Assignment? assignment, string? userParticipation)
    {
        if (managementGroup.Kind != BodyKind.LocalManagementGroup)
        {
            throw new DomainException("En lokal arbetsgrupp startas av en lokal ledningsgrupp.");
        }

        if (assignment is null)
        {
            throw new DomainException("En lokal arbetsgrupp startas med en uppdragshandling som beskriver frågeställning och tidsram.");
        }

        var body = new GovernanceBody(managementGroup.SubRegionId, BodyKind.LocalWorkingGroup, name, 80) { ParentBodyId = managementGroup.Id };
        body.SetAssignment(assignment, CommissionStatus.Aktiv, userParticipation);
        return body;
    }

    /// <summary>Sets an uppdragsgrupp's or lokal arbetsgrupp's status (aktiv, vilande, avslutad).</summary>
    public void SetStatus(CommissionStatus status, LocalDate on)
    {
        if (Kind is not (BodyKind.CommissionGroup or BodyKind.LocalWorkingGroup))
        {
            throw new DomainException("Bara uppdragsgrupper och lokala arbetsgrupper har status.");
        }

        if (status == CommissionStatus.Avslutad && AssignmentStart is { } start && on < start)
        {
            throw new DomainException($"Gruppen kan inte avslutas ({on:yyyy-MM-dd}) före uppdraget började ({start:yyyy-MM-dd}).");
        }

        Status = status;
        EndedOn = status == CommissionStatus.Avslutad ? on : null;
    }

    public void Touch() => Version++;

    private void SetAssignment(Assignment assignment, CommissionStatus status, string? userParticipation)
    {
        if (assignment.Question.Length > MaxTextLength || assignment.Deliverables.Length > MaxTextLength || (userParticipation?.Length ?? 0) > MaxTextLength)
        {
            throw new DomainException($"Texterna får vara högst {MaxTextLength} tecken.");
        }

        Question = assignment.Question;
        Deliverables = assignment.Deliverables;
        AssignmentStart = assignment.Start;
        AssignmentEnd = assignment.End;
        Status = status;
        UserParticipation = string.IsNullOrWhiteSpace(userParticipation) ? null : userParticipation.Trim();
    }

    private static string RequireName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new DomainException("Ange gruppens namn.")
        : name.Trim().Length > MaxNameLength ? throw new DomainException($"Namnet får vara högst {MaxNameLength} tecken.")
        : name.Trim();
}

/// <summary>
/// A dated membership of a body: the person (names and organisations are public in these bodies), the organisation
/// they come from, the seat they hold (e.g. "representant från varje kommun", "Vårdcentral privat"), their role and
/// whether they vote (seed 004: Boråsregionen and Koncernkontoret VGR "har ingen rösträtt"). From and To are both
/// included; To is null while the membership lasts.
/// </summary>
public sealed class BodyMembership : Entity, IVersioned
{
    public const int MaxTextLength = 200;

    private BodyMembership()
    {
        PersonName = Organisation = Seat = "";
    }

    public BodyMembership(
        Guid bodyId, string? personName, string? organisation, string? seat, MemberRole role, Sector sector, Principal side, bool hasVote,
        LocalDate from, LocalDate? to)
    {
        BodyId = bodyId;
        PersonName = Require(personName, "Ange personens namn.");
        Organisation = Require(organisation, "Ange organisationen personen kommer från.");
        Seat = string.IsNullOrWhiteSpace(seat) ? "" : Limit(seat.Trim());
        Role = role;
        Sector = sector;
        Side = side;
        HasVote = hasVote && role is not (MemberRole.Adjungerad or MemberRole.Sekreterare);
        From = from;
        EndOn(to);
    }

    public Guid BodyId { get; private set; }

    public string PersonName { get; private set; }

    public string Organisation { get; private set; }

    public string Seat { get; private set; }

    public MemberRole Role { get; private set; }

    public Sector Sector { get; private set; }

    public Principal Side { get; private set; }

    public bool HasVote { get; private set; }

    public LocalDate From { get; private set; }

    public LocalDate? To { get; private set; }

    public int Version { get; private set; }

    public bool IsActiveOn(LocalDate date) => From <= date && (To is null || date <= To);

    /// <summary>Ends the membership after <paramref name="to"/> (included); refused before it starts.</summary>
    public void EndOn(LocalDate? to)
    {
        if (to is { } last && last < From)
        {
            throw new DomainException($"Ett medlemskap kan inte sluta ({last:yyyy-MM-dd}) före det börjar ({From:yyyy-MM-dd}).");
        }

        To = to;
    }

    public void Touch() => Version++;

    private static string Require(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message) : Limit(text.Trim());

    private static string Limit(string text) =>
        text.Length > MaxTextLength ? throw new DomainException($"Texten får vara högst {MaxTextLength} tecken.") : text;
}

/// <summary>A stored term of a body's chair and vice chair (see <see cref="ChairRotation"/>).</summary>
public sealed class ChairTermRecord : Entity
{
    private ChairTermRecord()
    {
        ChairName = "";
    }

    public ChairTermRecord(Guid bodyId, ChairTerm term)
    {
        BodyId = bodyId;
        FirstYear = term.FirstYear;
        LastYear = term.LastYear;
        ChairName = term.Chair.Name;
        ChairSide = term.Chair.Side;
        ViceName = term.Vice?.Name;
        ViceSide = term.Vice?.Side;
    }

    public Guid BodyId { get; private set; }

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    public string ChairName { get; private set; }

    public Principal ChairSide { get; private set; }

    public string? ViceName { get; private set; }

    public Principal? ViceSide { get; private set; }

    public ChairTerm ToTerm() => new(
        new DateInterval(new LocalDate(FirstYear, 1, 1), new LocalDate(LastYear, 12, 31)),
        new Appointee(ChairName, ChairSide),
        ViceName is { } vice && ViceSide is { } side ? new Appointee(vice, side) : null);
}
