using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Economy.Budget;

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
        if (await BudgetFrames.AdoptedProposalAsync(db, planningYearId) is not { } adopted)
            return null;
        return new InvestmentFrames(adopted.Name, adopted.Frames.ToDictionary(f => (f.OrgUnitId, f.Year), f => f.InvestmentFrame));
    }
}
