using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// What the goal's side pages (its indicators, its manual assessment) share: they may be used by those
/// who may edit the goal (as Goals/Edit), and every change through them bumps and checks the goal's
/// version, so two people changing them at once are told instead of overwriting each other.
/// </summary>
public abstract class GoalSidePageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public Goal Goal { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;

    /// <summary>Loads the goal (tracked) with its owner; a refusal (404, 403) when it cannot be used.</summary>
    protected async Task<IActionResult?> LoadGoalAsync(int id)
    {
        var goal = await db.Goals.Include(g => g.OwnerUnit).SingleOrDefaultAsync(g => g.Id == id);
        if (goal is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Edit, goal.OwnerUnit!))
            return Forbid();
        Goal = goal;
        return null;
    }

    /// <summary>
    /// Saves the changes made under the goal as a change of the goal at the version the form saw, then
    /// back to the goal page; on a conflict the form again, with the message and a reload link.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(int formVersion)
    {
        db.ExpectVersion(Goal, formVersion, evenIfUnchanged: true);
        if (await this.TrySaveOrShowConflictAsync(db, Resources.GoalText.GoalNoun, clock))
            return Redirect($"/Goals/Details/{Goal.Id}");
        return Page();
    }
}
