using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget/Adopt?id=: records from the minutes that the assembly adopted this proposal as the
/// year's budget (the decision fields of plans). It is then locked, and no other proposal of the year may
/// be adopted: a year has one decided budget.
/// </summary>
public class AdoptModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ProposalPageModel(db, access, clock)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var assembly = await Db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Fullmaktige).OrderBy(u => u.Path)
            .Select(u => u.Name).FirstOrDefaultAsync();
        Input = new DecisionInput { DecidedBy = assembly ?? "", Version = Proposal.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Proposal, ModelState, SwedishTime.Today(Clock)))
            return Page();
        Proposal.State = PlanState.Decided;
        Db.ExpectVersion(Proposal, Input.Version);
        if (!await this.TrySaveOrShowConflictAsync(Db, BudgetText.ProposalNoun, Clock))
            return Page();
        return BackToProposal(message: BudgetText.Adopted);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadProposalAsync(id, change: true) is { } refusal)
            return refusal;
        var yearId = Proposal.PlanningYearId;
        var adopted = await Db.BudgetProposals.Where(p => p.PlanningYearId == yearId && p.State == PlanState.Decided)
            .Select(p => p.Name).FirstOrDefaultAsync();
        return adopted is null ? null : BackToProposal(string.Format(BudgetText.ErrorOtherAdopted, adopted));
    }
}
