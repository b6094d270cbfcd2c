namespace Narplan.Domain.OnCall;

/// <summary>
/// A beredskapsjourområde (decision 0037): the area one beredskapsjour covers, with its own numbers and routines, e.g.
/// <i>Beredskapsjouren Skaraborg</i> (seed 002) or <i>Beredskapsjouren Älvsborg + Södra Bohuslän</i> (seed 000).
/// A region has several. The on-call rule profile versions (<see cref="RuleProfileVersion"/>) belong to an area, and
/// each kommun (or unit, where a kommun is split) is assigned to one area for a dated period
/// (<see cref="OnCallAreaAssignment"/>). Areas are data an administrator creates; no code names them.
/// </summary>
public sealed class OnCallArea : Entity
{
    private OnCallArea() { }

    public OnCallArea(Guid regionId, string name)
    {
        RegionId = regionId;
        Rename(name);
        Version = 0;
    }

    /// <summary>The region the area lies in.</summary>
    public Guid RegionId { get; private set; }

    /// <summary>The area's name as the region writes it, e.g. "Beredskapsjouren Skaraborg".</summary>
    public string Name { get; private set; } = "";

    /// <summary>Optimistic concurrency: bumped on every change.</summary>
    public int Version { get; private set; }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Ange beredskapsjourområdets namn.");
        }

        if (name.Trim().Length > 200)
        {
            throw new DomainException("Områdets namn får vara högst 200 tecken.");
        }

        Name = name.Trim();
        Version++;
    }
}

/// <summary>
/// A kommun's (or one unit's) assignment to a beredskapsjourområde for the local dates <c>[ValidFrom, ValidTo]</c>,
/// both included; a null <see cref="ValidTo"/> means "och tillsvidare". A unit-level assignment
/// (<see cref="CareUnitId"/> set) is for a kommun split between areas and wins over the kommun's own assignment.
/// Two assignments of the same kommun (or the same unit) that share a day are refused
/// (<see cref="RefuseOverlap"/>); if such data exists anyway, <see cref="OnCallAreas.For"/> says so instead of picking one.
/// </summary>
public sealed class OnCallAreaAssignment : Entity
{
    private OnCallAreaAssignment() { }

    public OnCallAreaAssignment(Guid areaId, Guid kommunId, Guid? careUnitId, LocalDate validFrom, LocalDate? validTo)
    {
        if (validTo is { } to && to < validFrom)
        {
            throw new DomainException("Tilldelningen måste sluta samma dag eller senare än den börjar.");
        }

        AreaId = areaId;
        KommunId = kommunId;
        CareUnitId = careUnitId;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public Guid AreaId { get; private set; }

    public Guid KommunId { get; private set; }

    /// <summary>One unit of a split kommun, or null for the whole kommun.</summary>
    public Guid? CareUnitId { get; private set; }

    /// <summary>First local date (Europe/Stockholm), included.</summary>
    public LocalDate ValidFrom { get; private set; }

    /// <summary>Last local date, included; null = until further notice.</summary>
    public LocalDate? ValidTo { get; private set; }

    public bool Covers(LocalDate date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Ends the assignment on <paramref name="lastDay"/> (included); it cannot end before it starts.</summary>
    public void EndOn(LocalDate lastDay)
    {
        if (lastDay < ValidFrom)
        {
            throw new DomainException($"Tilldelningen börjar {ValidFrom:yyyy-MM-dd} och kan inte sluta före det.");
        }

        ValidTo = lastDay;
    }

    /// <summary>Whether both assign the same kommun, or the same unit, on at least one common day.</summary>
    public bool Overlaps(OnCallAreaAssignment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.KommunId == KommunId && other.CareUnitId == CareUnitId
            && ValidFrom <= (other.ValidTo ?? LocalDate.MaxIsoValue)
            && other.ValidFrom <= (ValidTo ?? LocalDate.MaxIsoValue);
    }

    /// <summary>
    /// Refuses <paramref name="candidate"/> when it overlaps an existing assignment of the same kommun or unit, naming
    /// the other area and its dates so the administrator can end that one first.
    /// </summary>
    public static void RefuseOverlap(
        IEnumerable<OnCallAreaAssignment> existing, OnCallAreaAssignment candidate, Func<Guid, string> areaName, string whatName)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(areaName);
        var clash = existing.FirstOrDefault(e => e.Id != candidate.Id && e.Overlaps(candidate));
        if (clash is not null)
        {
            throw new DomainException(
                $"{whatName} hör redan till {areaName(clash.AreaId)} {clash.Period()}. Två beredskapsjourområden kan inte gälla samma dag; " +
                "avsluta den tilldelningen först eller välj andra datum.");
        }
    }

    /// <summary>The period as Swedish text, e.g. "från 2026-01-01 och tillsvidare".</summary>
    public string Period() => ValidTo is { } to
        ? $"från {ValidFrom:yyyy-MM-dd} till och med {to:yyyy-MM-dd}"
        : $"från {ValidFrom:yyyy-MM-dd} och tillsvidare";
}

/// <summary>Which area answers for a unit on a date, or why none does (<see cref="Problem"/>, Swedish).</summary>
public sealed record OnCallAreaChoice(Guid? AreaId, string? Problem);

/// <summary>Picks the beredskapsjourområde for a unit on a date from the dated assignments.</summary>
public static class OnCallAreas
{
    /// <summary>
    /// The unit's own assignment covering the date, else its kommun's. None, or two at the same level, is a
    /// <see cref="OnCallAreaChoice.Problem"/> in Swedish: never a guess and never another area's data.
    /// </summary>
    public static OnCallAreaChoice For(
        IEnumerable<OnCallAreaAssignment> assignments, Guid kommunId, Guid careUnitId, LocalDate date,
        string kommunName, Func<Guid, string> areaName)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        ArgumentNullException.ThrowIfNull(areaName);
        var covering = assignments.Where(a => a.KommunId == kommunId && a.Covers(date)).ToList();
        foreach (var level in new[] { covering.Where(a => a.CareUnitId == careUnitId).ToList(), covering.Where(a => a.CareUnitId is null).ToList() })
        {
            if (level.Count == 1)
            {
                return new OnCallAreaChoice(level[0].AreaId, null);
            }

            if (level.Count > 1)
            {
                var names = string.Join(" och ", level.Select(a => areaName(a.AreaId)).Distinct());
                return new OnCallAreaChoice(null,
                    $"{kommunName} hör till två beredskapsjourområden samtidigt den {date:yyyy-MM-dd} ({names}). " +
                    "Rätta tilldelningen under Administration → jourregler.");
            }
        }

        return new OnCallAreaChoice(null,
            $"{kommunName} har inget beredskapsjourområde den {date:yyyy-MM-dd}. Ange det under Administration → jourregler.");
    }
}
