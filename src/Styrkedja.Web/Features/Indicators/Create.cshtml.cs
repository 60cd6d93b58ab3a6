using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>A new indicator. A unit's own indicator is adopted by its owner at once: the owner reports it.</summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    [BindProperty]
    public IndicatorInput Input { get; set; } = new();

    public IndicatorForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadFormAsync() is { } refusal)
            return refusal;
        if (!Form.MayManageRegionWide)
            Input.Scope = IndicatorScope.UnitOwn;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadFormAsync() is { } refusal)
            return refusal;
        if (!await Form.CheckOwnerAsync(db, access, Input, ModelState))
            return Forbid();
        var indicator = new Indicator { OrganisationId = db.OrganisationId!.Value, Name = "" };
        if (!ModelState.IsValid | !Input.TryApplyTo(indicator, Form.Categories, ModelState))
            return Page();
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        return Redirect($"/Indicators/Details/{indicator.Id}");
    }

    private async Task<IActionResult?> LoadFormAsync()
    {
        Form = await IndicatorForm.LoadAsync(db, access);
        return Form.MayManageRegionWide || Form.Units.Count > 0 ? null : Forbid();
    }
}
