using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Excel;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget/Proposal?id=: one proposal with its years (tax rate, revenue, result, the financial
/// goals checked) and its frames per committee and year; the central staff edit, adopt or delete it here.
/// </summary>
public class ProposalModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ProposalPageModel(db, access, clock)
{
    public List<YearFigures> Figures { get; private set; } = [];
    public List<GoalCheck> Checks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadProposalAsync(id, change: false) is { } refusal)
            return refusal;
        Figures = BudgetFigures.Of(Proposal);
        Checks = BudgetFigures.CheckAll(await Db.FinancialGoals.AsNoTracking().OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync(), Figures);
        return Page();
    }

    /// <summary>The frames and years as an Excel workbook.</summary>
    public async Task<IActionResult> OnGetExcelAsync(int id)
    {
        if (await LoadProposalAsync(id, change: false) is { } refusal)
            return refusal;
        var comparison = new BudgetComparison([Proposal], HorizonYears.ToList(), Committees);
        return File(BudgetWorkbook.Write(comparison), ValueSheet.ContentType,
            $"{FileNames.Ascii(Proposal.Name)}-{Proposal.PlanningYear!.Year}.xlsx");
    }

    /// <summary>Deletes a proposal not adopted, with its years and frames.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int version)
    {
        if (await LoadProposalAsync(id, change: true) is { } refusal)
            return refusal;
        Db.ExpectVersion(Proposal, version);
        Db.BudgetProposals.Remove(Proposal);
        if (await Db.TrySaveAsync(BudgetText.ProposalNoun, Clock) is { } conflict)
            return BackToProposal(conflict);
        TempData["Message"] = string.Format(BudgetText.Deleted, Proposal.Name);
        return Redirect($"/Economy/Budget?year={Proposal.PlanningYear!.Year}");
    }
}
