using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.PlanningDocuments.PlanningDocumentTestData;

namespace Styrkedja.Web.Tests.Features.PlanningDocuments;

/// <summary>Both planning documents as Word files, and the PDF page when LibreOffice is missing.</summary>
public class PlanningDocumentExportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private async Task<WordprocessingDocument> WordFileAsync(string url, string fileName)
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentExportModel.WordContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return document;
    }

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();

    [Fact]
    public async Task The_premises_download_as_a_valid_word_file_with_the_parts_sections_and_figures()
    {
        var premises = await app.ArrangePremisesAsync();
        using var document = await WordFileAsync($"/PlanningDocuments/Export/premises/{premises.Id}?format=docx", $"Planeringsforutsattningar-{ThisYear}.docx");
        var paragraphs = Paragraphs(document);
        Assert.Equal(["Omvärldsanalys", "Nulägesanalys", "Risk- och konsekvensanalys", "Ekonomisk prognos"],
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => p.InnerText == "HSN:s nuläge (test)");
        Assert.Contains(paragraphs, p => p.InnerText == $"Bidrag från {Hsn}");
        Assert.Contains(paragraphs, p => p.InnerText == "Beslut: Ej beslutad");
        Assert.NotEmpty(document.MainDocumentPart!.Document.Body!.Descendants<Table>());
    }

    [Fact]
    public async Task The_directive_downloads_as_a_valid_word_file_with_the_frames()
    {
        var directive = await app.ArrangeDirectiveAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        using (var controller = await app.LoginAsync(DemoUsers.HallandController))
            await controller.SubmitFormAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}", new() { ["Input.OperatingFrame"] = "2500000", ["Input.InvestmentFrame"] = "" });

        using var document = await WordFileAsync($"/PlanningDocuments/Export/directive/{directive}?format=docx", $"Planeringsdirektiv-{ThisYear}.docx");
        var row = document.MainDocumentPart!.Document.Body!.Descendants<TableRow>().Single(r => r.InnerText.StartsWith(Hsn));
        Assert.Equal([Hsn, "2 500 000 tkr", "–"], row.Elements<TableCell>().Select(c => c.InnerText.Replace('\u00A0', ' ')));
    }

    [Fact]
    public async Task Without_libreoffice_the_pdf_answers_503_with_a_link_to_the_word_file()
    {
        var premises = await app.ArrangePremisesAsync();
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Documents:LibreOffice", "/nonexistent/soffice"));
        using var reader = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await reader.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync($"/PlanningDocuments/Export/premises/{premises.Id}?format=pdf", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("PDF kan inte skapas just nu", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/PlanningDocuments/Export/premises/{premises.Id}?format=docx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/PlanningDocuments/Premises/{premises.Id}']"));
    }

    [Fact]
    public async Task An_unknown_kind_is_not_found_and_an_unknown_format_a_bad_request()
    {
        var premises = await app.ArrangePremisesAsync();
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Http.GetAsync($"/PlanningDocuments/Export/plan/{premises.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.Http.GetAsync($"/PlanningDocuments/Export/premises/{premises.Id}?format=xyz")).StatusCode);
    }
}
