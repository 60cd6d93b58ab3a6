using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.Goals;

/// <summary>Deleting a goal removes its links both ways; the audit log keeps all of it.</summary>
public class DeleteModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Goal Goal { get; private set; } = null!;
    public List<Goal> Contributors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Version = Goal.Version;
        await RefuseIfAssessedAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (await RefuseIfAssessedAsync(id))
            return Page();
        // Load the links that point at the goal so that their removal is tracked and audited.
        await db.GoalLinks.Where(l => l.ParentGoalId == id).LoadAsync();
        db.ExpectVersion(Goal, Version);
        db.Goals.Remove(Goal);
        if (!await this.TrySaveOrShowConflictAsync(db, Resources.GoalText.GoalNoun, clock))
            return Page();
        TempData["Message"] = string.Format(Resources.GoalText.Deleted, Goal.Title);
        return Redirect($"/Goals?year={Goal.PlanningYear!.Year}");
    }

    /// <summary>
    /// A goal a report has assessed is part of what a committee reported and cannot go (the database
    /// refuses it too): the page says so instead of failing.
    /// </summary>
    private async Task<bool> RefuseIfAssessedAsync(int id)
    {
        if (!await db.ReportGoalAssessments.AnyAsync(a => a.GoalId == id))
            return false;
        ModelState.AddModelError("", Resources.GoalText.ErrorAssessedInReport);
        return true;
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var goal = await db.Goals.Include(g => g.ContributesTo).Include(g => g.OwnerUnit).Include(g => g.PlanningYear)
            .SingleOrDefaultAsync(g => g.Id == id);
        if (goal is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Edit, goal.OwnerUnit!))
            return Forbid();
        Goal = goal;
        Contributors = await db.GoalLinks.Where(l => l.ParentGoalId == id).Select(l => l.Goal!).AsNoTracking().ToListAsync();
        return null;
    }
}
