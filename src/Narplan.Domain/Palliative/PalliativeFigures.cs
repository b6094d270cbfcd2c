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

/// <summary>
/// One death in the period, as the palliative figures need it; <paramref name="LastWeek"/> is the last week's quality
/// items recorded with the death (null or unknown items count as not done).
/// </summary>
public sealed record DeathForFollowUp(Guid PatientId, bool IsExpected, bool HadBreakpointConversation, LastWeekOfLife? LastWeek = null);

/// <summary>
/// One quality item among the expected deaths: <see cref="Share"/> is the deaths with the item done (yes) of all expected
/// deaths against the target; <see cref="Unknown"/> of them have no answer (counted as not done, as the palliative
/// register does), so the follow-up can tell "not done" from "not recorded".
/// </summary>
public sealed record PalliativeItemFigure(string Name, TargetShare Share, int Unknown);

/// <summary>
/// The palliative figures of a närområde and period (DOMAIN.md §10; decision 0088): deaths, expected deaths, and for each
/// of Socialstyrelsen's items for the last week of life n of N among the expected deaths.
/// </summary>
public sealed record PalliativeFigureSet(
    int Deaths,
    int ExpectedDeaths,
    PalliativeItemFigure BreakpointConversation,
    PalliativeItemFigure PainRating,
    PalliativeItemFigure OralHealthAssessment,
    PalliativeItemFigure AsNeededOpioid,
    PalliativeItemFigure AsNeededAnxiolytic,
    PalliativeItemFigure FreeOfPressureUlcers)
{
    /// <summary>The items in the order Socialstyrelsen lists them, for a table.</summary>
    public IReadOnlyList<PalliativeItemFigure> Items =>
        [BreakpointConversation, PainRating, OralHealthAssessment, AsNeededOpioid, AsNeededAnxiolytic, FreeOfPressureUlcers];
}

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

    /// <summary>
    /// Every item among the expected deaths (unexpected deaths count only in <see cref="PalliativeFigureSet.Deaths"/>):
    /// brytpunktssamtal held on or before the day of death, and the five last-week items answered yes.
    /// </summary>
    public static PalliativeFigureSet For(IEnumerable<DeathForFollowUp> deaths)
    {
        var all = deaths.ToList();
        var expected = all.Where(d => d.IsExpected).ToList();

        PalliativeItemFigure Item(string name, int target, Func<LastWeekOfLife, bool?> answer)
        {
            var answers = expected.Select(d => d.LastWeek is { } week ? answer(week) : null).ToList();
            return new PalliativeItemFigure(name, new TargetShare(answers.Count(a => a == true), expected.Count, target), answers.Count(a => a is null));
        }

        return new PalliativeFigureSet(
            all.Count,
            expected.Count,
            new PalliativeItemFigure("Brytpunktssamtal", BreakpointConversationShare(expected), 0),
            Item("Smärtskattning", SocialstyrelsenTargets.PainRatingPercent, w => w.PainRated),
            Item("Munhälsobedömning", SocialstyrelsenTargets.OralHealthAssessmentPercent, w => w.OralHealthAssessed),
            Item("Vid behov-ordination av opioid", SocialstyrelsenTargets.AsNeededOpioidAndAnxiolyticPercent, w => w.AsNeededOpioidPrescribed),
            Item("Vid behov-ordination av ångestdämpande", SocialstyrelsenTargets.AsNeededOpioidAndAnxiolyticPercent, w => w.AsNeededAnxiolyticPrescribed),
            Item("Fri från trycksår", SocialstyrelsenTargets.FreeOfPressureUlcersPercent, w => w.FreeOfPressureUlcers));
    }

    /// <summary>The expected deaths without a brytpunktssamtal, for the list under the figure.</summary>
    public static IReadOnlyList<Guid> ExpectedDeathsWithoutBreakpointConversation(IEnumerable<DeathForFollowUp> deaths) =>
        deaths.Where(d => d.IsExpected && !d.HadBreakpointConversation).Select(d => d.PatientId).ToList().AsReadOnly();
}
