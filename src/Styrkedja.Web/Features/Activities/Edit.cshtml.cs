using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Activities;

public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ActivityFormPage(db)
{
    public Activity Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = ActivityInput.From(Activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!InputIsValid())
            return Page();

        // A change of links alone must still bump (and check) the activity's version.
        Db.ExpectVersion(Activity, Input.Version, evenIfUnchanged: true);
        Input.ApplyTo(Activity);
        if (!await this.TrySaveOrShowConflictAsync(Db, ActivityText.ActivityNoun, clock))
            return Page();
        return Redirect($"/Activities/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (activity, refusal) = await this.FindForEditAsync(Db, access, id);
        if (refusal is not null)
            return refusal;
        Activity = activity!;
        await LoadFormAsync(Activity.OwnerUnit!, Activity.PlanningYear!, Activity);
        return null;
    }
}
