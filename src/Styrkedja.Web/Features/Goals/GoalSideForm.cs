using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// What the goal's side forms (its indicators, its manual assessment) share: they may be used by those
/// who may edit the goal, and every change through them bumps and checks the goal's version, so that two
/// people changing the goal's indicators or assessment at once are told rather than overwriting each other.
/// </summary>
public static class GoalSideForm
{
    /// <summary>The goal (tracked) with its owner, or why not: null goal means 404, false access means 403.</summary>
    public static async Task<(Goal? Goal, bool MayEdit)> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, int id)
    {
        var goal = await db.Goals.Include(g => g.OwnerUnit).SingleOrDefaultAsync(g => g.Id == id);
        return (goal, goal is not null && await access.CanAsync(UnitAction.Edit, goal.OwnerUnit!));
    }

    /// <summary>Saves the changes made under the goal as a change of the goal at the version the form saw.</summary>
    public static async Task<bool> TrySaveAsync(StyrkedjaDbContext db, Goal goal, int formVersion, TimeProvider clock,
        ModelStateDictionary state, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, string reloadUrl)
    {
        db.ExpectVersion(goal, formVersion);
        db.Entry(goal).Property(g => g.UpdatedAt).IsModified = true;
        if (await db.TrySaveAsync(Resources.GoalText.GoalNoun, clock) is not { } conflict)
            return true;
        state.AddModelError("", conflict);
        viewData["ReloadUrl"] = reloadUrl;
        return false;
    }
}
