using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>/YearWheel/Edit/{id}: one year's item moved, renamed or deleted; the template is not touched.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public YearWheelItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        Input = ItemInput.From(Item);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        Input.Validate(ModelState, Item.PlanningYear!.Year);
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(Item, Input.Version);
        Input.ApplyTo(Item);
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.ItemNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearWheelText.ItemSaved, Item.Name);
        return Redirect($"/YearWheel?year={Item.PlanningYear.Year}#item-{Item.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (await CheckAsync(id) is { } refusal)
            return refusal;
        // Only the version counts here; the edit fields are not posted with the delete form.
        ModelState.Clear();
        db.ExpectVersion(Item, Input.Version);
        db.YearWheelItems.Remove(Item);
        if (!await this.TrySaveOrShowConflictAsync(db, YearWheelText.ItemNoun, clock))
        {
            Input = ItemInput.From(Item);
            return Page();
        }
        TempData["Message"] = string.Format(YearWheelText.ItemDeleted, Item.Name);
        return Redirect($"/YearWheel?year={Item.PlanningYear!.Year}");
    }

    private async Task<IActionResult?> CheckAsync(int id)
    {
        if (await db.YearWheelItems.Include(i => i.PlanningYear).SingleOrDefaultAsync(i => i.Id == id) is not { } item)
            return NotFound();
        if (!await YearWheelAccess.MayEditAsync(db, access))
            return Forbid();
        Item = item;
        return null;
    }
}
