using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>/YearWheel/Create?year=: an item of the year's calendar added by hand (no template step).</summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public PlanningYear Year { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (await CheckAsync(year) is { } refusal)
            return refusal;
        Input.Date = new DateOnly(year, 1, 1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int year)
    {
        if (await CheckAsync(year) is { } refusal)
            return refusal;
        Input.Validate(ModelState, year);
        if (!ModelState.IsValid)
            return Page();
        var item = new YearWheelItem { OrganisationId = Year.OrganisationId, PlanningYearId = Year.Id, Name = "" };
        Input.ApplyTo(item);
        db.YearWheelItems.Add(item);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(YearWheelText.ItemCreated, item.Name);
        return Redirect($"/YearWheel?year={year}#item-{item.Id}");
    }

    private async Task<IActionResult?> CheckAsync(int year)
    {
        if (!await YearWheelAccess.MayEditAsync(db, access))
            return Forbid();
        if (await db.PlanningYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year) is not { } planningYear)
            return NotFound();
        Year = planningYear;
        return null;
    }
}
