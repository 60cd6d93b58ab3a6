using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// What the pages that act on one plan share: loading it with what its content needs, the access
/// check (404 for another organisation's plan, 403 without the right), the refusal of any change to
/// a decided plan or an older revision, and saving a change as a change of the plan at the version
/// the form saw.
/// </summary>
public abstract class PlanPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    /// <summary>Loads the plan (tracked) with its unit, year and sections; a refusal (404, 403) when it cannot be used.</summary>
    protected async Task<IActionResult?> LoadPlanAsync(int id, UnitAction action)
    {
        var plan = await db.Plans.Include(p => p.OrgUnit).Include(p => p.PlanningYear).Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return NotFound();
        if (!await access.CanAsync(action, plan.OrgUnit!))
            return Forbid();
        Plan = plan;
        return null;
    }

    /// <summary>
    /// As <see cref="LoadPlanAsync"/>, for a change of the plan: a decided plan or an older revision
    /// sends the user back to the plan page with the reason, whatever the request asked for.
    /// </summary>
    protected async Task<IActionResult?> LoadChangeablePlanAsync(int id, UnitAction action = UnitAction.Edit)
    {
        if (await LoadPlanAsync(id, action) is { } refusal)
            return refusal;
        if (await PlanRules.WhyLockedAsync(db, Plan) is { } locked)
            return BackToPlan(locked);
        return null;
    }

    /// <summary>To the plan page, with a refusal shown at its top when given.</summary>
    protected IActionResult BackToPlan(string? refusal = null, int? planId = null)
    {
        if (refusal is not null)
            TempData[PlanRules.RefusalKey] = refusal;
        return Redirect($"/Plans/Details/{planId ?? Plan.Id}");
    }

    /// <summary>
    /// Saves the changes made to the plan or under it (its sections) as a change of the plan at the
    /// version the form saw, then back to the plan page; on a conflict the form again with the message.
    /// </summary>
    protected async Task<IActionResult> SavePlanAsync(int formVersion)
    {
        db.ExpectVersion(Plan, formVersion, evenIfUnchanged: true);
        if (await this.TrySaveOrShowConflictAsync(db, PlanText.PlanNoun, clock))
            return BackToPlan();
        return Page();
    }

    /// <summary>
    /// As <see cref="SavePlanAsync"/> for forms that live on the plan page itself (state buttons):
    /// a conflict is shown at the top of the plan page, a success as the message <paramref name="done"/>.
    /// </summary>
    protected async Task<IActionResult> SavePlanFromPlanPageAsync(int formVersion, string? done = null)
    {
        db.ExpectVersion(Plan, formVersion, evenIfUnchanged: true);
        if (await db.TrySaveAsync(PlanText.PlanNoun, clock) is { } conflict)
            return BackToPlan(conflict);
        if (done is not null)
            TempData["Message"] = done;
        return BackToPlan();
    }
}
