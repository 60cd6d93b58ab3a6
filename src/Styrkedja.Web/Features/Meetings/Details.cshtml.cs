using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>
/// One meeting: what it is for, who takes part, what they are asked to bring, what was noted and decided,
/// and its follow-up actions, which those who plan meetings add, mark done and remove here (the owner of
/// an action may mark it done too: it is their task).
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ActionInput Action { get; set; } = new();

    public Meeting Meeting { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public DateOnly Today { get; private set; }
    public IReadOnlyList<AppUser> Users { get; private set; } = [];
    public YearWheelItem? WheelItem { get; private set; }
    public string? UserId => user.UserId;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAddActionAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!MayManage)
            return Forbid();
        Action.Validate(Users, ModelState);
        if (!ModelState.IsValid)
            return Page();
        var action = new MeetingAction { OrganisationId = Meeting.OrganisationId, MeetingId = id, Text = "" };
        Action.Done = false;
        Action.ApplyTo(action, Today);
        db.MeetingActions.Add(action);
        await db.SaveChangesAsync();
        TempData["Message"] = MeetingText.ActionAdded;
        return Redirect($"/Meetings/Details/{id}#actions");
    }

    public async Task<IActionResult> OnPostDoneAsync(int id, int actionId, int version)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Meeting.Actions.SingleOrDefault(a => a.Id == actionId) is not { } action)
            return NotFound();
        if (!MayManage && action.OwnerUserId != user.UserId)
            return Forbid();
        db.ExpectVersion(action, version);
        action.DoneOn ??= Today;
        return await SaveActionAsync(id, MeetingText.ActionMarkedDone);
    }

    public async Task<IActionResult> OnPostDeleteActionAsync(int id, int actionId, int version)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (Meeting.Actions.SingleOrDefault(a => a.Id == actionId) is not { } action)
            return NotFound();
        if (!MayManage)
            return Forbid();
        db.ExpectVersion(action, version);
        db.MeetingActions.Remove(action);
        return await SaveActionAsync(id, MeetingText.ActionDeleted);
    }

    private async Task<IActionResult> SaveActionAsync(int id, string done)
    {
        if (await db.TrySaveAsync(MeetingText.ActionNoun, clock) is { } conflict)
        {
            this.ShowConflict(conflict, $"/Meetings/Details/{id}");
            // The conflicting row was detached: show the page as it now is in the database.
            await LoadAsync(id);
            return Page();
        }
        TempData["Message"] = done;
        return Redirect($"/Meetings/Details/{id}#actions");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        db.ChangeTracker.Clear(); // a reload after a conflict must read the rows afresh
        var meeting = await db.FindMeetingAsync(id);
        if (meeting is null)
            return NotFound();
        MayManage = await access.MayManageMeetingsAsync(db);
        if (!MayManage && !MeetingAccess.TakesPart(meeting, user.UserId ?? "", await access.GrantsAsync()))
            return Forbid();
        Meeting = meeting;
        Today = SwedishTime.Today(clock);
        Users = await MeetingForm.UsersAsync(db);
        WheelItem = await db.YearWheelItems.AsNoTracking().Include(i => i.PlanningYear).FirstOrDefaultAsync(i => i.MeetingId == id);
        return null;
    }

    public IEnumerable<MeetingParticipant> UnitParticipants => Meeting.Participants.Where(p => p.OrgUnit is not null)
        .OrderBy(p => p.OrgUnit!.Path, StringComparer.Ordinal);

    public IEnumerable<MeetingParticipant> PersonParticipants => Meeting.Participants.Where(p => p.User is not null)
        .OrderBy(p => p.User!.DisplayName, StringComparer.Create(ServiceRegistration.Swedish, true));

    public IEnumerable<MeetingAction> Actions => Meeting.Actions
        .OrderBy(a => a.DoneOn is not null).ThenBy(a => a.DueOn is null).ThenBy(a => a.DueOn).ThenBy(a => a.Id);
}
