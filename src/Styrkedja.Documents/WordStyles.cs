using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents;

/// <summary>
/// The styles every Styrkedja document uses: Swedish language, a readable sans-serif body, Title and
/// Subtitle for the cover, Heading1–6 with outline levels (what the table of contents collects), TOC
/// entries, list and quote paragraphs and a bordered table style. Named as Word names its built-in
/// styles so that a user's Word or LibreOffice treats them as the ordinary ones.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string TocHeading = "TOCHeading";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string Table = "StyrkedjaTable";
    public const string Footer = "Footer";
    public const int MaxHeadingLevel = 6;
    public const string Font = "Calibri";
    public const string Language = "sv-SE";
    private const string HeadingColour = "1F3864";

    public static string Heading(int level) => $"Heading{Math.Clamp(level, 1, MaxHeadingLevel)}";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = Language, EastAsia = Language, Bidi = Language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle("Normal", "Normal", isDefault: true),
            ParagraphStyle(Title, "Title", keepNext: true, spaceBefore: 2400, spaceAfter: 240, size: 56, bold: true, colour: HeadingColour),
            ParagraphStyle(Subtitle, "Subtitle", spaceAfter: 480, size: 32, colour: HeadingColour),
            ParagraphStyle(TocHeading, "TOC Heading", keepNext: true, spaceBefore: 240, spaceAfter: 240, size: 32, bold: true, colour: HeadingColour),
            ParagraphStyle(ListParagraph, "List Paragraph", spaceAfter: 60),
            ParagraphStyle(Quote, "Quote", indent: 567, italic: true),
            ParagraphStyle(Footer, "footer", spaceAfter: 0, size: 18));
        // Sizes fall from 16 pt to the body's 11 pt, so that every level stays distinguishable.
        int[] sizes = [32, 28, 24, 22, 22, 22];
        for (var level = 1; level <= MaxHeadingLevel; level++)
            styles.Append(ParagraphStyle(Heading(level), $"heading {level}", keepNext: true,
                spaceBefore: level == 1 ? 360 : 240, spaceAfter: 120, size: sizes[level - 1], bold: level <= 4,
                italic: level > 4, colour: HeadingColour, outlineLevel: level - 1));
        for (var level = 1; level <= 3; level++)
            styles.Append(ParagraphStyle($"TOC{level}", $"toc {level}", spaceAfter: 60, indent: (level - 1) * 284));
        styles.Append(TableStyle());
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, bool isDefault = false,
        bool keepNext = false, int spaceBefore = 0, int? spaceAfter = null, int indent = 0, int? size = null,
        bool bold = false, bool italic = false, string? colour = null, int? outlineLevel = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
            style.Default = true;
        style.Append(new StyleName { Val = name });
        style.Append(new NextParagraphStyle { Val = "Normal" });
        style.Append(new PrimaryStyle());

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
            paragraph.Append(new KeepNext());
        if (spaceBefore > 0 || spaceAfter is not null)
            paragraph.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(), After = (spaceAfter ?? 120).ToString() });
        if (indent > 0)
            paragraph.Append(new Indentation { Left = indent.ToString() });
        if (outlineLevel is { } outline)
            paragraph.Append(new OutlineLevel { Val = outline });
        if (paragraph.HasChildren)
            style.Append(paragraph);

        var run = new StyleRunProperties();
        if (bold)
            run.Append(new Bold());
        if (italic)
            run.Append(new Italic());
        if (colour is not null)
            run.Append(new Color { Val = colour });
        if (size is { } points)
        {
            run.Append(new FontSize { Val = points.ToString() });
            run.Append(new FontSizeComplexScript { Val = points.ToString() });
        }
        if (run.HasChildren)
            style.Append(run);
        return style;
    }

    private static Style TableStyle()
    {
        const string border = "A6A6A6";
        return new Style(
            new StyleName { Val = "Styrkedja Table" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = border },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = border },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = border },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = border },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = border },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = border }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table };
    }
}
