namespace Narplan.Domain.Acute;

/// <summary>
/// One stored version of a region's ViSam/BViS checklist as an administrator entered it from the region's own
/// document: the tool and its trigger lines, valid from a local date (Europe/Stockholm). Like the on-call rule
/// profiles (<see cref="OnCall.RuleProfileVersion"/>), a version is never edited once in force; a change is a new
/// version from a date. An empty trigger list is allowed: it says the region has entered none ("inga inlagda").
/// </summary>
public sealed class DecisionSupportProfileVersion : Entity
{
    private DecisionSupportProfileVersion() { }

    public DecisionSupportProfileVersion(
        DecisionSupportProfileKey key, LocalDate validFrom, DecisionSupportTool tool, IEnumerable<DecisionSupportTrigger> triggers)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        Key = key;
        ValidFrom = validFrom;
        Tool = tool;
        Triggers = [.. triggers.Select(t => t.Text)];
    }

    public DecisionSupportProfileKey Key { get; private set; }

    /// <summary>First local date the version applies, inclusive; it applies until the next version's date.</summary>
    public LocalDate ValidFrom { get; private set; }

    public DecisionSupportTool Tool { get; private set; }

    /// <summary>The trigger lines in the order of the region's checklist.</summary>
    public List<string> Triggers { get; private set; } = [];

    /// <summary>The profile the acute form shows, named for administrators and nurses, e.g. "Skaraborg – BViS".</summary>
    public DecisionSupportProfile ToProfile(string regionName) =>
        new($"{regionName} – {Tool}", Tool, Triggers.Select(t => new DecisionSupportTrigger(t)));

    /// <summary>
    /// The version in force on the local date: the latest whose <see cref="ValidFrom"/> is on or before it. Before
    /// the first version there is none (unlike the on-call rules, no trigger is shown before the region entered it).
    /// </summary>
    public static DecisionSupportProfileVersion? InForce(
        IEnumerable<DecisionSupportProfileVersion> versions, DecisionSupportProfileKey key, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Where(v => v.Key == key && v.ValidFrom <= date).MaxBy(v => v.ValidFrom);
    }
}
