using Narplan.Web.Features.Plans;

namespace Narplan.Web.Tests.Plans;

public class PlanMarkdownTests
{
    [Fact]
    public void AScriptTagShouldBeShownAsTextNotRun()
    {
        var html = PlanMarkdown.ToHtml("Hej <script>alert(1)</script> där");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void APastedHtmlBlockWithHandlersAndStylesShouldNotSurvive()
    {
        var html = PlanMarkdown.ToHtml("<div style=\"position:fixed\" onclick=\"steal()\">x</div>\n\n<img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<div", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("style=\"", html);
        Assert.DoesNotContain("onerror=\"", html);
        Assert.DoesNotContain("onclick=\"", html);
    }

    [Theory]
    [InlineData("[klicka](javascript:alert(1))")]
    [InlineData("[klicka](JavaScript:alert(1))")]
    [InlineData("[klicka](java&#x09;script:alert(1))")]
    [InlineData("[klicka](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klicka](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    public void AnUnsafeLinkShouldBecomePlainText(string markdown)
    {
        var html = PlanMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("href", html);
        Assert.DoesNotContain("<a", html);
    }

    [Theory]
    [InlineData("[Vårdgivarwebben](https://www.vgregion.se/)", "href=\"https://www.vgregion.se/\"")]
    [InlineData("[Ring växeln](tel:0104358000)", "href=\"tel:0104358000\"")]
    [InlineData("[Mejla](mailto:mas@herrljunga.se)", "href=\"mailto:mas@herrljunga.se\"")]
    public void SafeLinksShouldBeKept(string markdown, string expected) =>
        Assert.Contains(expected, PlanMarkdown.ToHtml(markdown));

    [Fact]
    public void ImagesShouldNotBeRendered()
    {
        var html = PlanMarkdown.ToHtml("![spårpixel](https://evil.example/p.png)");
        Assert.DoesNotContain("<img", html);
        Assert.Contains("spårpixel", html);
    }

    [Fact]
    public void ListsAndEmphasisShouldRender()
    {
        var html = PlanMarkdown.ToHtml("*Viktigt*\n\n- ett\n- två");
        Assert.Contains("<em>Viktigt</em>", html);
        Assert.Contains("<li>två</li>", html);
    }
}
