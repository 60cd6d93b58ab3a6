using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans.Section;

/// <summary>Adds a free section at the end of the plan; a change of the plan, checked against the plan's version.</summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PlanPageModel(db, access, clock)
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadChangeablePlanAsync(id) is { } refusal)
            return refusal;
        Input.Version = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadChangeablePlanAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Plan.Sections.Add(new PlanSection
        {
            OrganisationId = Plan.OrganisationId,
            Heading = Input.Heading.Trim(),
            Body = Input.Body ?? "",
            SortOrder = Plan.Sections.Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        return await SavePlanAsync(Input.Version);
    }
}
