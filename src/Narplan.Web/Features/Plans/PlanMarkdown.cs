using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Narplan.Web.Features.Plans;

/// <summary>
/// The one way plan text becomes HTML. Raw HTML in the text is shown as text, never passed on;
/// links keep only http(s), mailto and tel targets (a <c>javascript:</c> link becomes its plain
/// text); images are not rendered. No extension that allows attributes (style, on*) is enabled.
/// </summary>
public static class PlanMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Parses the text and removes everything unsafe from the syntax tree.</summary>
    public static MarkdownDocument Parse(string? text)
    {
        var document = Markdown.Parse(text ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document;
    }

    /// <summary>Safe HTML for the page.</summary>
    public static string ToHtml(string? text) => Parse(text).ToHtml(Pipeline);

    /// <summary>Whether a link target is one Närplan lets a reader follow.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0)
        {
            return false; // relative links make no sense in a document that is also exported
        }

        var scheme = cleaned[..colon].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme);
    }

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(link.FirstChild is LiteralInline alt ? alt.Content.ToString() : ""));
            return;
        }

        var children = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
