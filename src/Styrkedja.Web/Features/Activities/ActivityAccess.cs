using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Activities;

/// <summary>
/// Who may do what with an activity. Editing and deleting follow the owner unit (editors and controllers
/// of its subtree). Following up — a comment with the status and progress reached — may also be done by
/// the responsible person, who answers for the activity whatever their grants.
/// </summary>
public static class ActivityAccess
{
    public static Task<bool> MayEditAsync(this AccessPolicy access, Activity activity) =>
        access.CanAsync(UnitAction.Edit, activity.OwnerUnit!);

    public static async Task<bool> MayFollowUpAsync(this AccessPolicy access, Activity activity, CurrentUser user) =>
        (user.UserId is not null && activity.ResponsibleUserId == user.UserId) || await access.MayEditAsync(activity);

    public static async Task<bool> MayReadAsync(this AccessPolicy access, Activity activity, CurrentUser user) =>
        await access.CanAsync(UnitAction.Read, activity.OwnerUnit!) || await access.MayFollowUpAsync(activity, user);

    /// <summary>
    /// The activity tracked, with its owner unit and year (for the permission check and the form) and its
    /// links (which the edit form changes); null when it is not the organisation's.
    /// </summary>
    public static Task<Activity?> FindForChangeAsync(this StyrkedjaDbContext db, int id) =>
        db.Activities.Include(a => a.OwnerUnit).Include(a => a.PlanningYear)
            .Include(a => a.Goals).Include(a => a.Indicators)
            .SingleOrDefaultAsync(a => a.Id == id);

    /// <summary>The activity for a page that changes it, or the refusal: 404 when not found, 403 without the edit right.</summary>
    public static async Task<(Activity? Activity, IActionResult? Refusal)> FindForEditAsync(this PageModel page,
        StyrkedjaDbContext db, AccessPolicy access, int id)
    {
        var activity = await db.FindForChangeAsync(id);
        if (activity is null)
            return (null, page.NotFound());
        return await access.MayEditAsync(activity) ? (activity, null) : (null, page.Forbid());
    }
}
