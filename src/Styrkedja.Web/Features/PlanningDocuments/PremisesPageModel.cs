using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// What the pages acting on one planeringsförutsättningar share: loading it (tracked, with its year and
/// sections) and refusing any change once it is decided, whatever the request asked for.
/// </summary>
public abstract class PremisesPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public PlanningPremises Premises { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    protected async Task<IActionResult?> LoadPremisesAsync(int id)
    {
        var premises = await db.PlanningPremises.Include(p => p.PlanningYear)
            .Include(p => p.Sections).ThenInclude(s => s.OrgUnit)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (premises is null)
            return NotFound();
        Premises = premises;
        return null;
    }

    /// <summary>As <see cref="LoadPremisesAsync"/> for a change: a decided document sends the user back with the reason.</summary>
    protected async Task<IActionResult?> LoadChangeablePremisesAsync(int id)
    {
        if (await LoadPremisesAsync(id) is { } refusal)
            return refusal;
        return Premises.IsLocked ? BackToPremises(PlanningDocumentText.ErrorLocked) : null;
    }

    protected IActionResult BackToPremises(string? refusal = null)
    {
        if (refusal is not null)
            TempData[PlanningDocumentRules.RefusalKey] = refusal;
        return Redirect($"/PlanningDocuments/Premises/{Premises.Id}");
    }
}
