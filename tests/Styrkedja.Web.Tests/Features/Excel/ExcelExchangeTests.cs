using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Api;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Excel;

/// <summary>/Excel: the input template, its all-or-nothing import, and the year export.</summary>
public class ExcelExchangeTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";
    private const int Year = 2026;

    private async Task<XLWorkbook> TemplateAsync(AppClient client, int unit, int month = 4)
    {
        var response = await client.Http.GetAsync($"/Excel/Template?unit={unit}&year={Year}&month={month}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static async Task<HttpResponseMessage> UploadAsync(AppClient client, byte[] file, string name = "mall.xlsx")
    {
        var token = await client.AntiforgeryTokenAsync("/Excel");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "upload", name },
        };
        return await client.Http.PostAsync("/Excel", content);
    }

    private static byte[] Bytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The template's rows of one indicator: (row number, period, gender).</summary>
    private static List<(int Row, string Period, string Gender)> RowsOf(IXLWorksheet sheet, int indicator) =>
        sheet.RowsUsed().Where(r => r.RowNumber() >= 7 && r.Cell(1).GetString() == indicator.ToString())
            .Select(r => (r.RowNumber(), r.Cell(3).GetString(), r.Cell(4).GetString())).ToList();

    /// <summary>An HSN editor with the template of April holding a fresh monthly indicator by gender.</summary>
    private sealed record Filling(int Indicator, AppClient Editor, XLWorkbook Workbook) : IDisposable
    {
        public IXLWorksheet Sheet => Workbook.Worksheet("Värden");
        public List<(int Row, string Period, string Gender)> Rows => RowsOf(Sheet, Indicator);

        public void Dispose()
        {
            Workbook.Dispose();
            Editor.Dispose();
        }
    }

    private async Task<Filling> FillingAsync(string indicatorName)
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, indicatorName, Periodicity.Month, byGender: true, Hsn);
        var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        return new Filling(indicator, editor, await TemplateAsync(editor, await app.UnitIdAsync(DemoUsers.Halland, Hsn)));
    }

    private static async Task<List<string>> ErrorsAsync(HttpResponseMessage response) =>
        (await AppClient.ParseAsync(response)).QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_template_lists_the_units_indicators_ending_that_month_with_existing_values()
    {
        var monthly = await app.IndicatorAsync(DemoUsers.Halland, "Excel: andel i tid per kön", Periodicity.Month, byGender: true, Hsn);
        var tertial = await app.IndicatorAsync(DemoUsers.Halland, "Excel: tertialmått", Periodicity.Tertial, byGender: false, Hsn);
        var yearly = await app.IndicatorAsync(DemoUsers.Halland, "Excel: årsmått", Periodicity.Year, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        // The target is the organisation's for the monthly indicator; the tertial one has its own below.
        await app.ValueWithTargetAsync(DemoUsers.Halland, monthly, unit, Year, 4, Gender.Women, 77.5m, "Befintligt", 80m);
        await app.WithDbAsync(DemoUsers.Halland, db =>
        {
            db.TargetValues.Add(new TargetValue { OrganisationId = db.OrganisationId!.Value, IndicatorId = tertial, Year = Year, Value = 90m });
            return db.SaveChangesAsync();
        });
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        using var workbook = await TemplateAsync(editor, unit);

        var sheet = workbook.Worksheet("Värden");
        Assert.Equal(Hsn, sheet.Cell(2, 3).GetString());
        Assert.Equal(unit.ToString(), sheet.Cell(3, 3).GetString());
        Assert.Equal(["Indikator-id", "Indikator", "Period", "Kön", "Värde", "Enhet", "Kommentar", "Målvärde"],
            Enumerable.Range(1, 8).Select(c => sheet.Cell(6, c).GetString()));
        Assert.True(sheet.Row(6).Style.Font.Bold);
        Assert.True(sheet.Column(1).IsHidden);
        Assert.Equal([("april", "Totalt"), ("april", "Kvinnor"), ("april", "Män")], RowsOf(sheet, monthly).Select(r => (r.Period, r.Gender)));
        Assert.Equal([("T1", "Totalt")], RowsOf(sheet, tertial).Select(r => (r.Period, r.Gender)));
        Assert.Empty(RowsOf(sheet, yearly));
        var women = RowsOf(sheet, monthly)[1].Row;
        Assert.Equal(77.5, sheet.Cell(women, 5).GetDouble());
        Assert.Equal("#,##0.0", sheet.Cell(women, 5).Style.NumberFormat.Format);
        Assert.Equal("Befintligt", sheet.Cell(women, 7).GetString());
        Assert.Equal(80, sheet.Cell(women, 8).GetDouble());
        Assert.Equal(90, sheet.Cell(RowsOf(sheet, tertial)[0].Row, 8).GetDouble());
    }

    [Fact]
    public async Task A_filled_template_is_imported_whole_and_audited()
    {
        using var filling = await FillingAsync("Excel: inläst");
        var (indicator, editor, workbook, sheet, rows) = (filling.Indicator, filling.Editor, filling.Workbook, filling.Sheet, filling.Rows);
        sheet.Cell(rows[0].Row, 5).SetValue(81.5);
        sheet.Cell(rows[1].Row, 5).SetValue("83,0");
        sheet.Cell(rows[1].Row, 7).SetValue("Skrivet som text");

        var response = await UploadAsync(editor, Bytes(workbook));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var values = await app.ValuesAsync(DemoUsers.Halland, indicator);
        Assert.Equal([(Gender.Total, 81.5m), (Gender.Women, 83m)], values.Select(v => (v.Gender, v.Value!.Value)));
        Assert.Equal("Skrivet som text", values[1].Comment);
        Assert.All(values, v => Assert.Equal(IndicatorSource.Manual, v.Source));
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.EntityType == nameof(IndicatorValue) && a.SubjectId == indicator.ToString()).Select(a => a.UserName).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, name => Assert.Equal("Hanna Redaktör (HSN Halland)", name));
        var page = await editor.GetDocumentAsync("/Excel");
        Assert.Contains("2 värden sparades", page.Body!.TextContent);
    }

    [Fact]
    public async Task One_bad_cell_names_sheet_row_and_column_and_nothing_is_written()
    {
        using var filling = await FillingAsync("Excel: felaktig");
        var (indicator, editor, workbook, sheet, rows) = (filling.Indicator, filling.Editor, filling.Workbook, filling.Sheet, filling.Rows);
        sheet.Cell(rows[0].Row, 5).SetValue(50);
        sheet.Cell(rows[1].Row, 5).SetValue("abc");
        sheet.Cell(rows[2].Row, 4).SetValue("Båda");

        var file = Bytes(workbook);
        var response = await UploadAsync(editor, file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains($"Blad Värden, rad {rows[1].Row}, kolumn E (Värde): ”abc” är inte ett tal. Skriv till exempel 12,5.", errors);
        Assert.Contains(errors, e => e.StartsWith($"Blad Värden, rad {rows[2].Row}, kolumn D (Kön): ”Båda”"));
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));

        // ClosedXML saves a workbook once; the corrected file is a fresh copy of the first.
        using var corrected = new XLWorkbook(new MemoryStream(file));
        corrected.Worksheet("Värden").Cell(rows[1].Row, 5).SetValue(150);
        corrected.Worksheet("Värden").Cell(rows[2].Row, 4).SetValue("Män");
        var rules = await ErrorsAsync(await UploadAsync(editor, Bytes(corrected)));
        Assert.Contains(rules, e => e.StartsWith($"Blad Värden, rad {rows[1].Row}:") && e.Contains("högre än det högsta tillåtna"));
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
    }

    [Fact]
    public async Task A_changed_header_row_is_refused_clearly()
    {
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var workbook = await TemplateAsync(editor, unit);
        workbook.Worksheet("Värden").Cell(6, 5).SetValue("Utfall");

        var errors = await ErrorsAsync(await UploadAsync(editor, Bytes(workbook)));

        Assert.Contains("Blad Värden, rad 6, kolumn E (Värde): rubriken ska vara ”Värde” men är ”Utfall”. Ändra inte rubrikraden i mallen.", errors);
    }

    [Theory]
    [InlineData("slump.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x13, 0x37, 0x00, 0xFF, 0x42 })]
    [InlineData("värden.xlsx", new byte[] { 0x69, 0x64, 0x3B, 0x76, 0xE4, 0x72, 0x64, 0x65, 0x0A, 0x31, 0x3B, 0x31, 0x32, 0x2C, 0x35 })]
    public async Task A_file_that_is_not_an_xlsx_gives_a_message_and_writes_nothing(string name, byte[] bytes)
    {
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var before = await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.CountAsync());

        var response = await UploadAsync(editor, bytes, name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains($"”{name}” är ingen Excelfil (.xlsx)", page.QuerySelector("#upload-error")!.TextContent);
        Assert.Equal(before, await app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.CountAsync()));
    }

    [Fact]
    public async Task Another_committees_unit_is_forbidden_for_template_and_import()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Excel: annan nämnd", Periodicity.Month, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        using var hsnEditor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var workbook = await TemplateAsync(hsnEditor, unit);
        workbook.Worksheet("Värden").Cell(RowsOf(workbook.Worksheet("Värden"), indicator)[0].Row, 5).SetValue(40);
        using var runEditor = await app.LoginAsync(DemoUsers.HallandEditorRun);

        Assert.Equal(HttpStatusCode.Forbidden, (await runEditor.Http.GetAsync($"/Excel/Template?unit={unit}&year={Year}&month=4")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(runEditor, Bytes(workbook))).StatusCode);
        Assert.Empty(await app.ValuesAsync(DemoUsers.Halland, indicator));
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync($"/Excel/Template?unit={unit}&year={Year}&month=4")).StatusCode);
    }

    [Fact]
    public async Task An_upload_without_antiforgery_token_is_rejected()
    {
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var content = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "upload", "mall.xlsx" } };

        Assert.Equal(HttpStatusCode.BadRequest, (await editor.Http.PostAsync("/Excel", content)).StatusCode);
    }

    [Fact]
    public async Task The_year_export_holds_every_value_with_target_and_status_for_readers_too()
    {
        var indicator = await app.IndicatorAsync(DemoUsers.Halland, "Excel: årsexport", Periodicity.Tertial, byGender: false, Hsn);
        var unit = await app.UnitIdAsync(DemoUsers.Halland, Hsn);
        await app.ValueWithTargetAsync(DemoUsers.Halland, indicator, unit, Year, 2, Gender.Total, 88.5m, "Känt värde", 85m);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var response = await reader.Http.GetAsync($"/Excel/Year?year={Year}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet(1);
        var row = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "Excel: årsexport");
        Assert.Equal([Hsn, "T2 2026", "Totalt"], [row.Cell(2).GetString(), row.Cell(3).GetString(), row.Cell(4).GetString()]);
        Assert.Equal(88.5, row.Cell(5).GetDouble());
        Assert.Equal(85, row.Cell(7).GetDouble());
        Assert.Equal("Uppfyllt", row.Cell(8).GetString());
        Assert.Equal("Känt värde", row.Cell(9).GetString());
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeReader);
        using var other = new XLWorkbook(new MemoryStream(await blekinge.Http.GetByteArrayAsync($"/Excel/Year?year={Year}")));
        Assert.DoesNotContain(other.Worksheet(1).RowsUsed(), r => r.Cell(1).GetString() == "Excel: årsexport");
    }
}
