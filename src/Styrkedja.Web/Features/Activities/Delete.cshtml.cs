using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Activities;

/// <summary>Deleting an activity removes its links and follow-ups with it; the audit log keeps all of it.</summary>
public class DeleteModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Activity Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Version = Activity.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        // Load the follow-ups so that their removal is tracked and audited, not only cascaded by the database.
        await db.ActivityComments.Where(c => c.ActivityId == id).LoadAsync();
        db.ExpectVersion(Activity, Version);
        db.Activities.Remove(Activity);
        if (!await this.TrySaveOrShowConflictAsync(db, ActivityText.ActivityNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ActivityText.Deleted, Activity.Title);
        return Redirect($"/Activities?unit={Activity.OwnerUnitId}&year={Activity.PlanningYear!.Year}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (activity, refusal) = await this.FindForEditAsync(db, access, id);
        if (refusal is not null)
            return refusal;
        Activity = activity!;
        return null;
    }
}
