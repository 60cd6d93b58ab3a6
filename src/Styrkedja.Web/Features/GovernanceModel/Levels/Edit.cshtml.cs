using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    public LevelForm Form { get; private set; } = null!;

    private GoalLevel Level => Form.Level!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LevelForm.LoadAsync(db, id) is not { } form)
            return NotFound();
        Form = form;
        Input = LevelInput.From(Level);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LevelForm.LoadAsync(db, id) is not { } form)
            return NotFound();
        Form = form;
        Form.Validate(Input, ModelState);
        if (!ModelState.IsValid)
            return Page();

        // A change of links alone must still bump (and check) the level's version.
        db.ExpectVersion(Level, Input.Version, evenIfUnchanged: true);
        Input.ApplyTo(Level);
        if (!await this.TrySaveOrShowConflictAsync(db, ModelText.LevelNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ModelText.LevelSaved, Level.Name);
        return Redirect("/GovernanceModel");
    }
}
