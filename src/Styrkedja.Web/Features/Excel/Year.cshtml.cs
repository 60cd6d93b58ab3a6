using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Excel;

/// <summary>
/// Every value of a year in the organisation, one row per value with its target and status, for
/// analysis in Excel. Anyone who reads the organisation may export it.
/// </summary>
public class YearModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (year is < 2000 or > 2100)
            return BadRequest();
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        var values = await db.IndicatorValues.AsNoTracking().Where(v => v.Year == year)
            .Include(v => v.Indicator).Include(v => v.OrgUnit).ToListAsync();
        var targets = await Targets.LoadAsync(db, year);
        var names = StringComparer.Create(ServiceRegistration.Swedish, true);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(string.Format(ExchangeText.YearSheet, year));
        string[] titles =
        [
            ExchangeText.ColumnIndicator, ExchangeText.HeaderUnit, ExchangeText.ColumnPeriod, ExchangeText.ColumnGender,
            ExchangeText.ColumnValue, ExchangeText.ColumnMeasureUnit, ExchangeText.ColumnTarget, ExchangeText.ColumnStatus,
            ExchangeText.ColumnComment, ExchangeText.ColumnUpdatedBy, ExchangeText.ColumnUpdatedAt,
        ];
        for (var column = 1; column <= titles.Length; column++)
            sheet.Cell(1, column).SetValue(titles[column - 1]);
        var row = 2;
        foreach (var value in values.OrderBy(v => v.Indicator!.Name, names).ThenBy(v => v.OrgUnit!.Name, names)
                     .ThenBy(v => v.Period).ThenBy(v => v.Gender))
        {
            var indicator = value.Indicator!;
            var target = targets.For(indicator.Id, value.OrgUnitId);
            var format = ValueSheet.NumberFormat(indicator.Decimals);
            sheet.Cell(row, 1).SetValue(indicator.Name);
            sheet.Cell(row, 2).SetValue(value.OrgUnit!.Name);
            sheet.Cell(row, 3).SetValue(ReportingPeriods.Name(indicator.Periodicity, year, value.Period));
            sheet.Cell(row, 4).SetValue(Labels.For(value.Gender));
            if (value.Value is { } number)
                sheet.Cell(row, 5).SetValue(number).Style.NumberFormat.Format = format;
            sheet.Cell(row, 6).SetValue(indicator.MeasureUnit);
            if (target is { } goal)
                sheet.Cell(row, 7).SetValue(goal).Style.NumberFormat.Format = format;
            sheet.Cell(row, 8).SetValue(value.Value is { } reached && target is { } aim
                ? TargetReading.Label(TargetReading.StatusOf(indicator, reached, aim))
                : IndicatorText.StatusNone);
            sheet.Cell(row, 9).SetValue(value.Comment);
            sheet.Cell(row, 10).SetValue(value.UpdatedBy ?? "");
            sheet.Cell(row, 11).SetValue(SwedishTime.ToLocal(value.UpdatedAt)).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
            row++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(row - 1, 1), titles.Length).SetAutoFilter();
        double[] widths = [50, 40, 14, 10, 14, 10, 14, 18, 50, 30, 18];
        for (var column = 1; column <= widths.Length; column++)
            sheet.Column(column).Width = widths[column - 1];
        return File(ValueSheet.Save(workbook), ValueSheet.ContentType, $"Indikatorvärden {year}.xlsx");
    }
}
