using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>
/// A year of imported outcome and budget, summed per unit, budget line, month and kind in the database (a
/// few thousand sums however many ledger rows were imported), with sums over any set of units and months.
/// Amounts are kronor with the ledger's sign, so a sum is net cost; pages show tkr.
/// </summary>
public sealed class LedgerYear
{
    private readonly List<Sum> _sums;

    private LedgerYear(int year, List<Sum> sums)
    {
        Year = year;
        _sums = sums;
    }

    public int Year { get; }

    public bool IsEmpty => _sums.Count == 0;

    /// <summary>The last month with outcome, 0 when the year has none.</summary>
    public int LastOutcomeMonth => _sums.Where(s => s.Kind == LedgerAmountKind.Outcome).Select(s => s.Month).DefaultIfEmpty(0).Max();

    public IEnumerable<int> BudgetLineIds => _sums.Select(s => s.BudgetLineId).Distinct();

    public static async Task<LedgerYear> LoadAsync(StyrkedjaDbContext db, int year) =>
        new(year, await db.LedgerAmounts.Where(a => a.Year == year)
            .GroupBy(a => new { a.OrgUnitId, a.BudgetLineId, a.Month, a.Kind })
            .Select(g => new Sum(g.Key.OrgUnitId, g.Key.BudgetLineId, g.Key.Month, g.Key.Kind, g.Sum(a => a.Amount)))
            .ToListAsync());

    /// <summary>The sum of the units' amounts of a kind for months <paramref name="from"/>–<paramref name="to"/>, optionally of one budget line.</summary>
    public decimal Total(IReadOnlySet<int> unitIds, LedgerAmountKind kind, int from = 1, int to = 12, int? budgetLineId = null) =>
        _sums.Where(s => s.Kind == kind && s.Month >= from && s.Month <= to && unitIds.Contains(s.OrgUnitId)
                && (budgetLineId is null || s.BudgetLineId == budgetLineId))
            .Sum(s => s.Amount);

    /// <summary>Whether any of the units has amounts of the year.</summary>
    public bool Covers(IReadOnlySet<int> unitIds) => _sums.Any(s => unitIds.Contains(s.OrgUnitId));

    /// <summary>The unit and every unit below it: what a unit's figures roll up.</summary>
    public static IReadOnlySet<int> Subtree(OrgTree tree, OrgUnit unit) =>
        tree.InTreeOrder(unit.Id).Select(u => u.Id).Prepend(unit.Id).ToHashSet();

    private sealed record Sum(int OrgUnitId, int BudgetLineId, int Month, LedgerAmountKind Kind, decimal Amount);
}
