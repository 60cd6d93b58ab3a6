using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.InternalControl.ControlPlans;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>The tasks internal control gives: an action decided on a control's findings is its owner's until done.</summary>
public static class ControlTasks
{
    public static async Task<IEnumerable<UserTask>> LoadAsync(StyrkedjaDbContext db, string userId, DateOnly today)
    {
        var actions = await db.ControlActions.AsNoTracking()
            .Where(a => a.ResponsibleUserId == userId && a.DoneOn == null)
            .Select(a => new
            {
                a.Id, a.Text, a.DueOn, Control = a.Result!.Control!.Title, a.Result.Control.InternalControlPlanId,
                Unit = a.Result.Control.Plan!.OrgUnit!.Name,
            })
            .ToListAsync();
        return actions.Select(a => new UserTask(TaskKind.ControlAction, string.Format(ControlText.ActionTask, a.Text, a.Control, a.Unit),
            $"{ControlPlanPageModel.DetailsUrl(a.InternalControlPlanId)}#action-{a.Id}", a.DueOn, a.DueOn < today));
    }
}
