namespace Narplan.Domain.Acute;

/// <summary>
/// Whose decision-support checklist applies (DOMAIN.md §7): Skaraborg has its own (BViS) within VGR, so the key is
/// stored on each <see cref="Organisations.Region"/> (a delregion may override it).
/// </summary>
public enum DecisionSupportProfileKey
{
    /// <summary>Västra Götalandsregionen outside Skaraborg (ViSam).</summary>
    Vgr,

    /// <summary>Skaraborg, a delregion of VGR (BViS).</summary>
    Skaraborg,

    /// <summary>Region Halland (its plan names no tool).</summary>
    Halland,
}
