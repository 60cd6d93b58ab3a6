using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

/// <summary>
/// Removes a step from the template. The years' items made from it stay (as items of their own), since a
/// year's calendar is history; a step that an evaluation not yet applied proposes to change is kept until
/// the evaluation is applied, so that the proposal does not turn into a proposal for a new step.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public ProcessStep Step { get; private set; } = null!;
    public bool IsProposedForChange { get; private set; }

    public DeleteView View => new(string.Format(YearWheelText.StepDeleteConfirm, Step.Name),
        IsProposedForChange ? string.Format(YearWheelText.StepInEvaluation, Step.Name) : null, Version);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Version = Step.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (IsProposedForChange)
            return Page();
        db.ExpectVersion(Step, Version);
        db.ProcessSteps.Remove(Step);
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.StepNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearWheelText.StepDeleted, Step.Name);
        return Redirect("/GovernanceModel/ProcessSteps");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.ProcessSteps.SingleOrDefaultAsync(s => s.Id == id) is not { } step)
            return false;
        Step = step;
        IsProposedForChange = await db.ProcessChanges.AnyAsync(c => c.ProcessStepId == id && c.Evaluation!.AppliedOn == null);
        return true;
    }
}
