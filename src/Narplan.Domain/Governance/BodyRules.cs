namespace Narplan.Domain.Governance;

/// <summary>Which part of care a member represents in a body of the collaboration.</summary>
public enum Sector
{
    Kommun,
    Primarvard,
    Specialistvard,
    Tandvard,
    Ovrigt,
}

/// <summary>The status of an uppdragsgrupp (seed 004: "Uppdragsgrupper kan vara aktiva, vilande eller avslutas").</summary>
public enum CommissionStatus
{
    Aktiv,
    Vilande,
    Avslutad,
}

/// <summary>
/// A time-limited assignment (uppdrag) from the styrgrupp to an uppdragsgrupp, or an uppdragshandling from a
/// lokal ledningsgrupp to a lokal arbetsgrupp: the question, what is to be delivered, and when it ends
/// (the end date is included).
/// </summary>
public sealed record Assignment(string Question, string Deliverables, LocalDate Start, LocalDate End)
{
    /// <summary>Refuses an assignment without a question or a time frame, as seed 004 asks ("tydliga och tidsbestämda").</summary>
    public static Assignment Create(string? question, string? deliverables, LocalDate start, LocalDate? end)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new DomainException("Uppdraget måste beskriva frågeställningen.");
        }

        if (end is not { } last)
        {
            throw new DomainException("Uppdraget ska vara tidsbestämt: ange ett slutdatum.");
        }

        if (last < start)
        {
            throw new DomainException($"Uppdraget kan inte sluta ({last:yyyy-MM-dd}) före det börjar ({start:yyyy-MM-dd}).");
        }

        return new Assignment(question.Trim(), deliverables?.Trim() ?? "", start, last);
    }
}

/// <summary>The composition rules of seed 004's bodies, each answering with a Swedish reason when broken.</summary>
public static class BodyRules
{
    /// <summary>Delregionalt politiskt samråd "träffas fyra gånger per år".</summary>
    public const int PoliticalConsultationMeetingsPerYear = 4;

    /// <summary>The arbetsutskott besides the styrgrupp's chair and vice chair: "sammanlagt max tre personer".</summary>
    public const int WorkingCommitteeExtraMembers = 3;

    /// <summary>
    /// The arbetsutskott is the styrgrupp's chair and vice chair "vidare … en representant ifrån kommunen, en
    /// ifrån primärvård och en ifrån SÄS (sammanlagt max tre personer)".
    /// </summary>
    public static void ValidateWorkingCommittee(IReadOnlyCollection<Sector> extraMembers)
    {
        if (extraMembers.Count > WorkingCommitteeExtraMembers)
        {
            throw new DomainException(
                $"Arbetsutskottet består av styrgruppens ordförande och vice ordförande och högst {WorkingCommitteeExtraMembers} personer till.");
        }

        var allowed = new[] { Sector.Kommun, Sector.Primarvard, Sector.Specialistvard };
        if (extraMembers.Any(s => !allowed.Contains(s)))
        {
            throw new DomainException("De övriga ledamöterna i arbetsutskottet kommer från kommun, primärvård och SÄS.");
        }

        var twice = extraMembers.GroupBy(s => s).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException($"Arbetsutskottet har redan en representant från {SectorName(twice.Key)}.");
        }
    }

    /// <summary>"Kommun, primärvård och specialistvård ska dock vara representerade i samtliga uppdragsgrupper."</summary>
    public static void ValidateCommission(IReadOnlyCollection<Sector> members, Assignment? assignment)
    {
        var missing = new[] { Sector.Kommun, Sector.Primarvard, Sector.Specialistvard }.Where(s => !members.Contains(s)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(
                $"Kommun, primärvård och specialistvård ska vara representerade i varje uppdragsgrupp; {string.Join(" och ", missing.Select(SectorName))} saknas.");
        }

        if (assignment is null)
        {
            throw new DomainException("En uppdragsgrupp behöver ett tydligt och tidsbestämt uppdrag från styrgruppen.");
        }
    }

    /// <summary>"Kommunen ansvarar för ordförandeskapet" in the lokal ledningsgrupp.</summary>
    public static void ValidateLocalManagementChair(Principal chairSide)
    {
        if (chairSide != Principal.Kommun)
        {
            throw new DomainException("Kommunen ansvarar för ordförandeskapet i den lokala ledningsgruppen.");
        }
    }

    /// <summary>A flag for a year in which DPS has fewer planned meetings than four, or null.</summary>
    public static string? PoliticalConsultationMeetingFlag(int year, int plannedMeetings) =>
        plannedMeetings < PoliticalConsultationMeetingsPerYear
            ? $"Delregionalt politiskt samråd träffas fyra gånger per år; {year} har {plannedMeetings} planerade."
            : null;

    public static string SectorName(Sector sector) => sector switch
    {
        Sector.Kommun => "kommun",
        Sector.Primarvard => "primärvård",
        Sector.Specialistvard => "specialistvård",
        Sector.Tandvard => "tandvård",
        _ => "övriga",
    };
}
