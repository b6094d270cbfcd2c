namespace Narplan.Domain.Acute;

/// <summary>
/// The regional decision-support checklist the nurse follows before calling a doctor (DOMAIN.md §7): ViSam in VGR
/// plans (from Region Örebro), BViS ("Beslutsstöd för vård i Skaraborg", a modified ViSam) in Skaraborg.
/// </summary>
public enum DecisionSupportTool
{
    ViSam,
    BViS,
}

/// <summary>
/// The checklist's result as the nurse sets it: red = contact the primary-care doctor and report by SBAR, green =
/// no doctor contact needed by the checklist. Närplan does not compute it: the cut-offs are regional documents
/// (no invented values are shipped), and the nurse's judgement is part of the checklist.
/// </summary>
public enum DecisionSupportResult
{
    Red,
    Green,
}

/// <summary>One assessment at an acute contact: which checklist and its result.</summary>
public sealed record DecisionSupportAssessment(DecisionSupportTool Tool, DecisionSupportResult Result)
{
    /// <summary>Swedish name of the tool as the plans write it.</summary>
    public string ToolName => Tool switch
    {
        DecisionSupportTool.ViSam => "ViSam",
        DecisionSupportTool.BViS => "BViS",
        _ => throw new ArgumentOutOfRangeException(nameof(Tool), Tool, null),
    };

    /// <summary>"röd" or "grön".</summary>
    public string ResultName => Result == DecisionSupportResult.Red ? "röd" : "grön";
}
