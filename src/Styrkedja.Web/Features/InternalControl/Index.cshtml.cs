using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>A unit's risk analysis in brief, for the start page's list.</summary>
public sealed record UnitRiskSummary(OrgUnit Unit, int Count, int? HighestValue);

/// <summary>
/// /InternalControl: the start of intern kontroll for a year — the committees and administrations whose
/// risk analyses the user may read, each with its number of risks and its highest value.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>The units that make a risk analysis: the board, the committees and their administrations.</summary>
    private const OrgUnitKind AnalysingKinds = OrgUnitKind.Styrelse | OrgUnitKind.Namnd | OrgUnitKind.Forvaltning;

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<UnitRiskSummary> Units { get; private set; } = [];
    public RiskScale Scale { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        Scale = await RiskScale.LoadAsync(db);
        var units = (await db.OrgUnits.AsNoTracking().Where(u => u.ClosedOn == null).OrderBy(u => u.Path).ToListAsync())
            .Where(u => (u.Kind & AnalysingKinds) != 0);
        var readable = await InternalControlAccess.ReadableAsync(access, units);
        if (readable.Count == 0)
            return Forbid();
        var risks = Year is null ? [] : await db.Risks.AsNoTracking().Where(r => r.PlanningYearId == Year.Id)
            .Select(r => new { r.OrgUnitId, r.Probability, r.Consequence }).ToListAsync();
        Units = readable.Select(u =>
        {
            var values = risks.Where(r => r.OrgUnitId == u.Id).Select(r => r.Probability * r.Consequence).ToList();
            return new UnitRiskSummary(u, values.Count, values.Count == 0 ? null : values.Max());
        }).ToList();
        return Page();
    }
}
