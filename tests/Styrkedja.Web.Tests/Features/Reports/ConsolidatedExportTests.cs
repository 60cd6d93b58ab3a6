using System.Net;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports.Consolidated;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Tests.Infrastructure;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>The consolidated report as Word and PDF, and the round's assessments as Excel.</summary>
public class ConsolidatedExportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    // LibreOffice as the plan export tests use it; scripts/test-all.sh installs it.
    private const string Soffice = "/usr/bin/soffice";

    private static string ExportUrl(int id, string format) => $"/Reports/Consolidated/Export/{id}?format={format}";

    private async Task<byte[]> DownloadAsync(int id, string format)
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync(ExportUrl(id, format));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "pdf" ? "application/pdf" : DocumentExportModel.WordContentType, response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "";
        Assert.Matches(@"^Testsammanstallning-\d{4}-Region-Halland-demo\." + format + "$", fileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private Task<Consolidation> ReadAsync(int id) => app.WithDbAsync(DemoUsers.Halland, async db =>
        await ConsolidationReader.ReadAsync(db, (await ConsolidatedAccess.RoundAsync(db, id))!));

    [Fact]
    public async Task The_word_file_is_valid_and_holds_the_committees_the_chart_and_the_economy()
    {
        var round = await app.ArrangeRoundAsync(31, summaryPrefix: "Text från <script>alert('x')</script>");
        var consolidation = await ReadAsync(round.Id);
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(round.Id, "docx")), false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Description} at {e.Path?.XPath}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(round.Title, paragraphs.First());
        Assert.Contains(body.Descendants<FieldCode>(), c => c.Text.Contains("TOC"));
        foreach (var committee in consolidation.ByCommittee)
            Assert.Contains(body.Descendants<TableCell>(), c => c.InnerText == committee.Name);
        foreach (var summary in consolidation.Summaries)
        {
            Assert.Contains(summary.UnitName, paragraphs);
            Assert.Contains($"Text från <script>alert('x')</script> {summary.UnitName}", paragraphs);
        }
        var picture = Assert.Single(body.Descendants<DW.DocProperties>());
        Assert.Contains($"Uppfyllt {consolidation.Total.AtPeriodEnd[Fulfilment.Met]}", picture.Description?.Value);
        Assert.Single(document.MainDocumentPart.ImageParts);
        var totalRow = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == "Totalt organisationen");
        Assert.Equal(ConsolidationDisplay.Amount(consolidation.EconomyTotal.BudgetYear), totalRow.Elements<TableCell>().ElementAt(1).InnerText);
        foreach (var missing in consolidation.Missing)
            Assert.Contains(body.Descendants<TableCell>(), c => c.InnerText == missing.UnitName);
    }

    [Fact]
    public async Task LibreOffice_converts_the_word_file_and_the_pdf_download_is_a_pdf()
    {
        var round = await app.ArrangeRoundAsync(32);
        var docx = await DownloadAsync(round.Id, "docx");
        Assert.True(IsPdf(await new PdfConverter(Soffice).ConvertAsync(docx)));
        Assert.True(IsPdf(await DownloadAsync(round.Id, "pdf")));
    }

    private static bool IsPdf(byte[] file) => file.Length > 1000 && Encoding.ASCII.GetString(file, 0, 4) == "%PDF";

    [Fact]
    public async Task Without_libreoffice_the_pdf_answers_503_pointing_to_the_word_file()
    {
        var round = await app.ArrangeRoundAsync(33);
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Documents:LibreOffice", "/nonexistent/soffice"));
        using var reader = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await reader.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync(ExportUrl(round.Id, "pdf"), HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(page.QuerySelector($"a[href='{ExportUrl(round.Id, "docx")}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Consolidated/{round.Id}']"));
    }

    [Fact]
    public async Task An_unknown_format_is_a_bad_request()
    {
        var round = await app.ArrangeRoundAsync(34);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.Http.GetAsync(ExportUrl(round.Id, "xyz"))).StatusCode);
    }

    [Fact]
    public async Task An_economy_only_round_exports_without_fulfilment()
    {
        var round = await app.ArrangeRoundAsync(35, Web.Domain.ReportWriters.None);
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(round.Id, "docx")), false);
        var headings = document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Ekonomi", headings);
        Assert.DoesNotContain("Måluppfyllelse", headings);
        Assert.Empty(document.MainDocumentPart.ImageParts);
    }

    [Fact]
    public async Task The_excel_file_has_one_row_per_assessment()
    {
        var round = await app.ArrangeRoundAsync(36);
        var assessments = await app.WithDbAsync(DemoUsers.Halland, db => db.ReportGoalAssessments
            .Where(a => a.Report!.ReportRoundId == round.Id)
            .Select(a => new { a.Goal!.Title, Unit = a.Report!.OrgUnit!.Name, a.Report.State, a.AtPeriodEnd, a.Measures }).ToListAsync());
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync($"/Reports/Consolidated/Assessments/{round.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Mål", sheet.Cell(1, 4).GetString());
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(assessments.Count, rows.Count);
        foreach (var a in assessments)
        {
            var row = rows.Single(r => r.Cell(4).GetString() == a.Title);
            Assert.Equal(a.Unit, row.Cell(2).GetString());
            Assert.Equal(Web.Infrastructure.Text.Labels.For(a.AtPeriodEnd), row.Cell(5).GetString());
            Assert.Equal(a.Measures, row.Cell(9).GetString());
            Assert.Equal(Web.Infrastructure.Text.Labels.For(a.State), row.Cell(10).GetString());
        }
    }
}
