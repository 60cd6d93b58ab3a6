using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>
/// The pages that change one section: found through its document, which must not be decided, and refused
/// (403) unless the user writes for the section's committee, or is the central staff.
/// </summary>
public abstract class PremiseSectionPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock)
    : PremisesPageModel(db, access, clock)
{
    public PremiseSection Section { get; private set; } = null!;

    protected async Task<IActionResult?> LoadSectionAsync(int id)
    {
        var premisesId = await Db.PremiseSections.Where(s => s.Id == id).Select(s => (int?)s.PlanningPremisesId).SingleOrDefaultAsync();
        if (premisesId is null)
            return NotFound();
        if (await LoadPremisesAsync(premisesId.Value) is { } missing)
            return missing;
        Section = Premises.Sections.Single(s => s.Id == id);
        if (!await PlanningDocumentRules.MayWriteSectionAsync(Access, Section.OrgUnit))
            return Forbid();
        return Premises.IsLocked ? BackToPremises(Resources.PlanningDocumentText.ErrorLocked) : null;
    }
}
