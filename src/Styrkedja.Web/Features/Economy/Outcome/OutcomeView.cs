using Styrkedja.Documents.Charts;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>Budget and outcome of one row (a month, a budget line or a unit), tkr; outcome is null for a month not yet booked.</summary>
public sealed record OutcomeRow(string Name, decimal Budget, decimal? Outcome, int? UnitId = null)
{
    /// <summary>Budget minus outcome: positive is a surplus.</summary>
    public decimal? Deviation => Budget - Outcome;
}

/// <summary>A table of rows with their total, on the page of a unit and year.</summary>
public sealed record OutcomeTable(string Id, string Caption, string FirstColumn, IReadOnlyList<OutcomeRow> Rows, OutcomeRow Total, int Year);

/// <summary>
/// Outcome against budget for one unit and year, rolled up over the unit's subtree: per month (with the
/// year to date), per budget line and per unit directly below. The page and the Excel file render it.
/// </summary>
public sealed record OutcomeView(
    OrgUnit Unit, int Year, int LastMonth, IReadOnlyList<OutcomeRow> Months, OutcomeRow ToDate, IReadOnlyList<OutcomeRow> Lines,
    IReadOnlyList<OutcomeRow> Children)
{
    public static OutcomeView Build(LedgerYear ledger, OrgTree tree, OrgUnit unit, IReadOnlyList<BudgetLine> lines)
    {
        var units = LedgerYear.Subtree(tree, unit);
        var last = ledger.LastOutcomeMonth;
        var months = Enumerable.Range(1, 12).Select(m => new OutcomeRow(
            Infrastructure.ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(m),
            RoundEconomy.Tkr(ledger.Total(units, LedgerAmountKind.Budget, m, m)),
            m <= last ? RoundEconomy.Tkr(ledger.Total(units, LedgerAmountKind.Outcome, m, m)) : null)).ToList();
        OutcomeRow ToDate(string name, IReadOnlySet<int> ids, int? lineId = null, int? unitId = null) => new(name,
            RoundEconomy.Tkr(ledger.Total(ids, LedgerAmountKind.Budget, 1, last, lineId)),
            RoundEconomy.Tkr(ledger.Total(ids, LedgerAmountKind.Outcome, 1, last, lineId)), unitId);
        var lineRows = lines.Where(l => ledger.BudgetLineIds.Contains(l.Id)).Select(l => ToDate(l.Name, units, l.Id)).ToList();
        // The unit's own ledger objects as a row of their own, so that the rows add up to the unit's total.
        var own = new HashSet<int> { unit.Id };
        var children = tree.ChildrenOf(unit.Id).Select(c => (Unit: c, Ids: LedgerYear.Subtree(tree, c)))
            .Where(c => ledger.Covers(c.Ids)).Select(c => ToDate(c.Unit.Name, c.Ids, unitId: c.Unit.Id))
            .Prepend(ledger.Covers(own) ? ToDate(string.Format(OutcomeText.OwnLevel, unit.Name), own) : null)
            .OfType<OutcomeRow>().ToList();
        return new OutcomeView(unit, ledger.Year, last, months, ToDate(OutcomeText.ToDate, units), lineRows, children);
    }

    /// <summary>Budget and outcome per month as bars, mnkr (the table beside it gives tkr).</summary>
    public BarChart Chart() => new(
        string.Format(OutcomeText.ChartTitle, Unit.Name, Year), OutcomeText.ChartAxis,
        Months.Select(m => m.Name[..3]).ToList(),
        [
            new BarSeries(OutcomeText.Budget, Months.Select(m => (double)(m.Budget / 1000m)).ToList()),
            new BarSeries(OutcomeText.Outcome, Months.Select(m => (double)((m.Outcome ?? 0) / 1000m)).ToList()),
        ]);
}
