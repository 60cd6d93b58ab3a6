using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;
using Styrkedja.Web.Features.PlanningDocuments;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments/Decide/{id}: the central staff record the decision on the plan from the minutes (the
/// same fields as a plan's decision); the plan is locked then, and every later change to it is refused.
/// </summary>
public class DecideModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : InvestmentPlanPageModel(db, access, clock)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPlanAsync(id, InvestmentUse.Assess) is { } refusal)
            return refusal;
        Input = new DecisionInput { DecidedBy = await PlanningDocumentRules.BoardNameAsync(Db), Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadPlanAsync(id, InvestmentUse.Assess) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Plan, ModelState, SwedishTime.Today(Clock)))
            return Page();
        Plan.State = PlanState.Decided;
        Db.ExpectVersion(Plan, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(Db, InvestmentText.PlanNoun, Clock))
            return Page();
        return BackToPlan(message: InvestmentText.Decided);
    }
}
