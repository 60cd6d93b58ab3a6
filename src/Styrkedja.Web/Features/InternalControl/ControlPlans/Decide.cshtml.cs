using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// Registrera beslut: the controller over the committee records the decision of a plan under beredning
/// from the minutes (the same fields as a plan's decision) and the plan is locked.
/// </summary>
public class DecideModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ControlPlanPageModel(db, access, clock)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new DecisionInput { DecidedBy = Plan.OrgUnit!.Name, Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Plan, ModelState, SwedishTime.Today(Clock)))
            return Page();
        Plan.State = PlanState.Decided;
        return await SavePlanAsync(Input.Version, ControlText.Decided);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadPlanAsync(id, PlanUse.Decide) is { } refusal)
            return refusal;
        return Plan.State == PlanState.InPreparation ? null : BackToPlan(PlanText.ErrorNotInPreparation);
    }
}
