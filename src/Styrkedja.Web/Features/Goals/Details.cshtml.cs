using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Activities;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Goals;

/// <summary>One goal with both directions of the chain: what it contributes to, and what contributes to it.</summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public Goal Goal { get; private set; } = null!;
    public PlanningYear Year { get; private set; } = null!;
    public GoalChain Chain { get; private set; } = null!;
    public bool MayEdit { get; private set; }
    public bool MayCreate { get; private set; }
    public GoalStatusReading StatusReading { get; private set; } = null!;
    public GoalStatus Status => StatusReading.For(Goal.Id);
    public ActivitiesForGoal Activities { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var year = await db.Goals.Where(g => g.Id == id).Select(g => g.PlanningYear).SingleOrDefaultAsync();
        if (year is null)
            return NotFound();
        Year = year;
        Chain = await GoalChain.LoadAsync(db, year.Id);
        Goal = Chain.Goals[id];
        if (!await access.CanAsync(UnitAction.Read, Goal.OwnerUnit!))
            return Forbid();
        MayEdit = await access.CanAsync(UnitAction.Edit, Goal.OwnerUnit!);
        MayCreate = await access.MayEditSomethingAsync();
        StatusReading = await GoalStatusReading.LoadAsync(db, [Goal]);
        Activities = await ActivitiesForGoal.LoadAsync(db, id, clock);
        return Page();
    }
}
