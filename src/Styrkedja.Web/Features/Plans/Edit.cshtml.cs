using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans;

/// <summary>The plan's title, while the plan may still change.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PlanPageModel(db, access, clock)
{
    [BindProperty]
    public TitleInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadChangeablePlanAsync(id) is { } refusal)
            return refusal;
        Input = new TitleInput { Title = Plan.Title, Version = Plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadChangeablePlanAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Plan.Title = Input.Title.Trim();
        return await SavePlanAsync(Input.Version);
    }
}
