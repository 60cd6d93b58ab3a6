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

/// <summary>Changes a step of the template; the years already generated keep their items (they are edited per year).</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ProcessStepInput Input { get; set; } = new();

    public List<ReportType> ReportTypes { get; private set; } = [];
    public ProcessStep Step { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input = ProcessStepInput.From(Step);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Input.Validate(ModelState, ReportTypes.Select(t => t.Id).ToList());
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(Step, Input.Version);
        Input.ApplyTo(Step);
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.StepNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearWheelText.StepSaved, Step.Name);
        return Redirect("/GovernanceModel/ProcessSteps");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.ProcessSteps.SingleOrDefaultAsync(s => s.Id == id) is not { } step)
            return false;
        Step = step;
        ReportTypes = await ProcessStepForm.ReportTypesAsync(db);
        return true;
    }
}
