namespace Narplan.Domain.Acute;

/// <summary>A plain share: <see cref="Count"/> of <see cref="Total"/>; <see cref="Value"/> null when there is nothing to count.</summary>
public sealed record Share(int Count, int Total)
{
    public double? Value => Total == 0 ? null : (double)Count / Total;

    /// <summary>"18 av 20 (90 %)".</summary>
    public string Text => Value is { } value ? $"{Count} av {Total} ({SwedishText.Percent(value)})" : "Inga kontakter";
}

/// <summary>Acute-contact follow-up figures (DOMAIN.md §10) over the contacts the caller selected (närområde and period).</summary>
public static class AcuteFigures
{
    /// <summary>
    /// Share of acute contacts with a ViSam/BViS assessment (red or green recorded), one entry per contact: null where
    /// none was recorded.
    /// </summary>
    public static Share DecisionSupportShare(IEnumerable<DecisionSupportAssessment?> contacts)
    {
        var list = contacts.ToList();
        return new Share(list.Count(a => a is not null), list.Count);
    }

    /// <summary>How many contacts ended in each outcome; every outcome is listed, with 0 where none.</summary>
    public static IReadOnlyDictionary<AcuteContactOutcome, int> OutcomeCounts(IEnumerable<AcuteContactOutcome> outcomes)
    {
        var counts = Enum.GetValues<AcuteContactOutcome>().ToDictionary(o => o, _ => 0);
        foreach (var outcome in outcomes)
        {
            counts[outcome]++;
        }

        return counts.AsReadOnly();
    }
}
