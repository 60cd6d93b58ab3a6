using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Levels;

/// <summary>
/// A level is deleted only while no goal (of any planning year) uses it; its allowed links, both
/// to and from it, go with it. The audit log keeps all of it.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public GoalLevel Level { get; private set; } = null!;
    public int GoalCount { get; private set; }

    public DeleteView View => new(string.Format(ModelText.LevelDeleteConfirm, Level.Name),
        GoalCount == 0 ? null : string.Format(ModelText.LevelInUse, Level.Name, GoalCount), Version);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Version = Level.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (GoalCount > 0)
            return Page();
        // Load the links so that their removal is tracked and audited, not left to the cascade.
        db.GoalLevelLinks.RemoveRange(await db.GoalLevelLinks.Where(l => l.LevelId == id || l.ParentLevelId == id).ToListAsync());
        db.ExpectVersion(Level, Version);
        db.GoalLevels.Remove(Level);
        if (!await this.TrySaveAsync(db, ModelText.LevelNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ModelText.LevelDeleted, Level.Name);
        return Redirect("/GovernanceModel");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.GoalLevels.SingleOrDefaultAsync(l => l.Id == id) is not { } level)
            return false;
        Level = level;
        GoalCount = await db.Goals.CountAsync(g => g.LevelId == id);
        return true;
    }
}
