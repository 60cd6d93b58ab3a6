using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// /Reports/Consolidated/Assessments/{id}: every goal assessment of the round's reports as an Excel
/// sheet, one row each with the report's state, so that reports not yet submitted can be filtered out.
/// </summary>
public class AssessmentsModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ConsolidatedAccess.RoundAsync(db, id) is not { } round)
            return NotFound();
        if (!await ConsolidatedAccess.MayReadAsync(db, access))
            return Forbid();
        var tree = await OrgTree.LoadAsync(db);
        var order = tree.InTreeOrder().Select((u, i) => (u.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var assessments = (await db.ReportGoalAssessments.AsNoTracking().Where(a => a.Report!.ReportRoundId == round.Id)
                .Include(a => a.Report).Include(a => a.Goal!).ThenInclude(g => g.Level).ToListAsync())
            .OrderBy(a => order[a.Report!.OrgUnitId]).ThenBy(a => a.Goal!.Level!.SortOrder).ThenBy(a => a.Goal!.SortOrder)
            .ThenBy(a => a.Goal!.Title, StringComparer.Ordinal).ToList();

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(ConsolidationText.SheetName);
        string[] titles =
        [
            ConsolidationText.ColumnCommittee, ConsolidationText.ColumnUnit, ConsolidationText.ColumnLevel, ConsolidationText.ColumnGoal,
            ConsolidationText.AtPeriodEnd, ConsolidationText.Forecast, ConsolidationText.ColumnAnalysis,
            ConsolidationText.ColumnConsequences, ConsolidationText.ColumnMeasures, ConsolidationText.ColumnReportState,
        ];
        for (var column = 1; column <= titles.Length; column++)
            sheet.Cell(1, column).SetValue(titles[column - 1]);
        var row = 2;
        foreach (var a in assessments)
        {
            string[] cells =
            [
                ConsolidationReader.CommitteeOf(tree, a.Report!.OrgUnitId).Name, tree.Units[a.Report.OrgUnitId].Name,
                a.Goal!.Level!.Name, a.Goal.Title, Labels.For(a.AtPeriodEnd), Labels.For(a.Forecast),
                a.Analysis, a.Consequences, a.Measures, Labels.For(a.Report.State),
            ];
            for (var column = 1; column <= cells.Length; column++)
                sheet.Cell(row, column).SetValue(cells[column - 1]);
            row++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(row - 1, 1), titles.Length).SetAutoFilter();
        double[] widths = [30, 30, 16, 50, 16, 16, 50, 50, 50, 16];
        for (var column = 1; column <= widths.Length; column++)
            sheet.Column(column).Width = widths[column - 1];
        return File(ValueSheet.Save(workbook), ValueSheet.ContentType, $"{FileNames.Ascii(ConsolidationText.SheetName)}-{FileNames.Ascii(ConsolidationReader.Title(round))}.xlsx");
    }
}
