using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public Indicator Indicator { get; private set; } = null!;
    public IndicatorForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input = IndicatorInput.From(Indicator);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        // Both the indicator as it is and as it would become must be the user's to edit.
        if (!await Form.CheckOwnerAsync(db, access, Input, ModelState))
            return Forbid();
        if (!ModelState.IsValid | !Input.TryApplyTo(Indicator, Form.Categories, ModelState))
            return Page();

        // Saving unchanged fields must still check (and bump) the version.
        db.ExpectVersion(Indicator, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(db, IndicatorText.IndicatorNoun, clock))
            return Page();
        return Redirect($"/Indicators/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var indicator = await db.FindForChangeAsync(id);
        if (indicator is null)
            return NotFound();
        if (!await access.MayEditAsync(indicator))
            return Forbid();
        Indicator = indicator;
        Form = await IndicatorForm.LoadAsync(db, access, indicator.OwnerUnit);
        return null;
    }
}
