namespace Narplan.Domain.Places;

/// <summary>
/// A unit's number of places from a date (seed 002: a planned change of "antalet boende på SÄBO"). The period runs from
/// <see cref="ValidFrom"/> (included) until the next period of the same unit starts (excluded), or tillsvidare. Created
/// only through <see cref="CareUnit.ChangePlacesFrom"/>; never rewritten, so the follow-up's monthly place report can
/// count what was in force on any day.
/// </summary>
public sealed class UnitPlacesPeriod : Entity
{
    private UnitPlacesPeriod() { }

    internal UnitPlacesPeriod(Guid careUnitId, LocalDate validFrom, int places)
    {
        CareUnitId = careUnitId;
        ValidFrom = validFrom;
        Places = places;
    }

    public Guid CareUnitId { get; private set; }

    /// <summary>First day in force.</summary>
    public LocalDate ValidFrom { get; private set; }

    public int Places { get; private set; }

    internal void Correct(int places) => Places = places;
}
