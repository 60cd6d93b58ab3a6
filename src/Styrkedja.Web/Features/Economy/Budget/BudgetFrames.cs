using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// The decided budget's frames for other features (the investment plan, the planeringsdirektiv): one
/// entry per committee and calendar year of the adopted proposal. Reading them asks no rights of its own
/// beyond the organisation boundary, since the budget is public in the organisation.
/// </summary>
public static class BudgetFrames
{
    public sealed record Frame(int OrgUnitId, int Year, decimal OperatingFrame, decimal InvestmentFrame);

    /// <summary>The planning year's adopted proposal with its frames, or null when none is adopted.</summary>
    public static Task<BudgetProposal?> AdoptedProposalAsync(StyrkedjaDbContext db, int planningYearId) =>
        db.BudgetProposals.AsNoTracking().Include(p => p.Frames)
            .FirstOrDefaultAsync(p => p.PlanningYearId == planningYearId && p.State == PlanState.Decided);

    /// <summary>The frames of the planning year's adopted proposal; empty when none is adopted.</summary>
    public static async Task<List<Frame>> AdoptedAsync(StyrkedjaDbContext db, int planningYearId) =>
        (await AdoptedProposalAsync(db, planningYearId))?.Frames
            .OrderBy(f => f.OrgUnitId).ThenBy(f => f.Year)
            .Select(f => new Frame(f.OrgUnitId, f.Year, f.OperatingFrame, f.InvestmentFrame))
            .ToList() ?? [];

    /// <summary>
    /// A committee's frames for a calendar year from the latest adopted budget that covers the year: this
    /// year's budget, else an earlier budget's plan years (the planeringsdirektiv comes before the budget it
    /// prepares). Null when no adopted budget has frames for it.
    /// </summary>
    public static Task<BudgetFrame?> LatestForAsync(StyrkedjaDbContext db, int orgUnitId, int year) =>
        db.BudgetFrames.AsNoTracking().Include(f => f.Proposal)
            .Where(f => f.OrgUnitId == orgUnitId && f.Year == year && f.Proposal!.State == PlanState.Decided)
            .OrderByDescending(f => f.Proposal!.PlanningYear!.Year)
            .FirstOrDefaultAsync();
}
