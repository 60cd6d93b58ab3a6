using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments/Export/{id}: the plan as an Excel workbook for the staff's own analysis: the needs in
/// the combined order with their amounts per year, the sums per category and year, and each committee's sum
/// per year against its frame. Everyone who reads the plan may download it.
/// </summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : InvestmentPlanPageModel(db, access, clock)
{
    private const string Tkr = "#,##0";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPlanAsync(id, InvestmentUse.Read) is { } refusal)
            return refusal;
        var summary = await InvestmentView.LoadAsync(Db, Plan);
        using var workbook = new XLWorkbook();
        WriteNeeds(workbook.Worksheets.Add(InvestmentText.SheetNeeds), summary);
        WriteCategories(workbook.Worksheets.Add(InvestmentText.SheetCategories), summary);
        WriteCommittees(workbook.Worksheets.Add(InvestmentText.SheetCommittees), summary);
        return File(ValueSheet.Save(workbook), ValueSheet.ContentType, $"{FileNames.Ascii(Plan.Title)}.xlsx");
    }

    private static void WriteNeeds(IXLWorksheet sheet, InvestmentSummary summary)
    {
        string[] leading = [InvestmentText.RankShort, InvestmentText.NeedTitle, InvestmentText.Committee, InvestmentText.Category,
            InvestmentText.CommitteePriority, InvestmentText.AssessmentComment];
        var total = WriteHeader(sheet, leading, summary);
        var row = 2;
        foreach (var need in summary.Needs)
        {
            if (need.CentralRank is { } rank)
                sheet.Cell(row, 1).SetValue(rank);
            sheet.Cell(row, 2).SetValue(need.Title);
            sheet.Cell(row, 3).SetValue(need.OrgUnit!.Name);
            sheet.Cell(row, 4).SetValue(InvestmentRules.Label(need.Category));
            sheet.Cell(row, 5).SetValue(need.CommitteePriority);
            sheet.Cell(row, 6).SetValue(need.AssessmentComment);
            WriteYears(sheet, row, leading.Length, summary, year => InvestmentSummary.AmountOf(need, year));
            row++;
        }
        Finish(sheet, row, total);
        sheet.Column(1).Width = 8;
        foreach (var column in new[] { 2, 3, 6 })
            sheet.Column(column).Width = 40;
    }

    private static void WriteCategories(IXLWorksheet sheet, InvestmentSummary summary)
    {
        var total = WriteHeader(sheet, [InvestmentText.Category], summary);
        var row = 2;
        foreach (var category in Enum.GetValues<InvestmentCategory>())
        {
            sheet.Cell(row, 1).SetValue(InvestmentRules.Label(category));
            WriteYears(sheet, row++, 1, summary, year => summary.ByCategory(category, year));
        }
        sheet.Cell(row, 1).SetValue(InvestmentText.Total);
        WriteYears(sheet, row, 1, summary, summary.Total);
        sheet.Row(row).Style.Font.Bold = true;
        Finish(sheet, row + 1, total);
    }

    /// <summary>One row per committee and year, so that frames and excesses can be filtered and summed.</summary>
    private static void WriteCommittees(IXLWorksheet sheet, InvestmentSummary summary)
    {
        string[] titles = [InvestmentText.Committee, PlanText.Year, InvestmentText.Total, InvestmentText.FrameColumn, InvestmentText.OverFrameColumn];
        for (var column = 1; column <= titles.Length; column++)
            sheet.Cell(1, column).SetValue(titles[column - 1]);
        var row = 2;
        foreach (var committee in summary.Committees)
            foreach (var year in committee.Years)
            {
                sheet.Cell(row, 1).SetValue(committee.Committee.Name);
                sheet.Cell(row, 2).SetValue(year.Year);
                sheet.Cell(row, 3).SetValue(year.Sum).Style.NumberFormat.Format = Tkr;
                if (year.Frame is { } frame)
                    sheet.Cell(row, 4).SetValue(frame).Style.NumberFormat.Format = Tkr;
                else if (InvestmentRules.IsPlanYear(summary.BudgetYear, year.Year))
                    sheet.Cell(row, 4).SetValue(InvestmentText.NoAdoptedFrame);
                if (year.IsOver)
                    sheet.Cell(row, 5).SetValue(year.Excess).Style.NumberFormat.Format = Tkr;
                row++;
            }
        Finish(sheet, row, titles.Length);
    }

    /// <summary>The leading titles, then one column per year (plan years and horizon marked), then the total; returns the column count.</summary>
    private static int WriteHeader(IXLWorksheet sheet, string[] leading, InvestmentSummary summary)
    {
        for (var column = 1; column <= leading.Length; column++)
            sheet.Cell(1, column).SetValue(leading[column - 1]);
        var next = leading.Length + 1;
        foreach (var year in summary.Years)
            sheet.Cell(1, next++).SetValue(string.Format(InvestmentRules.IsPlanYear(summary.BudgetYear, year)
                ? InvestmentText.PlanYearLabel : InvestmentText.HorizonYearLabel, year));
        sheet.Cell(1, next).SetValue(InvestmentText.Total);
        return next;
    }

    private static void WriteYears(IXLWorksheet sheet, int row, int leading, InvestmentSummary summary, Func<int, decimal> amount)
    {
        var column = leading + 1;
        foreach (var year in summary.Years)
            sheet.Cell(row, column++).SetValue(amount(year)).Style.NumberFormat.Format = Tkr;
        sheet.Cell(row, column).SetValue(summary.Years.Sum(amount)).Style.NumberFormat.Format = Tkr;
    }

    private static void Finish(IXLWorksheet sheet, int nextRow, int columns)
    {
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(nextRow - 1, 1), columns).SetAutoFilter();
        // Fixed widths: measuring the contents needs fonts that a server need not have.
        sheet.Columns(1, columns).Width = 16;
        sheet.Column(1).Width = 36;
    }
}
