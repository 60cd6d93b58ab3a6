using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>Rename a unit or change its kind (administrators only), guarded by its version.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;

    /// <summary>The name as stored, for the heading: a refused save must not show the attempted name as fact.</summary>
    public string StoredName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        Input = UnitInput.From(Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        Input.ValidateKind(ModelState);
        if (!ModelState.IsValid)
            return Page();

        db.ExpectVersion(Unit, Input.Version);
        Input.ApplyTo(Unit);
        if (await db.TrySaveAsync(OrganisationText.UnitNoun, clock) is { } conflict)
        {
            ModelState.AddModelError("", conflict);
            ViewData["ReloadUrl"] = $"/Organisation/Edit/{id}";
            return Page();
        }
        TempData["Message"] = string.Format(OrganisationText.Saved, Unit.Name);
        return Redirect($"/Organisation/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var unit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == id);
        if (unit is null)
            return NotFound();
        Unit = unit;
        StoredName = unit.Name;
        return null;
    }
}
