using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>What a page needs before it may act on a control plan.</summary>
public enum PlanUse
{
    Read,

    /// <summary>Record results and actions: the unit's editors, also on a decided plan (that is what it is for).</summary>
    Follow,

    /// <summary>Change the controls or the state: the unit's editors, and only while the plan is not decided.</summary>
    Change,

    /// <summary>Return or decide: the controllers over the unit, and only while the plan is not decided.</summary>
    Decide,
}

/// <summary>
/// What the pages that act on one control plan share: loading it, the access rule of
/// <see cref="InternalControlAccess"/> (404 for what the user may not read, so that another committee's
/// plan is not even confirmed to exist; 403 for a change the user may not make), the lock of a decided
/// plan whatever the request asked for, and saving a change of the plan at the version the form saw.
/// </summary>
public abstract class ControlPlanPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>TempData key of a refusal shown at the top of the plan page after a redirect.</summary>
    public const string RefusalKey = "ControlPlanRefusal";

    public InternalControlPlan Plan { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    public static string DetailsUrl(int planId) => $"/InternalControl/ControlPlans/Details/{planId}";

    /// <summary>Loads the plan (tracked) with its unit and year; a refusal when it may not be used as asked.</summary>
    protected async Task<IActionResult?> LoadPlanAsync(int id, PlanUse use)
    {
        var plan = await db.InternalControlPlans.Include(p => p.OrgUnit).Include(p => p.PlanningYear)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null || !await InternalControlAccess.MayReadAsync(access, plan.OrgUnit!))
            return NotFound();
        var allowed = use switch
        {
            PlanUse.Read => true,
            PlanUse.Decide => await InternalControlAccess.MayDecideAsync(access, plan.OrgUnit!),
            _ => await InternalControlAccess.MayEditAsync(access, plan.OrgUnit!),
        };
        if (!allowed)
            return Forbid();
        Plan = plan;
        if (use is PlanUse.Change or PlanUse.Decide && plan.IsLocked)
            return BackToPlan(ControlText.ErrorLocked);
        return null;
    }

    /// <summary>To the plan page, with a refusal shown at its top when given.</summary>
    protected IActionResult BackToPlan(string? refusal = null, string? message = null)
    {
        if (refusal is not null)
            TempData[RefusalKey] = refusal;
        if (message is not null)
            TempData["Message"] = message;
        return Redirect(DetailsUrl(Plan.Id));
    }

    /// <summary>
    /// Saves the change as a change of the plan at the version the form saw (adding or removing a control
    /// changes the plan too), then back to the plan page; on a conflict the form again with the message.
    /// </summary>
    protected async Task<IActionResult> SavePlanAsync(int formVersion, string? done = null)
    {
        db.ExpectVersion(Plan, formVersion, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(db, ControlText.PlanNoun, clock))
            return Page();
        return BackToPlan(message: done);
    }

    /// <summary>As <see cref="SavePlanAsync"/> for buttons on the plan page: a conflict is shown at its top.</summary>
    protected async Task<IActionResult> SavePlanFromPlanPageAsync(int formVersion, string done)
    {
        db.ExpectVersion(Plan, formVersion, evenIfUnchanged: true);
        if (await db.TrySaveAsync(ControlText.PlanNoun, clock) is { } conflict)
            return BackToPlan(conflict);
        return BackToPlan(message: done);
    }
}
