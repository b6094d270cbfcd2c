namespace Narplan.Web.Features.FollowUp;

/// <summary>The dashboard's figures as a Markdown table for the plan's follow-up section (issue 20 item 3).</summary>
public static class FollowUpMarkdown
{
    /// <summary>One row per indicator: area, indicator, value, basis, target, trend — the same texts the dashboard shows.</summary>
    public static string Table(FollowUpComparison comparison)
    {
        var current = comparison.Current;
        var sb = new StringBuilder();
        sb.Append("| Område | Indikator | ").Append(current.Period.Name).Append(" | Underlag | Mål | Mot ").Append(comparison.Previous.Period.Name).Append(" |\n");
        sb.Append("| --- | --- | ---: | ---: | --- | --- |\n");
        foreach (var group in current.Groups)
        {
            foreach (var indicator in group.Indicators)
            {
                sb.Append("| ").Append(Cell(group.Title))
                  .Append(" | ").Append(Cell(indicator.Label))
                  .Append(" | ").Append(Cell(IndicatorText.Value(indicator)))
                  .Append(" | ").Append(Cell(IndicatorText.Basis(indicator)))
                  .Append(" | ").Append(Cell(IndicatorText.Target(indicator)))
                  .Append(" | ").Append(Cell(Trends.Swedish(comparison.TrendOf(indicator), indicator.HigherIsBetter)))
                  .Append(" |\n");
            }
        }

        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
