using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>
/// A unit's economy at a report round from the ledger, tkr: budget for the year and to date, outcome to
/// date, the proposed full-year forecast (outcome to date + the budget of the remaining months) and the
/// controller's forecast when one is saved.
/// </summary>
public sealed record UnitEconomy(
    OrgUnit Unit, decimal BudgetYear, decimal BudgetToDate, decimal OutcomeToDate, decimal Proposal, EconomyForecast? Forecast)
{
    /// <summary>The saved forecast, else the proposal.</summary>
    public decimal ForecastYear => Forecast?.Amount ?? Proposal;

    /// <summary>Budget minus forecast: positive is a surplus.</summary>
    public decimal Deviation => BudgetYear - ForecastYear;
}

/// <summary>
/// The ledger's figures for the units of a report round. A unit's figures cover its own ledger objects and
/// those of the units below it that do not follow up in the round themselves, so that a committee's report
/// carries its administration while the consolidation, which sums the reports, counts every krona once.
/// The units that follow up are the round's reporting units or, for a round no unit writes (an
/// economy-only månadsrapport), the board and the committees.
/// </summary>
public sealed class RoundEconomy
{
    private readonly OrgTree _tree;
    private readonly LedgerYear _ledger;
    private readonly HashSet<int> _reporting;
    private readonly Dictionary<int, EconomyForecast> _forecasts;

    private RoundEconomy(ReportRound round, OrgTree tree, LedgerYear ledger, HashSet<int> reporting, Dictionary<int, EconomyForecast> forecasts)
    {
        Round = round;
        _tree = tree;
        _ledger = ledger;
        _reporting = reporting;
        _forecasts = forecasts;
    }

    public ReportRound Round { get; }

    /// <summary>Whether the ledger has anything for the round's year.</summary>
    public bool HasLedger => !_ledger.IsEmpty;

    /// <summary>The units that follow up in the round, in tree order.</summary>
    public IEnumerable<OrgUnit> Units => _tree.InTreeOrder().Where(u => _reporting.Contains(u.Id));

    /// <param name="round">With its planning year loaded.</param>
    public static async Task<RoundEconomy> LoadAsync(StyrkedjaDbContext db, ReportRound round)
    {
        var tree = await OrgTree.LoadAsync(db);
        var reporting = (await db.Reports.Where(r => r.ReportRoundId == round.Id).Select(r => r.OrgUnitId).ToListAsync()).ToHashSet();
        if (reporting.Count == 0)
            reporting = tree.InTreeOrder().Where(u => !u.IsClosed && u.Kind is OrgUnitKind.Styrelse or OrgUnitKind.Namnd)
                .Select(u => u.Id).ToHashSet();
        var forecasts = await db.EconomyForecasts.Where(f => f.ReportRoundId == round.Id).ToDictionaryAsync(f => f.OrgUnitId);
        return new RoundEconomy(round, tree, await LedgerYear.LoadAsync(db, round.PlanningYear!.Year), reporting, forecasts);
    }

    /// <summary>The unit's figures; null when the ledger has nothing for the units it covers.</summary>
    public UnitEconomy? For(OrgUnit unit)
    {
        var covered = Covered(unit);
        if (!_ledger.Covers(covered))
            return null;
        var month = Round.Month;
        var outcome = Tkr(_ledger.Total(covered, LedgerAmountKind.Outcome, 1, month));
        var budgetToDate = Tkr(_ledger.Total(covered, LedgerAmountKind.Budget, 1, month));
        var budgetYear = Tkr(_ledger.Total(covered, LedgerAmountKind.Budget));
        var remaining = Tkr(_ledger.Total(covered, LedgerAmountKind.Budget, month + 1, 12));
        return new UnitEconomy(unit, budgetYear, budgetToDate, outcome, outcome + remaining, _forecasts.GetValueOrDefault(unit.Id));
    }

    /// <summary>The unit and the units below it, less the subtrees of units below that follow up themselves.</summary>
    private HashSet<int> Covered(OrgUnit unit)
    {
        var covered = new HashSet<int> { unit.Id };
        var stack = new Stack<OrgUnit>(_tree.ChildrenOf(unit.Id));
        while (stack.TryPop(out var child))
        {
            if (_reporting.Contains(child.Id))
                continue;
            covered.Add(child.Id);
            foreach (var grandchild in _tree.ChildrenOf(child.Id))
                stack.Push(grandchild);
        }
        return covered;
    }

    /// <summary>Kronor to tkr with the two decimals the report's figures hold.</summary>
    public static decimal Tkr(decimal kronor) => decimal.Round(kronor / 1000m, 2);
}
