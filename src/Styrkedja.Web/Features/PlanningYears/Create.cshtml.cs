using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningYears;

public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewYearInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        // The year after the latest is what is usually planned next.
        var latest = await db.PlanningYears.MaxAsync(y => (int?)y.Year);
        Input.Year = latest + 1 ?? clock.GetLocalNow().Year;
        Input.PlanHorizonYears = await YearPlanning.DefaultHorizonAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await access.ActsForWholeOrganisationAsync())
            return Forbid();
        if (Input.Year is { } year && await db.PlanningYears.AnyAsync(y => y.Year == year))
            ModelState.AddModelError("Input.Year", string.Format(YearText.ErrorYearExists, year));
        if (!ModelState.IsValid)
            return Page();

        YearPlanning.AddYear(db, Input.Year!.Value, Input.PlanHorizonYears!.Value);
        if (!await this.TrySaveOrShowConflictAsync(db, YearText.YearNoun, clock))
            return Page();
        TempData["Message"] = string.Format(YearText.Created, Input.Year);
        return Redirect("/PlanningYears");
    }
}
