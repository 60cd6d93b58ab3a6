using Styrkedja.Web.Infrastructure.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Values;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Excel;

/// <summary>
/// The input template of a unit for a month: the indicators the unit reports whose period ends that
/// month (the value grid's selection), one row per period and gender row, existing values filled in.
/// </summary>
public class TemplateModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser me) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int unit, int year, int month)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
            return BadRequest();
        if (await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unit) is not { } orgUnit)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Edit, orgUnit))
            return Forbid();

        // Exactly the value grid's rows (same selection, current values and targets), so the two never differ.
        var grid = await ValueGrid.LoadAsync(db, orgUnit, year, month);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(ValueSheet.SheetName);
        WriteHeaderBlock(sheet, orgUnit, year, month);
        var row = ValueSheet.FirstDataRow;
        foreach (var gridRow in grid.Rows)
            WriteRow(sheet, row++, gridRow);
        var name = $"Värden {orgUnit.Name} {year}-{month:00}.xlsx";
        return File(ValueSheet.Save(workbook), ValueSheet.ContentType, name);
    }

    private void WriteHeaderBlock(IXLWorksheet sheet, OrgUnit unit, int year, int month)
    {
        string[] labels =
        [
            ExchangeText.HeaderOrganisation, ExchangeText.HeaderUnit, ExchangeText.HeaderUnitId, ExchangeText.HeaderYear,
            ExchangeText.HeaderMonth,
        ];
        for (var i = 0; i < labels.Length; i++)
        {
            sheet.Cell(i + 1, ValueSheet.HeaderValueColumn - 1).SetValue(labels[i]);
            sheet.Cell(i + 1, ValueSheet.HeaderValueColumn - 1).Style.Font.Bold = true;
        }
        // Strings through SetValue: ClosedXML would otherwise turn a name like "2026" into a number.
        sheet.Cell(1, ValueSheet.HeaderValueColumn).SetValue(me.OrganisationName);
        sheet.Cell(2, ValueSheet.HeaderValueColumn).SetValue(unit.Name);
        sheet.Cell(ValueSheet.UnitIdRow, ValueSheet.HeaderValueColumn).SetValue(unit.Id);
        sheet.Cell(ValueSheet.YearRow, ValueSheet.HeaderValueColumn).SetValue(year);
        sheet.Cell(5, ValueSheet.HeaderValueColumn).SetValue(ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(month));
        for (var column = 1; column <= ValueSheet.Titles.Length; column++)
            sheet.Cell(ValueSheet.HeaderRow, column).SetValue(ValueSheet.Titles[column - 1]);
        sheet.Row(ValueSheet.HeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(ValueSheet.HeaderRow);
        // The id is what the import reads; hidden so that nobody edits it by mistake.
        sheet.Column(ValueSheet.IdColumn).Hide();
        double[] widths = [8, 50, 12, 10, 14, 10, 50, 14];
        for (var column = 1; column <= widths.Length; column++)
            sheet.Column(column).Width = widths[column - 1];
    }

    private static void WriteRow(IXLWorksheet sheet, int row, GridRow gridRow)
    {
        var (indicator, period, gender, current, target) = (gridRow.Indicator, gridRow.Period, gridRow.Gender, gridRow.Current, gridRow.Target);
        sheet.Cell(row, ValueSheet.IdColumn).SetValue(indicator.Id);
        sheet.Cell(row, ValueSheet.IndicatorColumn).SetValue(indicator.Name);
        sheet.Cell(row, ValueSheet.PeriodColumn).SetValue(ReportingPeriods.Name(indicator.Periodicity, period));
        sheet.Cell(row, ValueSheet.GenderColumn).SetValue(Labels.For(gender));
        var value = sheet.Cell(row, ValueSheet.ValueColumn);
        value.Style.NumberFormat.Format = ValueSheet.NumberFormat(indicator.Decimals);
        if (current?.Value is { } number)
            value.SetValue(number);
        sheet.Cell(row, ValueSheet.MeasureUnitColumn).SetValue(indicator.MeasureUnit);
        sheet.Cell(row, ValueSheet.CommentColumn).SetValue(current?.Comment ?? "");
        if (target is { } goal)
        {
            sheet.Cell(row, ValueSheet.TargetColumn).SetValue(goal);
            sheet.Cell(row, ValueSheet.TargetColumn).Style.NumberFormat.Format = ValueSheet.NumberFormat(indicator.Decimals);
        }
    }
}
