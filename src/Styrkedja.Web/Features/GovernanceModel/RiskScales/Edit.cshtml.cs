using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.RiskScales;

/// <summary>/GovernanceModel/RiskScales/Edit/{id}: a step renamed or described; its value never changes.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StepInput Input { get; set; } = new();

    public RiskScaleStep Step { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.RiskScaleSteps.SingleOrDefaultAsync(s => s.Id == id) is not { } step)
            return NotFound();
        Step = step;
        Input = StepInput.From(step);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.RiskScaleSteps.SingleOrDefaultAsync(s => s.Id == id) is not { } step)
            return NotFound();
        Step = step;
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(step, Input.Version);
        Input.ApplyTo(step);
        if (!await this.TrySaveOrShowConflictAsync(db, RiskText.StepNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RiskText.StepSaved, step.Value, step.Name);
        return Redirect("/GovernanceModel/RiskScales");
    }
}
