using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>Changes a year's plan horizon; the year itself is its identity (goals hang on it) and stays.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public HorizonInput Input { get; set; } = new();

    public PlanningYear Year { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (await LoadAsync(year) is { } refusal)
            return refusal;
        Input = new HorizonInput { PlanHorizonYears = Year.PlanHorizonYears, Version = Year.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year)
    {
        if (await LoadAsync(year) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();

        // Saving an unchanged horizon must still check (and bump) the version.
        db.ExpectVersion(Year, Input.Version, evenIfUnchanged: true);
        Year.PlanHorizonYears = Input.PlanHorizonYears!.Value;
        if (!await this.TrySaveOrShowConflictAsync(db, YearText.YearNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearText.Saved, Year.Year, Year.LastPlanYear);
        return Redirect("/PlanningYears");
    }

    private async Task<IActionResult?> LoadAsync(int year)
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        var planningYear = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year);
        if (planningYear is null)
            return NotFound();
        Year = planningYear;
        return null;
    }
}
