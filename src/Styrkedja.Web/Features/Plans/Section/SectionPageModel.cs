using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans.Section;

/// <summary>The pages that change one free section: the section is found through its plan, which must still be changeable.</summary>
public abstract class SectionPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PlanPageModel(db, access, clock)
{
    public PlanSection Section { get; private set; } = null!;

    protected async Task<IActionResult?> LoadSectionAsync(int id)
    {
        var planId = await Db.PlanSections.Where(s => s.Id == id).Select(s => (int?)s.PlanId).SingleOrDefaultAsync();
        if (planId is null)
            return NotFound();
        if (await LoadChangeablePlanAsync(planId.Value) is { } refusal)
            return refusal;
        Section = Plan.Sections.Single(s => s.Id == id);
        return null;
    }
}
