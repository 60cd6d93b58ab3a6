using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>/InternalControl/Risks?unit=&amp;year=: a unit's risk analysis, as a matrix and as a table, and last year's risks fetched.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public OrgUnit Unit { get; private set; } = null!;
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public RiskScale Scale { get; private set; } = null!;
    public List<NumberedRisk> Risks { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public string Matrix => RiskMatrix.Draw(Scale, Risks, Unit.Name, Year!.Year);

    public async Task<IActionResult> OnGetAsync(int unit, int? year)
    {
        var (found, refusal) = await RiskAccess.UnitAsync(this, db, access, unit, edit: false);
        if (refusal is not null)
            return refusal;
        Unit = found!;
        MayEdit = await InternalControlAccess.MayEditAsync(access, Unit);
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        Scale = await RiskScale.LoadAsync(db);
        if (Year is not null)
            Risks = await RiskAnalysis.LoadAsync(db, Unit.Id, Year.Id);
        return Page();
    }

    /// <summary>Copies last year's risks not yet carried; a second press copies nothing.</summary>
    public async Task<IActionResult> OnPostCarryOverAsync(int unit, int year)
    {
        var (found, refusal) = await RiskAccess.UnitAsync(this, db, access, unit, edit: true);
        if (refusal is not null)
            return refusal;
        if (await db.PlanningYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year) is not { } planningYear)
            return NotFound();
        var copied = await RiskCarryOver.CarryAsync(db, found!, planningYear);
        TempData["Message"] = copied switch
        {
            null => string.Format(RiskText.CarryOverNoLastYear, year - 1),
            0 => string.Format(RiskText.CarryOverNothing, year - 1),
            _ => string.Format(RiskText.CarryOverDone, copied, year - 1),
        };
        return Redirect(RiskAccess.AnalysisUrl(unit, year));
    }
}
