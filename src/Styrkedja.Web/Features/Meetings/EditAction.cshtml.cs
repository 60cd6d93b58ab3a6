using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

/// <summary>Changes a follow-up action: text, owner, due date, done or reopened.</summary>
public class EditActionModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ActionInput Action { get; set; } = new();

    public MeetingAction Item { get; private set; } = null!;
    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Action = ActionInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Action.Validate(Users, ModelState);
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(Item, Action.Version);
        Action.ApplyTo(Item, SwedishTime.Today(clock));
        if (!await this.TrySaveOrShowConflictAsync(db, MeetingText.ActionNoun, clock))
            return Page();
        TempData["Message"] = MeetingText.ActionSaved;
        return Redirect($"/Meetings/Details/{Item.MeetingId}#actions");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var action = await db.MeetingActions.Include(a => a.Meeting).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
            return NotFound();
        if (!await access.MayManageMeetingsAsync(db))
            return Forbid();
        Item = action;
        Users = await MeetingForm.UsersAsync(db);
        return null;
    }
}
