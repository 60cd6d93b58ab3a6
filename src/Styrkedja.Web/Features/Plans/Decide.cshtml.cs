using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// Registrera beslut: records the decision of a plan under beredning from the minutes and locks it,
/// keeping a snapshot of its content so that it reads as decided whatever changes afterwards.
/// </summary>
public class DecideModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PlanPageModel(db, access, clock)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = new DecisionInput { DecidedBy = await PlanRules.DecidingBodyAsync(Db, Plan.OrgUnit!), Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!Input.TryRecord(Plan, ModelState, SwedishTime.Today(Clock)))
            return Page();
        Plan.Snapshot = await PlanContentReader.SnapshotAsync(Db, Plan);
        Plan.State = PlanState.Decided;
        return await SavePlanAsync(Input.Version);
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadChangeablePlanAsync(id, UnitAction.Review) is { } refusal)
            return refusal;
        return Plan.State == PlanState.InPreparation ? null : BackToPlan(PlanText.ErrorNotInPreparation);
    }
}
