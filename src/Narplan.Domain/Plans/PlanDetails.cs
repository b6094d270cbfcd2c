namespace Narplan.Domain.Plans;

/// <summary>
/// The structured parts of a närområdesplan that DOMAIN.md §2 names, kept beside the free text of
/// the sections: parties, validity, yearly follow-up, medical advisory doctors, crisis/POSOM
/// contacts with the substitute order, vårdgrannar, utvecklingsområden, signatories and the
/// "Uppdaterad" date. Immutable: a change makes a new value (<c>with</c>).
/// </summary>
public sealed record PlanDetails
{
    /// <summary>The parties of the plan (the kommun, its vårdcentraler, the rehabenhet …).</summary>
    public IReadOnlyList<PlanParty> Parties { get; init; } = [];

    /// <summary>First day the plan applies ("gäller från 2026-01-01 och tillsvidare").</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The date of this year's joint follow-up (the plan is followed up once a year).</summary>
    public LocalDate? YearlyFollowUp { get; init; }

    public IReadOnlyList<AdvisoryDoctor> AdvisoryDoctors { get; init; } = [];

    public IReadOnlyList<CrisisContact> CrisisContacts { get; init; } = [];

    /// <summary>Who stands in when the förvaltningschef is not available, in order (seed 000).</summary>
    public IReadOnlyList<string> SubstituteOrder { get; init; } = [];

    public IReadOnlyList<CareNeighbour> CareNeighbours { get; init; } = [];

    /// <summary>Utvecklingsområden; the template asks for at least <see cref="MinimumDevelopmentAreas"/>.</summary>
    public IReadOnlyList<string> DevelopmentAreas { get; init; } = [];

    public IReadOnlyList<Signatory> Signatories { get; init; } = [];

    /// <summary>The "Uppdaterad" date printed under the signatures.</summary>
    public LocalDate? Updated { get; init; }

    /// <summary>Revisionslogg: what each version changed and when, newest last (the yearly review adds a line; issue 20).</summary>
    public IReadOnlyList<RevisionLogEntry> RevisionLog { get; init; } = [];

    public const int MinimumDevelopmentAreas = 2;

    /// <summary>True when the plan names fewer than two utvecklingsområden (the template's minimum).</summary>
    public bool HasTooFewDevelopmentAreas => DevelopmentAreas.Count(a => !string.IsNullOrWhiteSpace(a)) < MinimumDevelopmentAreas;

    /// <summary>Refuses details a plan cannot have; returns them tidied when they are fine.</summary>
    public PlanDetails Validated()
    {
        if (Parties.Select(p => p.OrganisationId).Distinct().Count() != Parties.Count)
        {
            throw new DomainException("Samma part får bara finnas en gång i planen.");
        }

        foreach (var s in Signatories)
        {
            if (string.IsNullOrWhiteSpace(s.Name))
            {
                throw new DomainException("Varje undertecknare måste ha ett namn.");
            }

            if (Parties.All(p => p.OrganisationId != s.PartyId))
            {
                throw new DomainException($"{s.Name} undertecknar för en organisation som inte är part i planen.");
            }
        }

        if (ValidFrom is { } from && YearlyFollowUp is { } followUp && followUp < from)
        {
            throw new DomainException("Datum för årlig uppföljning kan inte ligga före det datum planen börjar gälla.");
        }

        return this with
        {
            DevelopmentAreas = DevelopmentAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
            SubstituteOrder = SubstituteOrder.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
        };
    }

    public bool Same(PlanDetails other) =>
        Parties.SequenceEqual(other.Parties) && ValidFrom == other.ValidFrom && YearlyFollowUp == other.YearlyFollowUp
        && AdvisoryDoctors.SequenceEqual(other.AdvisoryDoctors) && CrisisContacts.SequenceEqual(other.CrisisContacts)
        && SubstituteOrder.SequenceEqual(other.SubstituteOrder) && CareNeighbours.SequenceEqual(other.CareNeighbours)
        && DevelopmentAreas.SequenceEqual(other.DevelopmentAreas) && Signatories.SequenceEqual(other.Signatories)
        && Updated == other.Updated && RevisionLog.SequenceEqual(other.RevisionLog);
}

/// <summary>A party of the plan: an organisation in Närplan and how the plan labels it.</summary>
public sealed record PlanParty(Guid OrganisationId, string Name, string Label);

/// <summary>Medicinskt rådgivningsansvarig läkare from a date; level "Enhetsnivå" or "Övergripande" (seed 002).</summary>
public sealed record AdvisoryDoctor(string Name, string CareCentre, LocalDate From, string Level = "Övergripande");

/// <summary>A crisis / POSOM contact: office hours, and where to turn outside them (e.g. TIB via växel).</summary>
public sealed record CrisisContact(string Role, string Name, string Organisation, string? Phone, string OfficeHours, string? OutsideOfficeHours = null);

/// <summary>A vårdgranne: mobile team, palliative team, NSVT, specialist clinic, integrated clinic.</summary>
public sealed record CareNeighbour(string Name, string Kind, string? Note = null);

/// <summary>One line of the revision log: the version, the day and what changed.</summary>
public sealed record RevisionLogEntry(int Version, LocalDate On, string Change);

/// <summary>One who signs the plan for a party (name, title, organisation).</summary>
public sealed record Signatory(Guid PartyId, string PartyLabel, string Name, string Title, string Organisation);
