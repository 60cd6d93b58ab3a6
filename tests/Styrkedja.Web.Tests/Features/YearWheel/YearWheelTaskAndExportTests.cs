using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.YearWheel;

/// <summary>Late steps in Mina uppgifter, and the wheel as Word, PDF and print page.</summary>
public class YearWheelTaskAndExportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task A_late_step_is_a_task_for_the_controller_and_not_for_a_reader()
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var date = today.DayOfYear > 3 ? today.AddDays(-2) : today;
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Halland, "Sent steg i hjulet", date);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var tasks = await controller.GetDocumentAsync("/Tasks");
        var task = tasks.QuerySelectorAll(".task-list li").Single(li => li.TextContent.Contains("Sent steg i hjulet"));

        Assert.Equal($"/YearWheel?year={date.Year}#item-{item.Id}", task.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(date < today, task.QuerySelector(".overdue-flag") is not null);
        Assert.DoesNotContain("Sent steg i hjulet", (await reader.GetDocumentAsync("/Tasks")).Body!.TextContent);
    }

    [Fact]
    public async Task The_word_file_has_the_wheel_and_the_list_and_validates()
    {
        var item = await WheelTestData.AddItemAsync(app, DemoUsers.Blekinge, "Exportsteg", new DateOnly(WheelTestData.NextYear, 9, 9));
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);

        var response = await reader.Http.GetAsync($"/YearWheel/Export?year={WheelTestData.NextYear}&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentExportModel.WordContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains(body.Descendants<TableRow>(), r => r.InnerText.Contains("Exportsteg") && r.InnerText.Contains($"{WheelTestData.NextYear}-09-09"));
        // scripts/test-all.sh installs LibreOffice; with it the wheel is a picture, without it the file says so.
        Assert.True(document.MainDocumentPart.ImageParts.Any() || body.InnerText.Contains("kunde inte skapas"));
        Assert.Equal(File.Exists("/usr/bin/soffice"), document.MainDocumentPart.ImageParts.Any());
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.Http.GetAsync($"/YearWheel/Export?year={item.Date.Year}&format=exe")).StatusCode);
    }

    [Fact]
    public async Task Without_libreoffice_the_pdf_answers_503_and_links_the_same_years_word_file()
    {
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Documents:LibreOffice", "/nonexistent/soffice"));
        using var reader = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await reader.LoginAsync(DemoUsers.BlekingeReader);

        var page = await reader.GetDocumentAsync($"/YearWheel/Export?year={WheelTestData.NextYear}&format=pdf", HttpStatusCode.ServiceUnavailable);

        Assert.Equal("PDF kan inte skapas just nu", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/YearWheel/Export?year={WheelTestData.NextYear}&format=docx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/YearWheel?year={WheelTestData.NextYear}']"));
    }

    [Fact]
    public async Task The_print_page_has_the_wheel_and_no_menu()
    {
        await WheelTestData.AddItemAsync(app, DemoUsers.Blekinge, "Utskriftssteg", new DateOnly(WheelTestData.NextYear, 1, 9));
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);

        var page = await reader.GetDocumentAsync($"/YearWheel/Print?year={WheelTestData.NextYear}");

        Assert.Null(page.QuerySelector("nav"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(12, page.QuerySelectorAll("svg[role=img] text.month").Length);
        Assert.Contains(page.QuerySelectorAll("table.wheel-list th[scope=row]"), th => th.TextContent == "Utskriftssteg");
    }
}
