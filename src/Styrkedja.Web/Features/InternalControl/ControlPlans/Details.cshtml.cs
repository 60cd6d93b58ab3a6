using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// The control plan page: decision facts, the controls with the risks they come from, and each control's
/// results and actions. Its buttons move the plan from utkast to under beredning and back (each a POST
/// with the plan's version), delete a control, and mark an action done; deciding has its own form.
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, CurrentUser me)
    : ControlPlanPageModel(db, access, clock)
{
    public List<Control> Controls { get; private set; } = [];
    public Dictionary<string, string> UserNames { get; private set; } = [];
    public bool MayEdit { get; private set; }
    public bool MayDecide { get; private set; }
    public string? MyUserId => me.UserId;
    public DateOnly Today => SwedishTime.Today(Clock);

    /// <summary>Controls may be added, changed and removed: an editor, and the plan is not decided.</summary>
    public bool MayChangeControls => MayEdit && !Plan.IsLocked;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPlanAsync(id, PlanUse.Read) is { } refusal)
            return refusal;
        Controls = await Db.Controls.AsNoTracking().Where(c => c.InternalControlPlanId == id)
            .Include(c => c.Risk)
            .Include(c => c.Results).ThenInclude(r => r.ReportRound).ThenInclude(r => r!.ReportType)
            .Include(c => c.Results).ThenInclude(r => r.Actions)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).AsSplitQuery().ToListAsync();
        UserNames = (await ControlChoices.UsersAsync(Db, Plan.OrgUnit!)).ToDictionary(u => u.Id, u => u.DisplayName);
        MayEdit = await InternalControlAccess.MayEditAsync(Access, Plan.OrgUnit!);
        MayDecide = await InternalControlAccess.MayDecideAsync(Access, Plan.OrgUnit!);
        return Page();
    }

    /// <summary>Skicka till beredning: utkast → under beredning.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, int version)
    {
        if (await LoadPlanAsync(id, PlanUse.Change) is { } refusal)
            return refusal;
        if (Plan.State != PlanState.Draft)
            return BackToPlan(PlanText.ErrorNotDraft);
        Plan.State = PlanState.InPreparation;
        return await SavePlanFromPlanPageAsync(version, ControlText.Submitted);
    }

    /// <summary>Återför till utkast: under beredning → utkast, by the controller who would decide it.</summary>
    public async Task<IActionResult> OnPostReturnAsync(int id, int version)
    {
        if (await LoadPlanAsync(id, PlanUse.Decide) is { } refusal)
            return refusal;
        if (Plan.State != PlanState.InPreparation)
            return BackToPlan(PlanText.ErrorNotInPreparation);
        Plan.State = PlanState.Draft;
        return await SavePlanFromPlanPageAsync(version, ControlText.Returned);
    }

    /// <summary>Removes a control (and its results) from an undecided plan; a change of the plan at its version.</summary>
    public async Task<IActionResult> OnPostDeleteControlAsync(int id, int controlId, int version)
    {
        if (await LoadPlanAsync(id, PlanUse.Change) is { } refusal)
            return refusal;
        var control = await Db.Controls.SingleOrDefaultAsync(c => c.Id == controlId && c.InternalControlPlanId == id);
        if (control is null)
            return NotFound();
        Db.Controls.Remove(control);
        return await SavePlanFromPlanPageAsync(version, string.Format(ControlText.ControlDeleted, control.Title));
    }

    /// <summary>Marks an action done: its owner or an editor of the unit, also on a decided plan.</summary>
    public async Task<IActionResult> OnPostActionDoneAsync(int id, int actionId, int version)
    {
        if (await LoadPlanAsync(id, PlanUse.Read) is { } refusal)
            return refusal;
        var action = await Db.ControlActions.SingleOrDefaultAsync(a => a.Id == actionId && a.Result!.Control!.InternalControlPlanId == id);
        if (action is null)
            return NotFound();
        if (action.ResponsibleUserId != me.UserId && !await InternalControlAccess.MayEditAsync(Access, Plan.OrgUnit!))
            return Forbid();
        if (action.DoneOn is not null)
            return BackToPlan();
        action.DoneOn = Today;
        Db.ExpectVersion(action, version);
        if (await Db.TrySaveAsync(ControlText.ActionNoun, Clock) is { } conflict)
            return BackToPlan(conflict);
        return BackToPlan(message: string.Format(ControlText.ActionMarkedDone, action.Text));
    }
}
