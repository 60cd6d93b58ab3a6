using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Plans;

/// <summary>/Plans/Export/{id}?format=docx|pdf: the plan as a Word file and as PDF.</summary>
public class PlanExportTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const string Soffice = "/usr/bin/soffice";

    /// <summary>The plan a test arranged, with the names the document must show.</summary>
    private sealed record ArrangedPlan(int Id, int Revision, int Year, string GoalTitle, string ActivityTitle, string Responsible, string SectionHeading);

    /// <summary>
    /// An HSN plan of the year of HSN's demo goals, with a section and an activity of its own. The revision
    /// follows any plan already there, so the demo data's plans never collide with the test's.
    /// </summary>
    private Task<ArrangedPlan> ArrangePlanAsync(string sectionHeading, string sectionBody, Action<Plan>? decide = null) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var goal = await db.Goals.Include(g => g.PlanningYear).Where(g => g.OwnerUnitId == unit.Id)
                .OrderBy(g => g.Title).FirstAsync();
            var year = goal.PlanningYear!;
            var revision = 1 + (await db.Plans.Where(p => p.OrgUnitId == unit.Id && p.PlanningYearId == year.Id)
                .MaxAsync(p => (int?)p.Revision) ?? 0);
            var responsible = await db.Users.SingleAsync(u => u.Email == DemoUsers.HallandEditorHsn);
            var activityTitle = $"Exportaktivitet {Guid.NewGuid():N}";
            db.Activities.Add(new Activity
            {
                OrganisationId = unit.OrganisationId, PlanningYearId = year.Id, OwnerUnitId = unit.Id, Title = activityTitle,
                ResponsibleUserId = responsible.Id, StartsOn = new DateOnly(year.Year, 2, 1), EndsOn = new DateOnly(year.Year, 11, 30),
                Status = ActivityStatus.InProgress, ProgressPercent = 40,
                Goals = [new ActivityGoal { OrganisationId = unit.OrganisationId, GoalId = goal.Id }],
            });
            var plan = new Plan
            {
                OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = year.Id, Revision = revision,
                Kind = PlanKind.Committee, Title = $"Verksamhetsplan {year.Year}", State = PlanState.Draft,
                Sections =
                [
                    new PlanSection { OrganisationId = unit.OrganisationId, Heading = sectionHeading, Body = sectionBody, SortOrder = 1 },
                ],
            };
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            if (decide is not null)
            {
                plan.OrgUnit = unit;
                plan.PlanningYear = year;
                decide(plan);
                plan.Snapshot = await PlanContentReader.SnapshotAsync(db, plan);
                await db.SaveChangesAsync();
            }
            return new ArrangedPlan(plan.Id, revision, year.Year, goal.Title, activityTitle, responsible.DisplayName, sectionHeading);
        });

    /// <summary>The plan's file in the format, checked to come with the right type and the plan's file name.</summary>
    private static async Task<byte[]> DownloadAsync(AppClient client, ArrangedPlan plan, string format)
    {
        var response = await client.Http.GetAsync($"/Plans/Export/{plan.Id}?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "pdf" ? "application/pdf" : DocumentExportModel.WordContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"Verksamhetsplan-{plan.Year}-Halso-och-sjukvardsnamnden-rev{plan.Revision}.{format}",
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>As the organisation's reader downloads it.</summary>
    private async Task<byte[]> ReaderDownloadsAsync(ArrangedPlan plan, string format)
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        return await DownloadAsync(reader, plan, format);
    }

    private async Task<WordprocessingDocument> WordFileAsync(ArrangedPlan plan) =>
        WordprocessingDocument.Open(new MemoryStream(await ReaderDownloadsAsync(plan, "docx")), false);

    private static List<string> ValidationErrors(WordprocessingDocument document) =>
        new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Description} at {e.Path?.XPath} ({e.Part?.Uri})").ToList();

    private static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().ToList();

    private static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static bool IsPdf(byte[] file) => file.Length > 1000 && Encoding.ASCII.GetString(file, 0, 4) == "%PDF";

    [Fact]
    public async Task A_reader_downloads_the_plan_as_a_valid_word_file_with_its_content()
    {
        var plan = await ArrangePlanAsync("Omvärld och prioriteringar", "Vi prioriterar **nära vård**.");
        using var document = await WordFileAsync(plan);
        var errors = ValidationErrors(document);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var paragraphs = Paragraphs(document);
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText));
        Assert.Contains(Hsn, text);
        Assert.Contains("Beslut: Ej beslutad", text);
        Assert.Contains(paragraphs, p => p.InnerText == plan.GoalTitle && StyleOf(p) == "Heading3");
        Assert.Contains(paragraphs, p => p.InnerText == plan.SectionHeading && StyleOf(p) == "Heading1");
        Assert.Contains(paragraphs, p => p.InnerText == "Grunduppdrag" && StyleOf(p) == "Heading1");
        Assert.Contains(document.MainDocumentPart!.Document.Body!.Descendants<FieldCode>(), c => c.Text.Contains("TOC"));

        var activityRow = document.MainDocumentPart.Document.Body.Descendants<TableRow>()
            .Single(r => r.Elements<TableCell>().First().InnerText == plan.ActivityTitle);
        Assert.Equal(
            [plan.ActivityTitle, plan.Responsible, $"{plan.Year}-02-01", $"{plan.Year}-11-30", "Pågår", "40 %"],
            activityRow.Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public async Task A_decided_plans_cover_shows_the_decision()
    {
        var plan = await ArrangePlanAsync("Prioriteringar", "Text", decided =>
        {
            decided.State = PlanState.Decided;
            decided.DecidedBy = "Hälso- och sjukvårdsnämnden";
            decided.DecidedOn = new DateOnly(2025, 11, 20);
            decided.DecisionParagraph = "§ 45";
            decided.RegistryNumber = "HSN 2025/123";
        });
        using var document = await WordFileAsync(plan);
        var text = Paragraphs(document).Select(p => p.InnerText).ToList();
        Assert.Contains("Status: Beslutad", text);
        Assert.Contains("Beslutad av: Hälso- och sjukvårdsnämnden", text);
        Assert.Contains("Beslutsdatum: 2025-11-20", text);
        Assert.Contains("Paragraf: § 45", text);
        Assert.Contains("Diarienummer: HSN 2025/123", text);
        Assert.DoesNotContain("Beslut: Ej beslutad", text);
    }

    [Fact]
    public async Task Script_typed_in_a_section_stays_text()
    {
        var plan = await ArrangePlanAsync("<script>alert('rubrik')</script>", "Före <script>alert('x')</script> efter & <b>fet</b>");
        using var document = await WordFileAsync(plan);
        Assert.Empty(ValidationErrors(document));
        var text = Paragraphs(document).Select(p => p.InnerText).ToList();
        Assert.Contains("<script>alert('rubrik')</script>", text);
        Assert.Contains("Före <script>alert('x')</script> efter & <b>fet</b>", text);
    }

    [Fact]
    public async Task LibreOffice_converts_the_downloaded_word_file()
    {
        var plan = await ArrangePlanAsync("Omvärld", "- en punkt\n- en till");
        var docx = await ReaderDownloadsAsync(plan, "docx");
        Assert.True(IsPdf(await new PdfConverter(Soffice).ConvertAsync(docx)));
    }

    [Fact]
    public async Task The_pdf_download_is_a_pdf_named_like_the_plan_file()
    {
        var plan = await ArrangePlanAsync("Omvärld", "Text");
        Assert.True(IsPdf(await ReaderDownloadsAsync(plan, "pdf")));
    }

    [Fact]
    public async Task Without_libreoffice_the_pdf_answers_503_with_a_swedish_message()
    {
        var plan = await ArrangePlanAsync("Omvärld", "Text");
        using var broken = app.WithWebHostBuilder(b => b.UseSetting("Documents:LibreOffice", "/nonexistent/soffice"));
        using var reader = new AppClient(broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await reader.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync($"/Plans/Export/{plan.Id}?format=pdf", HttpStatusCode.ServiceUnavailable);
        Assert.Equal("PDF kan inte skapas just nu", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Plans/Export/{plan.Id}?format=docx']"));
        // The Word file does not need LibreOffice.
        await DownloadAsync(reader, plan, "docx");
    }

    [Fact]
    public async Task An_unknown_format_is_a_bad_request()
    {
        var plan = await ArrangePlanAsync("Omvärld", "Text");
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync($"/Plans/Export/{plan.Id}?format=xyz");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Another_organisations_plan_is_not_found()
    {
        var plan = await ArrangePlanAsync("Omvärld", "Text");
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        foreach (var format in new[] { "docx", "pdf" })
            Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync($"/Plans/Export/{plan.Id}?format={format}")).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_login()
    {
        var plan = await ArrangePlanAsync("Omvärld", "Text");
        using var anonymous = app.CreateAppClient();
        var response = await anonymous.Http.GetAsync($"/Plans/Export/{plan.Id}?format=docx");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString());
    }
}
