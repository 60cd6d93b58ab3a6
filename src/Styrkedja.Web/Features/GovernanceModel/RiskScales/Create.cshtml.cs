using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.RiskScales;

/// <summary>/GovernanceModel/RiskScales/Create?axis=: a new step on top of the axis (value = highest + 1).</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StepInput Input { get; set; } = new();

    public RiskAxis Axis { get; private set; }
    public int NextValue { get; private set; }

    public async Task<IActionResult> OnGetAsync(RiskAxis axis)
    {
        await LoadAsync(axis);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(RiskAxis axis)
    {
        await LoadAsync(axis);
        if (!ModelState.IsValid)
            return Page();
        var step = new RiskScaleStep { OrganisationId = db.OrganisationId!.Value, Axis = axis, Value = NextValue, Name = "" };
        Input.ApplyTo(step);
        db.RiskScaleSteps.Add(step);
        // Two administrators adding at once: the unique (axis, value) index refuses the later one.
        if (!await this.TrySaveOrShowConflictAsync(db, RiskText.StepNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RiskText.StepAdded, step.Value, step.Name, Labels.For(axis));
        return Redirect("/GovernanceModel/RiskScales");
    }

    private async Task LoadAsync(RiskAxis axis)
    {
        Axis = axis;
        NextValue = (await db.RiskScaleSteps.Where(s => s.Axis == axis).MaxAsync(s => (int?)s.Value) ?? 0) + 1;
    }
}
