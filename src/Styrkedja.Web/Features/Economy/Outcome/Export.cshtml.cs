using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>/Economy/Outcome/Export: the outcome page's tables as an Excel workbook, one sheet each, tkr as numbers.</summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? year, int? unit)
    {
        var loaded = await OutcomeLoader.LoadAsync(db, access, clock, year, unit);
        if (loaded.Refusal is { } refusal)
            return refusal;
        if (loaded.View is not { } view)
            return NotFound();
        using var workbook = new XLWorkbook();
        Sheet(workbook, OutcomeText.SheetMonths, OutcomeText.Month, view.Months, view.ToDate);
        Sheet(workbook, OutcomeText.SheetLines, OutcomeText.BudgetLine, view.Lines, view.ToDate);
        Sheet(workbook, OutcomeText.SheetUnits, OutcomeText.Unit, view.Children, view.ToDate);
        return File(ValueSheet.Save(workbook), ValueSheet.ContentType,
            $"Utfall-{FileNames.Ascii(view.Unit.Name)}-{view.Year}.xlsx");
    }

    private static void Sheet(XLWorkbook workbook, string name, string firstColumn, IReadOnlyList<OutcomeRow> rows, OutcomeRow total)
    {
        var sheet = workbook.Worksheets.Add(name);
        string[] titles = [firstColumn, OutcomeText.Budget + " (tkr)", OutcomeText.Outcome + " (tkr)", OutcomeText.Deviation + " (tkr)"];
        for (var column = 1; column <= titles.Length; column++)
            sheet.Cell(1, column).SetValue(titles[column - 1]);
        var row = 2;
        foreach (var line in rows.Append(total))
        {
            sheet.Cell(row, 1).SetValue(line.Name);
            sheet.Cell(row, 2).SetValue(line.Budget);
            if (line.Outcome is { } outcome)
                sheet.Cell(row, 3).SetValue(outcome);
            if (line.Deviation is { } deviation)
                sheet.Cell(row, 4).SetValue(deviation);
            row++;
        }
        sheet.Range(2, 2, row - 1, 4).Style.NumberFormat.Format = ValueSheet.NumberFormat(0);
        sheet.Row(1).Style.Font.Bold = true;
        // Fixed widths: measuring text (AdjustToContents) needs GDI+, which a Linux server lacks.
        sheet.Column(1).Width = 45;
        sheet.Columns(2, 4).Width = 16;
    }
}
