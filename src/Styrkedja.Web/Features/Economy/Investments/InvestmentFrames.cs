using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// The committees' investment frames (tkr) of the adopted budget of a planning year: the proposal that is
/// decided. Without an adopted budget there is no frame to be over, so <see cref="LoadAsync"/> gives null.
/// </summary>
public sealed class InvestmentFrames(string proposalName, IReadOnlyDictionary<(int UnitId, int Year), decimal> frames)
{
    public string ProposalName { get; } = proposalName;

    /// <summary>The committee's frame for the year, or null when the adopted budget gives it none.</summary>
    public decimal? For(int unitId, int year) => frames.TryGetValue((unitId, year), out var frame) ? frame : null;

    public static async Task<InvestmentFrames?> LoadAsync(StyrkedjaDbContext db, int planningYearId)
    {
        var adopted = await db.BudgetProposals.AsNoTracking()
            .Where(p => p.PlanningYearId == planningYearId && p.State == PlanState.Decided)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync();
        if (adopted is null)
            return null;
        var frames = await db.BudgetFrames.AsNoTracking().Where(f => f.BudgetProposalId == adopted.Id)
            .Select(f => new { f.OrgUnitId, f.Year, f.InvestmentFrame }).ToListAsync();
        return new InvestmentFrames(adopted.Name, frames.ToDictionary(f => (f.OrgUnitId, f.Year), f => f.InvestmentFrame));
    }
}
