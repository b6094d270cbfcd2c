namespace Narplan.Domain.Places;

/// <summary>A förskola in a kommun; Bilaga 2 names the BVC responsible for it.</summary>
public sealed class Preschool : Entity
{
    private Preschool() => Name = "";

    public Preschool(Guid kommunId, string name, Guid? childHealthCentreId, bool isDemo = false)
    {
        KommunId = kommunId;
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Förskolans namn får inte vara tomt.") : name.Trim();
        ChildHealthCentreId = childHealthCentreId;
        IsDemo = isDemo;
    }

    public Guid KommunId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The responsible BVC, when assigned.</summary>
    public Guid? ChildHealthCentreId { get; private set; }

    public bool IsDemo { get; private set; }

    /// <summary>The first day the förskola no longer exists; null while it does (it is ended, never deleted).</summary>
    public NodaTime.LocalDate? EndedOn { get; private set; }

    /// <summary>Ends the förskola from <paramref name="endedOn"/> (null reopens it).</summary>
    public void End(NodaTime.LocalDate? endedOn) => EndedOn = endedOn;

    /// <summary>Names the responsible BVC (Bilaga 2's register); null leaves the förskola unassigned.</summary>
    public void AssignChildHealthCentre(Narplan.Domain.Organisations.RegionalUnit? bvc)
    {
        if (bvc is not null && (bvc.UnitKind != Narplan.Domain.Organisations.RegionalUnitKind.Bvc || bvc.KommunId != KommunId))
        {
            throw new DomainException($"{bvc.Name} är ingen BVC i förskolans kommun.");
        }

        ChildHealthCentreId = bvc?.Id;
    }
}
