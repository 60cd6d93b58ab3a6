using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace Styrkedja.Web.Infrastructure.Text;

/// <summary>
/// Renders user-written Markdown (grunduppdrag, goal descriptions) to HTML that is safe to show:
/// raw HTML in the source is dropped by Markdig and whatever remains passes the sanitiser.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// Renders the text. Its headings are pushed down so that a "# Rubrik" becomes an h<paramref name="topHeadingLevel"/>:
    /// user text must not add a second h1 or break the page's heading order (WCAG 1.3.1).
    /// </summary>
    public IHtmlContent Render(string? markdown, int topHeadingLevel = 3)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return HtmlString.Empty;
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
            heading.Level = Math.Min(heading.Level + topHeadingLevel - 1, 6);
        var html = document.ToHtml(_pipeline);
        return new HtmlString(_sanitizer.Sanitize(html));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("img");
        return sanitizer;
    }
}
