using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Meetings;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>
/// The tasks meetings give: a follow-up action is its owner's until it is done, and an information request
/// is for the editors of each participating unit until the meeting has been held.
/// </summary>
public static class MeetingTasks
{
    public static async Task<IEnumerable<UserTask>> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, string userId, DateOnly today) =>
        [.. await ActionsAsync(db, userId, today), .. await InformationRequestsAsync(db, access, today)];

    private static async Task<IEnumerable<UserTask>> ActionsAsync(StyrkedjaDbContext db, string userId, DateOnly today)
    {
        var actions = await db.MeetingActions.AsNoTracking()
            .Where(a => a.OwnerUserId == userId && a.DoneOn == null)
            .Select(a => new { a.Text, a.DueOn, a.MeetingId, Meeting = a.Meeting!.Title })
            .ToListAsync();
        return actions.Select(a => new UserTask(TaskKind.MeetingAction, string.Format(MeetingText.ActionTask, a.Text, a.Meeting),
            $"/Meetings/Details/{a.MeetingId}#actions", a.DueOn, a.DueOn < today));
    }

    /// <summary>
    /// One task per coming meeting that asks for information, naming the participating units the user edits.
    /// Those who plan meetings are the ones asking, so the request is not their task.
    /// </summary>
    private static async Task<IEnumerable<UserTask>> InformationRequestsAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        if (!await access.MayEditSomethingAsync() || await access.MayManageMeetingsAsync(db))
            return [];
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.Date >= today && m.InformationRequest != "" && m.Participants.Any(p => p.OrgUnitId != null))
            .Include(m => m.Participants).ThenInclude(p => p.OrgUnit)
            .ToListAsync();
        var tasks = new List<UserTask>();
        foreach (var meeting in meetings)
        {
            var units = await access.FilterAsync(UnitAction.Edit, meeting.Participants.Where(p => p.OrgUnit is not null).Select(p => p.OrgUnit!));
            if (units.Count > 0)
                tasks.Add(new UserTask(TaskKind.MeetingInformation,
                    string.Format(MeetingText.InformationTask, meeting.Title, string.Join(", ", units.Select(u => u.Name))),
                    $"/Meetings/Details/{meeting.Id}#information", meeting.InformationDueOn, meeting.InformationDueOn < today));
        }
        return tasks;
    }
}
