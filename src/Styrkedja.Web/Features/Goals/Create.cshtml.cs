using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Goals;

public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    [BindProperty]
    public GoalInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public GoalForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? parent)
    {
        if (await LoadFormAsync() is { } refusal)
            return refusal;
        if (parent is not null && Form.Chain.Goals.TryGetValue(parent.Value, out var parentGoal))
        {
            Input.ContributesTo.Add(parentGoal.Id);
            Input.LevelId = Form.Levels.FirstOrDefault(l => l.AllowedParents.Any(p => p.ParentLevelId == parentGoal.LevelId))?.Id;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadFormAsync() is { } refusal)
            return refusal;
        if (!await Form.CheckOwnerAsync(db, Input, ModelState))
            return Forbid();
        await Form.ValidateAsync(db, Input, ModelState, goalId: null);
        if (!ModelState.IsValid)
            return Page();

        var goal = new Goal { OrganisationId = Form.Year.OrganisationId, PlanningYearId = Form.Year.Id, Title = "" };
        Input.ApplyTo(goal);
        db.Goals.Add(goal);
        await db.SaveChangesAsync();
        return Redirect($"/Goals/Details/{goal.Id}");
    }

    private async Task<IActionResult?> LoadFormAsync()
    {
        var year = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == Year);
        if (year is null)
            return NotFound();
        if (!await access.MayEditSomethingAsync())
            return Forbid();
        Form = await GoalForm.LoadAsync(db, access, year);
        return null;
    }
}
