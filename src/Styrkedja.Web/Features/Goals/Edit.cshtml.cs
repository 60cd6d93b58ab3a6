using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.Goals;

public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public Goal Goal { get; private set; } = null!;
    public GoalForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = GoalInput.From(Goal);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!await Form.CheckOwnerAsync(db, Input, ModelState))
            return Forbid();
        await Form.ValidateAsync(db, Input, ModelState, Goal.Id);
        if (!ModelState.IsValid)
            return Page();

        // A change of links alone must still bump (and check) the goal's version.
        db.ExpectVersion(Goal, Input.Version, evenIfUnchanged: true);
        Input.ApplyTo(Goal);
        if (!await this.TrySaveOrShowConflictAsync(db, Resources.GoalText.GoalNoun, clock))
            return Page();
        return Redirect($"/Goals/Details/{id}");
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
        Form = await GoalForm.LoadAsync(db, access, goal.PlanningYear!, goal.OwnerUnit);
        return null;
    }
}
