namespace Narplan.Domain.Palliative;

/// <summary>
/// Socialstyrelsen's target levels for the last week of life, shown beside the palliative figures (DOMAIN.md §10),
/// in whole percent.
/// </summary>
public static class SocialstyrelsenTargets
{
    public const int PainRatingPercent = 100;
    public const int BreakpointConversationPercent = 98;
    public const int OralHealthAssessmentPercent = 90;
    public const int AsNeededOpioidAndAnxiolyticPercent = 98;
    public const int FreeOfPressureUlcersPercent = 90;
}

/// <summary>
/// A share against a target: <see cref="Count"/> of <see cref="Total"/>. <see cref="Value"/> and
/// <see cref="MeetsTarget"/> are null when there is nothing to count. The target comparison is exact in integers
/// (49 of 50 meets 98 %).
/// </summary>
public sealed record TargetShare(int Count, int Total, int TargetPercent)
{
    public double? Value => Total == 0 ? null : (double)Count / Total;

    public bool? MeetsTarget => Total == 0 ? null : (long)Count * 100 >= (long)TargetPercent * Total;

    /// <summary>"49 av 50 (98 %), mål minst 98 %" — or that there is nothing to count.</summary>
    public string Text => Value is { } value
        ? $"{Count} av {Total} ({SwedishText.Percent(value)}), mål minst {TargetPercent} %"
        : $"Inga fall att räkna, mål minst {TargetPercent} %";
}

/// <summary>One death in the period, as the palliative figures need it.</summary>
public sealed record DeathForFollowUp(Guid PatientId, bool IsExpected, bool HadBreakpointConversation);

/// <summary>Palliative follow-up figures (DOMAIN.md §10) over deaths the caller selected (närområde and period).</summary>
public static class PalliativeFigures
{
    /// <summary>Share of expected deaths that had a brytpunktssamtal, against Socialstyrelsen's ≥ 98 %. Unexpected deaths do not count.</summary>
    public static TargetShare BreakpointConversationShare(IEnumerable<DeathForFollowUp> deaths)
    {
        var expected = deaths.Where(d => d.IsExpected).ToList();
        return new TargetShare(
            expected.Count(d => d.HadBreakpointConversation), expected.Count, SocialstyrelsenTargets.BreakpointConversationPercent);
    }

    /// <summary>The expected deaths without a brytpunktssamtal, for the list under the figure.</summary>
    public static IReadOnlyList<Guid> ExpectedDeathsWithoutBreakpointConversation(IEnumerable<DeathForFollowUp> deaths) =>
        deaths.Where(d => d.IsExpected && !d.HadBreakpointConversation).Select(d => d.PatientId).ToList().AsReadOnly();
}
