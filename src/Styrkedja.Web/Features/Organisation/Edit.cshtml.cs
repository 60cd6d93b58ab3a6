using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>Rename a unit or change its kind (administrators only), guarded by its version.</summary>
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : TreeFormModel(db, clock)
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    /// <summary>The name as stored, for the heading: a refused save must not show the attempted name as fact.</summary>
    public string StoredName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadUnitAsync(id) is { } notFound)
            return notFound;
        StoredName = Unit.Name;
        Input = UnitInput.From(Unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadUnitAsync(id) is { } notFound)
            return notFound;
        StoredName = Unit.Name;
        Input.ValidateKind(ModelState);
        if (!ModelState.IsValid)
            return Page();

        Db.ExpectVersion(Unit, Input.Version);
        Input.ApplyTo(Unit);
        return await SaveAsync(OrganisationText.UnitNoun, string.Format(OrganisationText.Saved, Unit.Name));
    }
}
