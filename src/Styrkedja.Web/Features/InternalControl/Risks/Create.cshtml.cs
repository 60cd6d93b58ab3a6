using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>/InternalControl/Risks/Create?unit=&amp;year=: a new risk in the unit's analysis for the year.</summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    [BindProperty]
    public RiskInput Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    public PlanningYear Year { get; private set; } = null!;
    public RiskScale Scale { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int unit, int year) => await CheckAsync(unit, year) ?? Page();

    public async Task<IActionResult> OnPostAsync(int unit, int year)
    {
        if (await CheckAsync(unit, year) is { } refusal)
            return refusal;
        Input.Validate(ModelState, Scale);
        if (!ModelState.IsValid)
            return Page();
        var risk = new Risk { OrganisationId = Unit.OrganisationId, OrgUnitId = Unit.Id, PlanningYearId = Year.Id, Title = "" };
        Input.ApplyTo(risk);
        db.Risks.Add(risk);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(RiskText.RiskCreated, risk.Title);
        return Redirect(RiskAccess.AnalysisUrl(Unit.Id, Year.Year) + $"#risk-{risk.Id}");
    }

    private async Task<IActionResult?> CheckAsync(int unit, int year)
    {
        var (found, refusal) = await RiskAccess.UnitAsync(this, db, access, unit, edit: true);
        if (refusal is not null)
            return refusal;
        if (await db.PlanningYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year) is not { } planningYear)
            return NotFound();
        Unit = found!;
        Year = planningYear;
        Scale = await RiskScale.LoadAsync(db);
        return null;
    }
}
