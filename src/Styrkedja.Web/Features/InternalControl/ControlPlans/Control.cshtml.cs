using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// Adds a control to an undecided plan or changes one. The risk is chosen among the unit's risks of the
/// plan's year; a posted risk from elsewhere is refused like any invalid field.
/// </summary>
public class ControlModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ControlPlanPageModel(db, access, clock)
{
    [BindProperty]
    public ControlInput Input { get; set; } = new();

    public Control? Existing { get; private set; }
    public List<FieldOption> RiskOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int planId, int? id)
    {
        if (await LoadAsync(planId, id) is { } refusal)
            return refusal;
        Input = Existing is null ? new ControlInput { Version = Plan.Version } : ControlInput.From(Existing);
        RiskOptions = ControlChoices.RiskOptions(await ControlChoices.RisksAsync(Db, Plan), Input.RiskId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int? id)
    {
        if (await LoadAsync(planId, id) is { } refusal)
            return refusal;
        var risks = await ControlChoices.RisksAsync(Db, Plan);
        RiskOptions = ControlChoices.RiskOptions(risks, Input.RiskId);
        if (Input.RiskId is { } riskId && risks.All(r => r.Id != riskId))
            ModelState.AddModelError("Input.RiskId", ControlText.ErrorRiskUnknown);
        if (!ModelState.IsValid)
            return Page();

        if (Existing is { } control)
        {
            Input.ApplyTo(control);
            Db.ExpectVersion(control, Input.Version, evenIfUnchanged: true);
            if (!await this.TrySaveOrShowConflictAsync(Db, ControlText.ControlNoun, Clock))
                return Page();
            return BackToPlan(message: string.Format(ControlText.ControlSaved, control.Title));
        }
        var added = new Control { OrganisationId = Plan.OrganisationId, InternalControlPlanId = Plan.Id, Title = "" };
        Input.ApplyTo(added);
        added.SortOrder = await Db.Controls.Where(c => c.InternalControlPlanId == Plan.Id).MaxAsync(c => (int?)c.SortOrder) + 1 ?? 1;
        Db.Controls.Add(added);
        return await SavePlanAsync(Input.Version, string.Format(ControlText.ControlSaved, added.Title));
    }

    private async Task<IActionResult?> LoadAsync(int planId, int? id)
    {
        if (await LoadPlanAsync(planId, PlanUse.Change) is { } refusal)
            return refusal;
        if (id is null)
            return null;
        Existing = await Db.Controls.SingleOrDefaultAsync(c => c.Id == id && c.InternalControlPlanId == planId);
        return Existing is null ? NotFound() : null;
    }
}
