using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>
/// Who may do what with meetings. Meetings and dialogues are called by the regional staff on behalf of
/// RS, so planning them (and their actions) is for controllers of the whole organisation and for
/// administrators. A meeting is seen by them and by its participants: a participating person, or anyone
/// whose grant covers a participating unit.
/// </summary>
public static class MeetingAccess
{
    public static async Task<bool> MayManageMeetingsAsync(this AccessPolicy access, StyrkedjaDbContext db)
    {
        if (await access.IsAdministratorAsync())
            return true;
        if (!await access.HasRoleAsync(Role.Controller))
            return false;
        var roots = await db.OrgUnits.Where(u => u.ParentId == null).ToListAsync();
        return roots.Count > 0 && (await access.FilterAsync(UnitAction.Review, roots)).Count == roots.Count;
    }

    /// <summary>Whether the person takes part in the meeting, directly or through a unit their grants cover (participants with their units loaded).</summary>
    public static bool TakesPart(Meeting meeting, string userId, IEnumerable<AccessPolicy.Grant> grants) =>
        meeting.Participants.Any(p => p.UserId == userId)
        || TakesPartThroughUnit(meeting, grants);

    public static bool TakesPartThroughUnit(Meeting meeting, IEnumerable<AccessPolicy.Grant> grants) =>
        meeting.Participants.Any(p => p.OrgUnit is { } unit && grants.Any(g => g.Covers(unit)));

    /// <summary>The meetings of <paramref name="meetings"/> the user may see.</summary>
    public static async Task<List<Meeting>> VisibleAsync(this AccessPolicy access, StyrkedjaDbContext db, CurrentUser user,
        IEnumerable<Meeting> meetings)
    {
        if (await access.MayManageMeetingsAsync(db))
            return meetings.ToList();
        var grants = await access.GrantsAsync();
        return meetings.Where(m => TakesPart(m, user.UserId ?? "", grants)).ToList();
    }

    /// <summary>The meeting with its participants (and their units and persons) and actions, tracked.</summary>
    public static Task<Meeting?> FindMeetingAsync(this StyrkedjaDbContext db, int id) =>
        db.Meetings.Include(m => m.Participants).ThenInclude(p => p.OrgUnit)
            .Include(m => m.Participants).ThenInclude(p => p.User)
            .Include(m => m.Actions).ThenInclude(a => a.Owner)
            .AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == id);

    /// <summary>The meeting for a page that changes it, or the refusal: 404 when not found, 403 for anyone who does not plan meetings.</summary>
    public static async Task<(Meeting? Meeting, IActionResult? Refusal)> FindForManageAsync(this PageModel page,
        StyrkedjaDbContext db, AccessPolicy access, int id)
    {
        var meeting = await db.FindMeetingAsync(id);
        if (meeting is null)
            return (null, page.NotFound());
        return await access.MayManageMeetingsAsync(db) ? (meeting, null) : (null, page.Forbid());
    }
}
