using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>
/// /Economy/Outcome: outcome against budget per month for a unit and everything below it, per budget line
/// and per unit directly below (to drill down), with the year's report rounds for the forecasts. Everyone
/// in the organisation reads it, as they read goals and plans.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<OrgUnit> Units { get; private set; } = [];
    public OutcomeView? View { get; private set; }
    public List<ReportRound> Rounds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, int? unit)
    {
        var loaded = await OutcomeLoader.LoadAsync(db, access, clock, year, unit);
        if (loaded.Refusal is { } refusal)
            return refusal;
        (Years, Year, Units, View) = (loaded.Years, loaded.Year, loaded.Units, loaded.View);
        if (Year is not null)
            Rounds = await db.ReportRounds.AsNoTracking().Where(r => r.PlanningYearId == Year.Id).Include(r => r.ReportType)
                .OrderBy(r => r.Month).ThenBy(r => r.ReportType!.SortOrder).ToListAsync();
        return Page();
    }
}
