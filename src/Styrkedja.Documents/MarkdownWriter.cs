using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Styrkedja.Documents;

/// <summary>
/// Writes user Markdown as Word paragraphs by walking Markdig's syntax tree: headings (pushed below
/// the document's current heading), paragraphs, bold and italic, bullet and numbered lists, quotes and
/// code. Links become their text with the address after it, since a printed page cannot be clicked.
/// Raw HTML is never interpreted: it is parsed as the literal text the user typed.
/// </summary>
internal sealed class MarkdownWriter(WordNumbering numbering, int headingLevel)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private readonly List<Paragraph> _paragraphs = [];

    public static IReadOnlyList<Paragraph> Write(string markdown, WordNumbering numbering, int headingLevel)
    {
        var writer = new MarkdownWriter(numbering, headingLevel);
        writer.Blocks(Markdown.Parse(WordText.Clean(markdown), Pipeline), list: null, depth: 0);
        return writer._paragraphs;
    }

    /// <param name="list">The numbering instance of the list the blocks are items of, if any.</param>
    private void Blocks(ContainerBlock container, int? list, int depth)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    _paragraphs.Add(Paragraph(WordStyles.Heading(headingLevel + heading.Level), heading.Inline));
                    break;
                case ParagraphBlock paragraph:
                    var written = Paragraph(list is null ? null : WordStyles.ListParagraph, paragraph.Inline);
                    if (list is { } id)
                    {
                        written.ParagraphProperties!.Append(WordNumbering.Properties(id, depth));
                        list = null; // Only an item's first paragraph carries its bullet or number.
                    }
                    _paragraphs.Add(written);
                    break;
                case ListBlock items:
                    var instance = numbering.NewList(items.IsOrdered,
                        int.TryParse(items.OrderedStart, out var start) ? start : 1);
                    var nested = depth + (container is ListItemBlock ? 1 : 0);
                    foreach (var item in items.OfType<ListItemBlock>())
                        Blocks(item, instance, nested);
                    break;
                case QuoteBlock quote:
                    var before = _paragraphs.Count;
                    Blocks(quote, null, depth);
                    foreach (var paragraph in _paragraphs.Skip(before))
                        paragraph.ParagraphProperties!.ParagraphStyleId = new ParagraphStyleId { Val = WordStyles.Quote };
                    break;
                case LeafBlock { Inline: null } code when code.Lines.Count > 0:
                    // Code and other verbatim blocks: their lines as they were typed, in a fixed-width font.
                    var lines = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString()));
                    _paragraphs.Add(WordText.Paragraph(null, WordText.Runs(lines, code: true)));
                    break;
                case ContainerBlock other:
                    Blocks(other, list, depth);
                    break;
            }
        }
    }

    private static Paragraph Paragraph(string? style, ContainerInline? inlines)
    {
        var paragraph = WordText.Paragraph(style, []);
        if (inlines is not null)
            Inlines(paragraph, inlines, bold: false, italic: false);
        return paragraph;
    }

    private static void Inlines(Paragraph paragraph, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Append(WordText.Runs(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    Inlines(paragraph, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                    break;
                case CodeInline code:
                    paragraph.Append(WordText.Runs(code.Content, bold, italic, code: true));
                    break;
                case LinkInline link:
                    Inlines(paragraph, link, bold, italic);
                    if (!link.IsImage && !string.IsNullOrEmpty(link.Url) && !link.IsAutoLink)
                        paragraph.Append(WordText.Runs($" ({link.Url})", bold, italic));
                    break;
                case AutolinkInline autolink:
                    paragraph.Append(WordText.Runs(autolink.Url, bold, italic));
                    break;
                case LineBreakInline lineBreak:
                    paragraph.Append(WordText.Runs(lineBreak.IsHard ? "\n" : " ", bold, italic));
                    break;
                case HtmlEntityInline entity:
                    paragraph.Append(WordText.Runs(entity.Transcoded.ToString(), bold, italic));
                    break;
                case HtmlInline html:
                    paragraph.Append(WordText.Runs(html.Tag, bold, italic));
                    break;
                case ContainerInline other:
                    Inlines(paragraph, other, bold, italic);
                    break;
            }
        }
    }
}
