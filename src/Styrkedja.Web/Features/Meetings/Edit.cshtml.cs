using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Meetings;

public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : MeetingFormPage(db)
{
    public Meeting Meeting { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = MeetingInput.From(Meeting);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!InputIsValid())
            return Page();

        // A change of participants alone must still bump (and check) the meeting's version, which is also
        // the SEQUENCE that tells calendar programs the event changed.
        Db.ExpectVersion(Meeting, Input.Version, evenIfUnchanged: true);
        Input.ApplyTo(Meeting);
        if (!await this.TrySaveOrShowConflictAsync(Db, MeetingText.MeetingNoun, clock))
            return Page();
        return Redirect($"/Meetings/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var (meeting, refusal) = await this.FindForManageAsync(Db, access, id);
        if (refusal is not null)
            return refusal;
        Meeting = meeting!;
        await LoadFormAsync(Meeting);
        return null;
    }
}
