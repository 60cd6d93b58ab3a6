using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Styrkedja.Documents.Tests;

/// <summary>Opens a built .docx for assertions.</summary>
public sealed class Docx : IDisposable
{
    public WordprocessingDocument Document { get; }

    public Docx(byte[] bytes) => Document = WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public MainDocumentPart Main => Document.MainDocumentPart!;
    public Body Body => Main.Document.Body!;
    public IEnumerable<Paragraph> Paragraphs => Body.Descendants<Paragraph>();

    public string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>The body paragraph with this text; the table of contents' copies of headings are not counted.</summary>
    public Paragraph ParagraphWith(string text) =>
        Paragraphs.FirstOrDefault(p => p.InnerText == text && !IsTocEntry(p))
        ?? throw new Xunit.Sdk.XunitException($"No paragraph \"{text}\" in:\n{string.Join("\n", Paragraphs.Select(p => p.InnerText))}");

    public bool IsTocEntry(Paragraph paragraph) => StyleOf(paragraph) is "TOC1" or "TOC2" or "TOC3";

    /// <summary>The validator's errors, one line each, so that a failure says what is wrong.</summary>
    public static List<string> ValidationErrors(byte[] bytes)
    {
        using var docx = new Docx(bytes);
        return new OpenXmlValidator(FileFormatVersions.Office2016).Validate(docx.Document)
            .Select(e => $"{e.Description} at {e.Path?.XPath} ({e.Part?.Uri})").ToList();
    }

    public void Dispose() => Document.Dispose();
}
