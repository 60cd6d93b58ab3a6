using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// Which units report the indicator. An editor changes only the units of its own subtrees: the others are
/// listed, not offered, and stay as they are; a post that tries to add one of them is refused (403).
/// </summary>
public class AdoptModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    [BindProperty]
    public List<int> Units { get; set; } = [];

    public Indicator Indicator { get; private set; } = null!;

    /// <summary>Units the user may add or remove, in tree order.</summary>
    public List<OrgUnit> Changeable { get; private set; } = [];

    /// <summary>Adopting units the user may not change.</summary>
    public List<OrgUnit> Fixed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Units = Indicator.Adoptions.Select(a => a.OrgUnitId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var wanted = Units.ToHashSet();
        var adopted = Indicator.Adoptions.Select(a => a.OrgUnitId).ToHashSet();
        var changeable = Changeable.Select(u => u.Id).ToHashSet();
        // Anything else added is a crafted post: a unit outside the user's subtrees, closed or unknown.
        if (wanted.Except(adopted).Any(unitId => !changeable.Contains(unitId)))
            return Forbid();

        Indicator.Adoptions.RemoveAll(a => changeable.Contains(a.OrgUnitId) && !wanted.Contains(a.OrgUnitId));
        foreach (var unitId in wanted.Except(adopted))
            Indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = Indicator.OrganisationId, OrgUnitId = unitId });
        await db.SaveChangesAsync();
        TempData["Message"] = IndicatorText.AdoptionsSaved;
        return Redirect($"/Indicators/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var indicator = await db.FindForChangeAsync(id);
        if (indicator is null)
            return NotFound();
        Indicator = indicator;
        var tree = await OrgTree.LoadAsync(db);
        var adopted = indicator.Adoptions.Select(a => a.OrgUnitId).ToHashSet();
        var mayEditIndicator = await access.MayEditAsync(indicator);
        foreach (var unit in tree.InTreeOrder())
        {
            if (!unit.IsClosed && (mayEditIndicator || await access.CanAsync(UnitAction.Edit, unit)))
                Changeable.Add(unit);
            else if (adopted.Contains(unit.Id))
                Fixed.Add(unit);
        }
        return Changeable.Count == 0 ? Forbid() : null;
    }
}
