using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>What a unit report shows (ReportContentReader), its page, and its Word and PDF export.</summary>
public class ReportPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    /// <summary>
    /// A monthly indicator of the report's first goal, reported by HSN for June (before the July round's
    /// end) and for September (after it), with a target of 50.
    /// </summary>
    private Task<string> ArrangeIndicatorAsync(ArrangedReport report) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == ReportTestData.Hsn);
            var indicator = new Indicator
            {
                OrganisationId = unit.OrganisationId, Name = $"Rapportindikator {Guid.NewGuid():N}", MeasureUnit = "%",
                OwnerUnitId = unit.Id, Periodicity = Periodicity.Month, Direction = IndicatorDirection.HigherIsBetter,
                Adoptions = [new IndicatorAdoption { OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id }],
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            db.GoalIndicators.Add(new GoalIndicator { OrganisationId = unit.OrganisationId, GoalId = report.GoalIds[0], IndicatorId = indicator.Id });
            foreach (var (period, value) in new[] { (6, 40m), (9, 90m) })
                db.IndicatorValues.Add(new IndicatorValue
                {
                    OrganisationId = unit.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = unit.Id, Year = report.Year,
                    Period = period, Gender = Gender.Total, Value = value,
                });
            db.TargetValues.Add(new TargetValue { OrganisationId = unit.OrganisationId, IndicatorId = indicator.Id, Year = report.Year, Value = 50 });
            await db.SaveChangesAsync();
            return indicator.Name;
        });

    [Fact]
    public async Task The_reader_takes_the_indicator_value_at_the_end_of_the_period_not_a_later_one()
    {
        var report = await app.ArrangeReportAsync();
        var name = await ArrangeIndicatorAsync(report);

        var content = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var stored = await db.Reports.Include(r => r.Round!).ThenInclude(r => r.ReportType).Include(r => r.Round!).ThenInclude(r => r.PlanningYear)
                .Include(r => r.OrgUnit).Include(r => r.Sections).Include(r => r.Assessments).SingleAsync(r => r.Id == report.Id);
            return await ReportContentReader.ReadAsync(db, stored, new DateOnly(report.Year, 12, 31));
        });

        Assert.Equal($"januari–juli {report.Year}", content.Period);
        Assert.Equal(ReportTestData.Hsn, content.UnitName);
        Assert.Equal(report.GoalTitles.Order(), content.Goals.Select(g => g.Title).Order());
        Assert.Equal(content.Goals.Count, content.Unassessed.Count);
        var indicator = content.Goals.Single(g => g.Id == report.GoalIds[0]).Indicators.Single(i => i.Name == name);
        Assert.Equal(($"juni {report.Year}", "40 %", "50 %", TargetStatus.NotMet), (indicator.Period, indicator.Value, indicator.Target, indicator.Status));
        Assert.Equal(["Sammanfattning", "Viktiga händelser", "Personal"], content.Sections.Select(s => s.Heading).Take(3));
    }

    [Fact]
    public async Task The_report_page_shows_the_state_the_steps_the_user_may_take_and_the_links()
    {
        var report = await app.ArrangeReportAsync();
        var name = await ArrangeIndicatorAsync(report);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var page = await editor.GetDocumentAsync($"/Reports/Details/{report.Id}");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("Ej påbörjad", page.QuerySelector("dl.facts")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Rounds/Details/{report.RoundId}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Audit/History?type=Report&id={report.Id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Export/{report.Id}?format=docx']"));
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Submit/{report.Id}']"));
        Assert.Null(page.QuerySelector($"a[href='/Reports/Review/{report.Id}']"));
        Assert.All(report.GoalIds, id => Assert.NotNull(page.QuerySelector($"a[href='/Reports/Assess/{report.Id}?goal={id}']")));
        var row = page.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == name);
        Assert.Contains($"juni {report.Year}", row.TextContent);
        Assert.DoesNotContain("90", row.TextContent);
        // Status in words, not colour alone.
        Assert.Contains("Ej uppfyllt", row.TextContent);

        await app.SetStateAsync(report.Id, ReportState.Submitted);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var reviewing = await controller.GetDocumentAsync($"/Reports/Details/{report.Id}");
        Assert.NotNull(reviewing.QuerySelector($"a[href='/Reports/Review/{report.Id}']"));
        Assert.NotNull(reviewing.QuerySelector($"a[href='/Reports/Return/{report.Id}']"));
        Assert.Null(reviewing.QuerySelector($"a[href='/Reports/Submit/{report.Id}']"));
    }

    [Fact]
    public async Task A_reader_downloads_the_report_as_a_valid_word_file_with_the_goal_titles()
    {
        var report = await app.ArrangeReportAsync();
        await app.AssessAllAsync(report);
        var name = await ArrangeIndicatorAsync(report);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var response = await reader.Http.GetAsync($"/Reports/Export/{report.Id}?format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocumentExportModel.WordContentType, response.Content.Headers.ContentType?.MediaType);
        var fileName = response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
        Assert.EndsWith("-Halso-och-sjukvardsnamnden.docx", fileName);
        Assert.Matches("^[A-Za-z0-9-]+\\.docx$", fileName);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.All(report.GoalTitles, title => Assert.Contains(title, paragraphs));
        Assert.Contains($"Period: januari–juli {report.Year}", paragraphs);
        Assert.Contains(body.Descendants<FieldCode>(), c => c.Text.Contains("TOC"));
        var indicatorRow = body.Descendants<TableRow>().Single(r => r.Elements<TableCell>().First().InnerText == name);
        Assert.Contains($"juni {report.Year}", indicatorRow.InnerText);
        Assert.Contains(body.Descendants<TableRow>(), r => r.InnerText.Contains("Uppfyllt"));
    }

    [Fact]
    public async Task The_pdf_download_is_a_pdf()
    {
        var report = await app.ArrangeReportAsync();
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await reader.Http.GetAsync($"/Reports/Export/{report.Id}?format=pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(file, 0, 4));
    }

    [Fact]
    public async Task Another_organisations_report_cannot_be_exported_and_an_unknown_format_is_a_bad_request()
    {
        var report = await app.ArrangeReportAsync();
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeReader);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync($"/Reports/Export/{report.Id}?format=docx")).StatusCode);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.Http.GetAsync($"/Reports/Export/{report.Id}?format=xls")).StatusCode);
    }
}
