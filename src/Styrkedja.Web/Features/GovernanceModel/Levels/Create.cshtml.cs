using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, CurrentUser user) : PageModel
{
    [BindProperty]
    public LevelInput Input { get; set; } = new();

    public LevelForm Form { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Form = (await LevelForm.LoadAsync(db, null))!;
        // A new level goes to the bottom of the chain unless the administrator says otherwise.
        Input.SortOrder = Form.Levels.Count == 0 ? 0 : Form.Levels.Max(l => l.SortOrder) + 1;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Form = (await LevelForm.LoadAsync(db, null))!;
        Form.Validate(Input, ModelState);
        if (!ModelState.IsValid)
            return Page();
        var level = new GoalLevel { OrganisationId = user.OrganisationId!.Value, Name = "" };
        Input.ApplyTo(level);
        db.GoalLevels.Add(level);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(ModelText.LevelCreated, level.Name);
        return Redirect("/GovernanceModel");
    }
}
