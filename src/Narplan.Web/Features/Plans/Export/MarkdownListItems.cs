using Markdig.Syntax;

namespace Narplan.Web.Features.Plans.Export;

/// <summary>How the Word and PDF exports walk a Markdown list in a plan's free text.</summary>
internal static class MarkdownListItems
{
    /// <summary>
    /// The blocks of each list item in order; the item's first block, when it is a paragraph, comes with its marker
    /// ("1. ", "2. ", … from the list's start number, or "• "), every other block without one (it is written one
    /// level deeper as it is).
    /// </summary>
    public static IEnumerable<(string? Marker, Block Block)> Of(ListBlock list)
    {
        var n = int.TryParse(list.OrderedStart, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                yield return (first && child is ParagraphBlock ? list.IsOrdered ? $"{n++}. " : "• " : null, child);
                first = false;
            }
        }
    }
}
