using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ModelInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.GovernanceModels.SingleOrDefaultAsync() is not { } model)
            return NotFound();
        Input = ModelInput.From(model);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await db.GovernanceModels.SingleOrDefaultAsync() is not { } model)
            return NotFound();
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(model, Input.Version);
        Input.ApplyTo(model);
        if (!await this.TrySaveOrShowConflictAsync(db, ModelText.ModelNoun, clock))
            return Page();
        TempData["Message"] = Common.Saved;
        return Redirect("/GovernanceModel");
    }
}
