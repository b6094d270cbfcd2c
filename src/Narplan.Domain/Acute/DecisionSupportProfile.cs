namespace Narplan.Domain.Acute;

/// <summary>
/// One trigger of a region's ViSam/BViS checklist as one line the region has written, e.g. "Andningsfrekvens över
/// 25/min". Text, not numbers: Närplan shows it to the nurse as a checklist item, it does not compute red/green.
/// </summary>
public sealed record DecisionSupportTrigger
{
    /// <summary>Longest line accepted: a checklist item, not a document.</summary>
    public const int MaxLength = 200;

    public DecisionSupportTrigger(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("En utlösare kan inte vara tom.");
        }

        if (text.Trim().Length > MaxLength)
        {
            throw new DomainException($"En utlösare får vara högst {MaxLength} tecken.");
        }

        Text = text.Trim();
    }

    /// <summary>The line as the region wrote it, trimmed.</summary>
    public string Text { get; }
}

/// <summary>
/// Which decision-support checklist a region (or delregion) uses and its triggers (DOMAIN.md §7). The cut-off values are
/// regional documents Närplan does not have, so the presets ship with <b>no</b> triggers: the form shows triggers only
/// where an administrator has entered them from the region's own document.
/// </summary>
public sealed record DecisionSupportProfile
{
    public DecisionSupportProfile(string name, DecisionSupportTool tool, IEnumerable<DecisionSupportTrigger> triggers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Tool = tool;
        Triggers = Array.AsReadOnly(triggers.ToArray());
    }

    /// <summary>Shown to administrators, e.g. "Skaraborg – BViS".</summary>
    public string Name { get; }

    public DecisionSupportTool Tool { get; }

    /// <summary>The region's triggers in the order of its checklist; empty until entered.</summary>
    public IReadOnlyList<DecisionSupportTrigger> Triggers { get; }

    public bool HasTriggers => Triggers.Count > 0;

    /// <summary>
    /// The lines the nurse ticked that are this checklist's own, in the checklist's order. A posted line that is not in
    /// the checklist (an older version's, or typed by hand) is left out: only the region's lines are stored and said.
    /// </summary>
    public IReadOnlyList<string> Met(IEnumerable<string>? ticked)
    {
        var set = (ticked ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToHashSet(StringComparer.Ordinal);
        return Triggers.Select(t => t.Text).Where(set.Contains).Distinct(StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>Preset: VGR plans name ViSam (from Region Örebro); seed 000. No triggers.</summary>
    public static DecisionSupportProfile Vgr() => new("VGR – ViSam", DecisionSupportTool.ViSam, []);

    /// <summary>Preset: Skaraborg names BViS, "Beslutsstöd för vård i Skaraborg" (seed 002). No triggers.</summary>
    public static DecisionSupportProfile Skaraborg() => new("Skaraborg – BViS", DecisionSupportTool.BViS, []);
}
