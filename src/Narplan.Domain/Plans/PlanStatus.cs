namespace Narplan.Domain.Plans;

/// <summary>
/// Where a plan version is in its life (DOMAIN.md §2). Stored by name; never renumber.
/// Utkast → PåRemiss → Fastställd → Publicerad → Ersatt (when a later version is published).
/// </summary>
public enum PlanStatus
{
    /// <summary>Utkast: the parties write; nothing is binding.</summary>
    Utkast,

    /// <summary>På remiss: each party comments per section; signatories approve.</summary>
    PaRemiss,

    /// <summary>Fastställd: every party's signatory approved the same content revision. Read-only.</summary>
    Faststalld,

    /// <summary>Publicerad: shown on the public page without login. Read-only.</summary>
    Publicerad,

    /// <summary>Ersatt: a later version has been published.</summary>
    Ersatt,
}

/// <summary>A närområdesplan (seed 000) or a lokal handlingsplan (seed 001).</summary>
public enum PlanKind
{
    Naromradesplan,
    Handlingsplan,
}

public static class PlanStatusNames
{
    public static string Swedish(this PlanStatus status) => status switch
    {
        PlanStatus.Utkast => "Utkast",
        PlanStatus.PaRemiss => "På remiss",
        PlanStatus.Faststalld => "Fastställd",
        PlanStatus.Publicerad => "Publicerad",
        PlanStatus.Ersatt => "Ersatt",
        _ => status.ToString(),
    };

    public static string Swedish(this PlanKind kind) => kind switch
    {
        PlanKind.Naromradesplan => "Gemensam närområdesplan",
        PlanKind.Handlingsplan => "Lokal handlingsplan",
        _ => kind.ToString(),
    };

    /// <summary>Whether text and structure may still change (Utkast and På remiss).</summary>
    public static bool IsEditable(this PlanStatus status) => status is PlanStatus.Utkast or PlanStatus.PaRemiss;
}

/// <summary>Status of one row in a handlingsplan (seed 001).</summary>
public enum ActionStatus
{
    EjPaborjad,
    Pagar,
    Klar,
    Stangd,
}

public static class ActionStatusNames
{
    public static string Swedish(this ActionStatus status) => status switch
    {
        ActionStatus.EjPaborjad => "Ej påbörjad",
        ActionStatus.Pagar => "Pågår",
        ActionStatus.Klar => "Klar",
        ActionStatus.Stangd => "Stängd",
        _ => status.ToString(),
    };
}
