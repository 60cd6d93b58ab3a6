using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>
/// Base of the area's forms about one unit (grunduppdrag, edit, move, close): loading the unit within
/// the user's organisation, and the save that either returns to the unit's page or shows who changed
/// it meanwhile, keeping the user's input.
/// </summary>
public abstract class UnitFormModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    public OrgUnit Unit { get; private set; } = null!;

    /// <summary>The whole tree, tracked: moves and closing need the unit's relatives.</summary>
    protected OrgTree Tree { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;

    protected TimeProvider Clock => clock;

    /// <summary>Null when the unit was found; 404 otherwise (another organisation's unit is never loaded).</summary>
    protected async Task<IActionResult?> LoadUnitAsync(int id)
    {
        Tree = await OrgTree.LoadAsync(db, tracked: true);
        if (!Tree.Units.TryGetValue(id, out var unit))
            return NotFound();
        Unit = unit;
        return null;
    }

    protected async Task<IActionResult> SaveAsync(string noun, string doneMessage)
    {
        if (!await this.TrySaveOrShowConflictAsync(db, noun, clock))
            return Page();
        TempData["Message"] = doneMessage;
        return Redirect($"/Organisation/Details/{Unit.Id}");
    }
}

/// <summary>
/// Base of the forms that change the tree itself (edit, move, close). The tree is part of the
/// governance model: administrators only, 403 for everyone else, crafted posts included.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public abstract class TreeFormModel(StyrkedjaDbContext db, TimeProvider clock) : UnitFormModel(db, clock);
