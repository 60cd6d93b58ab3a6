using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents;

/// <summary>
/// Builds a Word document (.docx) top to bottom: a cover, a table of contents, headings, text,
/// Markdown, tables and pictures, on A4 in Swedish with page numbers in the footer. Used for plans and
/// later for follow-up reports and internal control, so it knows nothing about any of them.
/// Call <see cref="ToArray"/> once at the end.
/// </summary>
public sealed class WordDocumentBuilder : IDisposable
{
    // A4 in twentieths of a point, 2.5 cm margins (1 cm = 567 twips).
    private const int PageWidth = 11906, PageHeight = 16838, Margin = 1418, TextWidth = PageWidth - 2 * Margin;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body = new();
    private readonly WordNumbering _numbering = new();
    private int _headingLevel;
    private Paragraph? _tableOfContents;
    private uint _imageCount;
    private bool _finished;

    public WordDocumentBuilder()
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(_body);
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        // Word and LibreOffice ask to update fields when the file is opened, which fills the table of contents.
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 1304 },
            new UpdateFieldsOnOpen { Val = true },
            new ThemeFontLanguages { Val = WordStyles.Language });
        _document.PackageProperties.Language = WordStyles.Language;
    }

    /// <summary>The cover page: title, subtitle and label/value facts (e.g. "Beslutad av", "Regionfullmäktige"), then a page break.</summary>
    public WordDocumentBuilder Cover(string title, string? subtitle, IEnumerable<(string Label, string Value)> facts)
    {
        _document.PackageProperties.Title = WordText.Clean(title);
        Append(StyledParagraph(WordStyles.Title, title));
        if (!string.IsNullOrWhiteSpace(subtitle))
            Append(StyledParagraph(WordStyles.Subtitle, subtitle));
        foreach (var (label, value) in facts)
            Append(WordText.Paragraph(null, WordText.Runs(label + ": ", bold: true).Concat(WordText.Runs(value))));
        return PageBreak();
    }

    public WordDocumentBuilder PageBreak()
    {
        Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return this;
    }

    /// <summary>
    /// A table of contents of headings 1–3 under its own title. It is a Word field: when the document is
    /// finished its result is filled with the headings (without page numbers, which only a layout engine
    /// knows), so that a PDF converted headlessly lists them; Word and LibreOffice replace it with headings
    /// and page numbers when they update fields on opening.
    /// </summary>
    public WordDocumentBuilder TableOfContents(string title, string placeholder = "Högerklicka och uppdatera för innehållsförteckning")
    {
        Append(StyledParagraph(WordStyles.TocHeading, title));
        _tableOfContents = new Paragraph(WordText.Runs(placeholder).Single());
        Append(_tableOfContents);
        return PageBreak();
    }

    /// <summary>The TOC field around one paragraph per heading 1–3 found in the body (the placeholder when there is none).</summary>
    private void FillTableOfContents(Paragraph placeholder)
    {
        var entries = _body.Elements<Paragraph>()
            .Select(p => (Paragraph: p, Level: TocLevel(p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)))
            .Where(h => h.Level is not null)
            .Select(h => WordText.Paragraph($"TOC{h.Level}", WordText.Runs(h.Paragraph.InnerText)))
            .DefaultIfEmpty(placeholder.CloneNode(true) as Paragraph ?? new Paragraph())
            .ToList();
        entries[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), entries[0].ParagraphProperties);
        entries[0].InsertAfter(new Run(new FieldCode(@" TOC \o ""1-3"" \h \z \u ") { Space = SpaceProcessingModeValues.Preserve }), entries[0].ParagraphProperties);
        entries[0].InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }), entries[0].ParagraphProperties);
        entries[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var entry in entries)
            _body.InsertBefore(entry, placeholder);
        placeholder.Remove();
    }

    private static int? TocLevel(string? style) =>
        Enumerable.Range(1, 3).Cast<int?>().FirstOrDefault(level => style == WordStyles.Heading(level!.Value));

    /// <summary>A heading of level 1–6; Markdown after it is shifted below this level.</summary>
    public WordDocumentBuilder Heading(int level, string text)
    {
        _headingLevel = Math.Clamp(level, 1, WordStyles.MaxHeadingLevel);
        Append(StyledParagraph(WordStyles.Heading(_headingLevel), text));
        return this;
    }

    /// <summary>Plain text; line breaks in it are kept.</summary>
    public WordDocumentBuilder Paragraph(string text)
    {
        Append(WordText.Paragraph(null, WordText.Runs(text)));
        return this;
    }

    /// <summary>A bullet list of plain-text items (no Markdown interpreted in them).</summary>
    public WordDocumentBuilder BulletList(IEnumerable<string> items)
    {
        var list = _numbering.NewList(ordered: false, start: 1);
        foreach (var item in items)
        {
            var paragraph = WordText.Paragraph(WordStyles.ListParagraph, WordText.Runs(item));
            paragraph.ParagraphProperties!.Append(WordNumbering.Properties(list, depth: 0));
            Append(paragraph);
        }
        return this;
    }

    /// <summary>User-written Markdown; its "# heading" becomes one level below the current heading.</summary>
    public WordDocumentBuilder Markdown(string? markdown)
    {
        if (!string.IsNullOrWhiteSpace(markdown))
            foreach (var paragraph in MarkdownWriter.Write(markdown, _numbering, _headingLevel))
                Append(paragraph);
        return this;
    }

    /// <summary>A table spanning the text width; the header row repeats at the top of every page it runs over.</summary>
    public WordDocumentBuilder Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var columnWidth = TextWidth / Math.Max(headers.Count, 1);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0", FirstRow = true, NoVerticalBand = true }),
            new TableGrid(headers.Select(_ => new GridColumn { Width = columnWidth.ToString() })));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
            table.Append(Row(row, header: false));
        Append(table);
        // Word needs a paragraph between consecutive tables and after a table that ends the document.
        Append(new Paragraph());
        return this;
    }

    /// <summary>A PNG picture (e.g. a chart) scaled to <paramref name="widthCm"/>, with alt text for screen readers.</summary>
    public WordDocumentBuilder Image(byte[] png, double widthCm, string altText)
    {
        var size = WordImage.PngSize(png);
        var part = _document.MainDocumentPart!.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
            part.FeedData(stream);
        var id = ++_imageCount;
        Append(WordImage.Paragraph(_document.MainDocumentPart.GetIdOfPart(part), id, size, widthCm, WordText.Clean(altText)));
        return this;
    }

    /// <summary>Finishes the document and gives the .docx file.</summary>
    public byte[] ToArray()
    {
        if (!_finished)
        {
            _finished = true;
            var main = _document.MainDocumentPart!;
            if (_tableOfContents is not null)
                FillTableOfContents(_tableOfContents);
            if (_numbering.IsUsed)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering.Create();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            _body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin
                {
                    Top = Margin, Bottom = Margin, Left = Margin, Right = Margin,
                    Header = 709, Footer = 709, Gutter = 0,
                }));
            _document.Dispose();
        }
        return _stream.ToArray();
    }

    public void Dispose()
    {
        if (!_finished)
            _document.Dispose();
        _stream.Dispose();
    }

    private void Append(OpenXmlElement element)
    {
        if (_finished)
            throw new InvalidOperationException("The document is finished: ToArray has been called.");
        _body.Append(element);
    }

    private static Paragraph StyledParagraph(string style, string text) => WordText.Paragraph(style, WordText.Runs(text));

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var cell in cells)
        {
            var properties = new TableCellProperties();
            // Explicit header formatting, not the table style's conditional one, which LibreOffice ignores.
            if (header)
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            row.Append(new TableCell(properties, WordText.Paragraph(null, WordText.Runs(cell, bold: header))));
        }
        return row;
    }

    private static Footer PageNumberFooter() =>
        new(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }, new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
}
