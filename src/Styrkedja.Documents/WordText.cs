using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents;

/// <summary>
/// Turns user text into runs. The SDK escapes XML's special characters itself, but characters that
/// XML 1.0 cannot carry at all (control characters, lone surrogates) would make the file unreadable,
/// so they are dropped here; line breaks and tabs become Word's own break and tab elements.
/// </summary>
internal static class WordText
{
    /// <summary>The text without characters that XML 1.0 forbids (tab and line breaks are kept).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            var allowed = c is '\t' or '\n' or '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
            if (allowed)
                clean.Append(c);
        }
        return clean.ToString();
    }

    /// <summary>A paragraph of the given style (none: Normal) holding the runs; it always has properties, for callers to add to.</summary>
    public static Paragraph Paragraph(string? style, IEnumerable<Run> runs)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>Runs for the text with the given formatting; "\n" becomes a line break and "\t" a tab.</summary>
    public static IEnumerable<Run> Runs(string? text, bool bold = false, bool italic = false, bool code = false)
    {
        var lines = Clean(text).Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var parts = lines[line].Split('\t');
            for (var part = 0; part < parts.Length; part++)
            {
                var run = new Run();
                if (Properties(bold, italic, code) is { } properties)
                    run.Append(properties);
                if (line > 0 && part == 0)
                    run.Append(new Break());
                if (part > 0)
                    run.Append(new TabChar());
                if (parts[part].Length > 0)
                    run.Append(new Text(parts[part]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                if (run.ChildElements.Count > (run.RunProperties is null ? 0 : 1))
                    yield return run;
            }
        }
    }

    private static RunProperties? Properties(bool bold, bool italic, bool code)
    {
        if (!bold && !italic && !code)
            return null;
        var properties = new RunProperties();
        if (code)
            properties.Append(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" });
        if (bold)
            properties.Append(new Bold());
        if (italic)
            properties.Append(new Italic());
        return properties;
    }
}
