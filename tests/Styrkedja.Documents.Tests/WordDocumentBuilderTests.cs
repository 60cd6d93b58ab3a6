using DocumentFormat.OpenXml.Drawing.Wordprocessing;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents.Tests;

public class WordDocumentBuilderTests
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private const string Markdown = """
        Inledning med **fet text**, *kursiv text* och en [länk](https://example.se).

        # Rubrik i texten

        - första punkten
        - andra punkten
          1. underpunkt ett
          2. underpunkt två

        1. steg ett
        2. steg två

        > Ett citat

            kod rad
        """;

    /// <summary>Every element the builder offers, as a caller would combine them.</summary>
    public static byte[] EveryElement()
    {
        using var builder = new WordDocumentBuilder();
        return builder
            .Cover("Verksamhetsplan 2026", "Hälso- och sjukvårdsnämnden", [("Status", "Beslutad"), ("Diarienummer", "HSN 2026/12")])
            .TableOfContents("Innehåll")
            .Heading(1, "Grunduppdrag")
            .Paragraph("Vanlig text\nmed radbrytning\toch tabb.")
            .Heading(2, "Syfte")
            .Markdown(Markdown)
            .BulletList(["Bidrar till: Regionens mål", "**inte fet**"])
            .Heading(3, "Tabell")
            .Table(["Indikator", "Målvärde"], [["Väntetid", "90,0 %"], ["Nöjdhet", "75 %"]])
            .Image(Png, 4, "Diagram över väntetider")
            .ToArray();
    }

    [Fact]
    public void A_document_with_every_element_has_no_validation_errors()
    {
        var errors = Docx.ValidationErrors(EveryElement());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Headings_use_styles_with_outline_levels_so_the_table_of_contents_finds_them()
    {
        using var docx = new Docx(EveryElement());
        var styles = docx.Main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        for (var level = 1; level <= 3; level++)
            Assert.Equal(level - 1, styles[$"Heading{level}"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("Heading1", docx.StyleOf(docx.ParagraphWith("Grunduppdrag")));
        Assert.Equal("Heading2", docx.StyleOf(docx.ParagraphWith("Syfte")));
        Assert.Equal("Heading3", docx.StyleOf(docx.ParagraphWith("Tabell")));
        Assert.Equal("Title", docx.StyleOf(docx.ParagraphWith("Verksamhetsplan 2026")));
    }

    [Fact]
    public void The_table_of_contents_is_a_field_listing_the_headings_that_is_updated_when_the_file_is_opened()
    {
        using var docx = new Docx(EveryElement());
        var code = Assert.Single(docx.Body.Descendants<FieldCode>());
        Assert.Contains("TOC \\o \"1-3\"", code.Text);
        // The field's result already lists headings 1–3 in order with their level (a headless PDF shows it).
        var entries = docx.Paragraphs.Where(docx.IsTocEntry).ToList();
        Assert.Equal(["Grunduppdrag", "Syfte", "Rubrik i texten", "Tabell"],
            entries.Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
        Assert.Equal(["TOC1", "TOC2", "TOC3", "TOC3"], entries.Select(docx.StyleOf));
        Assert.Same(entries[0], code.Ancestors<Paragraph>().Single());
        Assert.Equal(
            [FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End],
            entries.SelectMany(p => p.Descendants<FieldChar>()).Select(c => c.FieldCharType!.Value));
        Assert.Equal(FieldCharValues.End, entries[^1].Descendants<FieldChar>().Single().FieldCharType!.Value);
        Assert.True(docx.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void A_table_of_contents_without_headings_keeps_its_placeholder()
    {
        using var builder = new WordDocumentBuilder();
        using var docx = new Docx(builder.TableOfContents("Innehåll").Paragraph("Bara text.").ToArray());

        var field = Assert.Single(docx.Body.Descendants<FieldCode>()).Ancestors<Paragraph>().Single();
        Assert.Contains("Högerklicka och uppdatera för innehållsförteckning", field.InnerText);
        Assert.Equal(3, field.Descendants<FieldChar>().Count());
    }

    [Fact]
    public void Markdown_becomes_shifted_headings_paragraphs_emphasis_and_lists()
    {
        using var docx = new Docx(EveryElement());
        // "# Rubrik" written after a level-2 heading becomes a level-3 heading.
        Assert.Equal("Heading3", docx.StyleOf(docx.ParagraphWith("Rubrik i texten")));

        var intro = docx.ParagraphWith("Inledning med fet text, kursiv text och en länk (https://example.se).");
        var bold = intro.Elements<Run>().Single(r => r.InnerText == "fet text");
        Assert.NotNull(bold.RunProperties?.Bold);
        Assert.Null(bold.RunProperties?.Italic);
        Assert.NotNull(intro.Elements<Run>().Single(r => r.InnerText == "kursiv text").RunProperties?.Italic);

        var numbering = docx.Main.NumberingDefinitionsPart!.Numbering!;
        NumberingProperties Item(string text) => docx.ParagraphWith(text).ParagraphProperties!.NumberingProperties!;
        string FormatOf(string text)
        {
            var item = Item(text);
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == item.NumberingId!.Val!.Value);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            var level = definition.Elements<Level>().Single(l => l.LevelIndex!.Value == item.NumberingLevelReference!.Val!.Value);
            return level.NumberingFormat!.Val!.Value.ToString();
        }
        Assert.Equal("Bullet", FormatOf("första punkten"));
        Assert.Equal(0, Item("andra punkten").NumberingLevelReference!.Val!.Value);
        Assert.Equal(1, Item("underpunkt ett").NumberingLevelReference!.Val!.Value);
        Assert.Equal("Decimal", FormatOf("steg ett"));
        // Each numbered list has its own instance, so it starts again at 1.
        Assert.NotEqual(Item("underpunkt ett").NumberingId!.Val!.Value, Item("steg ett").NumberingId!.Val!.Value);
        Assert.Equal(Item("steg ett").NumberingId!.Val!.Value, Item("steg två").NumberingId!.Val!.Value);

        // A plain bullet list takes its items as text, not Markdown.
        Assert.Equal("Bullet", FormatOf("**inte fet**"));
        Assert.Equal("Bullet", FormatOf("Bidrar till: Regionens mål"));

        Assert.Equal("Quote", docx.StyleOf(docx.ParagraphWith("Ett citat")));
        Assert.Equal("Courier New", docx.ParagraphWith("kod rad").Elements<Run>().Single().RunProperties!.RunFonts!.Ascii!.Value);
    }

    [Fact]
    public void Html_in_markdown_stays_text()
    {
        using var builder = new WordDocumentBuilder();
        var bytes = builder.Markdown("Före <script>alert('x')</script> efter\n\n<div>block</div>").ToArray();
        using var docx = new Docx(bytes);
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "Före <script>alert('x')</script> efter");
        Assert.Contains(docx.Paragraphs, p => p.InnerText == "<div>block</div>");
        Assert.Empty(Docx.ValidationErrors(bytes));
    }

    [Fact]
    public void Xml_hostile_text_and_control_characters_come_back_as_text()
    {
        const string hostile = "<&>\"' ]]> å ä ö 😀";
        using var builder = new WordDocumentBuilder();
        var bytes = builder
            .Cover(hostile, hostile, [(hostile, hostile)])
            .Heading(1, "Rubrik\u0001med\u0008styrtecken\u001F")
            .Paragraph(hostile + "\u0000\uFFFE\uD800")
            .Markdown("**" + hostile + "**\u000B")
            .Table([hostile], [[hostile + "\u0007"]])
            .Image(Png, 2, hostile + "\u0002")
            .ToArray();
        Assert.Empty(Docx.ValidationErrors(bytes));
        using var docx = new Docx(bytes);
        Assert.Equal("Rubrikmedstyrtecken", docx.Paragraphs.Single(p => docx.StyleOf(p) == "Heading1").InnerText);
        Assert.True(docx.Paragraphs.Count(p => p.InnerText == hostile) >= 5,
            string.Join("\n", docx.Paragraphs.Select(p => p.InnerText)));
        Assert.Equal(hostile, docx.Body.Descendants<DocProperties>().Single().Description!.Value);
        Assert.Equal(hostile, docx.Document.PackageProperties.Title);
    }

    [Fact]
    public void A_tables_header_row_repeats_on_every_page_and_is_bold()
    {
        using var docx = new Docx(EveryElement());
        var rows = docx.Body.Descendants<Table>().Single().Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Väntetid", "90,0 %"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void An_image_is_a_png_part_with_alt_text_scaled_to_its_width()
    {
        using var docx = new Docx(EveryElement());
        var part = Assert.Single(docx.Main.ImageParts);
        Assert.Equal("image/png", part.ContentType);
        var inline = docx.Body.Descendants<Inline>().Single();
        Assert.Equal("Diagram över väntetider", inline.DocProperties!.Description!.Value);
        Assert.Equal(4 * 360000L, inline.Extent!.Cx!.Value);
        Assert.Equal(4 * 360000L, inline.Extent!.Cy!.Value);
    }

    [Fact]
    public void The_page_is_a4_in_swedish_with_a_page_number_in_the_footer()
    {
        using var docx = new Docx(EveryElement());
        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var language = docx.Main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<Languages>().Single();
        Assert.Equal("sv-SE", language.Val!.Value);
        var footer = Assert.Single(docx.Main.FooterParts);
        Assert.Contains("PAGE", footer.Footer!.Descendants<SimpleField>().Single().Instruction!.Value);
    }

    [Fact]
    public void A_finished_document_cannot_grow()
    {
        using var builder = new WordDocumentBuilder();
        var first = builder.Paragraph("Text").ToArray();
        Assert.Equal(first, builder.ToArray());
        Assert.Throws<InvalidOperationException>(() => builder.Paragraph("Mer"));
    }
}
