using ClosedXML.Excel;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// A proposal's frames, or a comparison of proposals, as an Excel workbook: one sheet per year with a row
/// per committee, for each proposal its operating and investment frame and, after the first proposal, the
/// difference against it; a total row at the end. Amounts are numbers (tkr) so that the reader can go on
/// calculating with them.
/// </summary>
public static class BudgetWorkbook
{
    private const string AmountFormat = "#,##0";

    public static byte[] Write(BudgetComparison comparison)
    {
        using var workbook = new XLWorkbook();
        foreach (var year in comparison.Years)
        {
            var sheet = workbook.Worksheets.Add(year.ToString());
            var titles = new List<string> { BudgetText.Committee };
            foreach (var proposal in comparison.Proposals)
                foreach (var kind in Enum.GetValues<FrameKind>())
                {
                    titles.Add($"{proposal.Name}: {BudgetComparison.KindName(kind)} (tkr)");
                    if (proposal != comparison.Baseline)
                        titles.Add($"{proposal.Name}: {BudgetText.DifferenceShort} {BudgetComparison.KindName(kind).ToLowerInvariant()} (tkr)");
                }
            for (var column = 1; column <= titles.Count; column++)
                sheet.Cell(1, column).SetValue(titles[column - 1]);
            var row = 2;
            foreach (var unit in comparison.Committees)
            {
                sheet.Cell(row, 1).SetValue(unit.Name);
                WriteAmounts(sheet.Row(row), comparison, (p, k) => BudgetComparison.Amount(p, unit.Id, year, k),
                    (p, k) => comparison.Difference(p, unit.Id, year, k));
                row++;
            }
            sheet.Cell(row, 1).SetValue(BudgetText.Total);
            WriteAmounts(sheet.Row(row), comparison, (p, k) => BudgetComparison.Total(p, year, k),
                (p, k) => comparison.TotalDifference(p, year, k));
            sheet.Row(row).Style.Font.Bold = true;
            sheet.Row(1).Style.Font.Bold = true;
            sheet.Row(1).Style.Alignment.WrapText = true;
            sheet.SheetView.FreezeRows(1);
            sheet.Column(1).Width = 40;
            for (var column = 2; column <= titles.Count; column++)
            {
                sheet.Column(column).Width = 20;
                sheet.Column(column).Style.NumberFormat.Format = AmountFormat;
            }
        }
        return ValueSheet.Save(workbook);
    }

    private static void WriteAmounts(IXLRow row, BudgetComparison comparison,
        Func<Domain.BudgetProposal, FrameKind, decimal> amount, Func<Domain.BudgetProposal, FrameKind, decimal> difference)
    {
        var column = 2;
        foreach (var proposal in comparison.Proposals)
            foreach (var kind in Enum.GetValues<FrameKind>())
            {
                row.Cell(column++).SetValue(amount(proposal, kind));
                if (proposal != comparison.Baseline)
                    row.Cell(column++).SetValue(difference(proposal, kind));
            }
    }
}
