using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ProcessSteps;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, CurrentUser user) : PageModel
{
    [BindProperty]
    public ProcessStepInput Input { get; set; } = new();

    public List<ReportType> ReportTypes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ReportTypes = await ProcessStepForm.ReportTypesAsync(db);
        // A new step goes last in the template unless the administrator says otherwise.
        Input.SortOrder = 1 + (await db.ProcessSteps.MaxAsync(s => (int?)s.SortOrder) ?? 0);
        Input.Body = null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ReportTypes = await ProcessStepForm.ReportTypesAsync(db);
        Input.Validate(ModelState, ReportTypes.Select(t => t.Id).ToList());
        if (!ModelState.IsValid)
            return Page();
        var step = new ProcessStep { OrganisationId = user.OrganisationId!.Value, Name = "" };
        Input.ApplyTo(step);
        db.ProcessSteps.Add(step);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(YearWheelText.StepCreated, step.Name);
        return Redirect("/GovernanceModel/ProcessSteps");
    }
}
