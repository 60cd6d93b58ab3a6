using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// What the pages acting on one planeringsdirektiv share: loading it (tracked, with year, premises and
/// assignments) and, for a change, refusing anyone but the central staff (403) and any change once decided.
/// </summary>
public abstract class DirectivePageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public PlanningDirective Directive { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    protected async Task<IActionResult?> LoadDirectiveAsync(int id)
    {
        var directive = await db.PlanningDirectives.Include(d => d.PlanningYear).Include(d => d.Premises)
            .Include(d => d.Assignments).SingleOrDefaultAsync(d => d.Id == id);
        if (directive is null)
            return NotFound();
        Directive = directive;
        return null;
    }

    protected async Task<IActionResult?> LoadChangeableDirectiveAsync(int id)
    {
        if (await LoadDirectiveAsync(id) is { } refusal)
            return refusal;
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        return Directive.IsLocked ? BackToDirective(PlanningDocumentText.ErrorLocked) : null;
    }

    protected IActionResult BackToDirective(string? refusal = null)
    {
        if (refusal is not null)
            TempData[PlanningDocumentRules.RefusalKey] = refusal;
        return Redirect($"/PlanningDocuments/Directive/{Directive.Id}");
    }
}
