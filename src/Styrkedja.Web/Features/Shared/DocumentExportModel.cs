using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Documents;

namespace Styrkedja.Web.Features.Shared;

/// <summary>
/// Base of the pages that hand out a document as Word or, converted by LibreOffice, as PDF (plans,
/// reports, the consolidated report). The page's own markup (<c>_PdfUnavailable</c>) is only shown when
/// the PDF cannot be made (503), pointing to the Word file instead.
/// </summary>
public abstract class DocumentExportModel(PdfConverter pdf, ILogger logger) : PageModel
{
    /// <summary>LibreOffice, also for the pages that turn a picture into PNG before building the Word file.</summary>
    protected PdfConverter Converter => pdf;

    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Where the 503 page links: the same document as Word, and the page it came from.</summary>
    public string WordUrl { get; private set; } = "";
    public string BackUrl { get; private set; } = "";
    public string BackText { get; private set; } = "";

    protected static bool IsKnownFormat(string? format) => format is "docx" or "pdf";

    /// <summary>The Word file as is, or converted to PDF; <paramref name="fileName"/> is without extension.</summary>
    protected async Task<IActionResult> DocumentAsync(string format, byte[] docx, string fileName, string backUrl, string backText)
    {
        if (format == "docx")
            return File(docx, WordContentType, fileName + ".docx");
        try
        {
            return File(await pdf.ConvertAsync(docx, HttpContext.RequestAborted), "application/pdf", fileName + ".pdf");
        }
        catch (PdfConversionException e)
        {
            logger.LogError(e, "PDF of {Path} could not be made", Request.Path);
            // The same query (year, round…) with only the format changed.
            var query = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            query["format"] = "docx";
            WordUrl = QueryHelpers.AddQueryString(Request.Path, query);
            BackUrl = backUrl;
            BackText = backText;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
