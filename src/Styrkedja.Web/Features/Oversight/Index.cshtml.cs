using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Oversight;

/// <summary>
/// Uppsiktsplikt: Regionstyrelsen's read-only page across all committees for a planning year — each
/// committee's plan, goal statuses, activities and overdue items, and where the chain is broken.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public CommitteeOverview? Overview { get; private set; }
    public IReadOnlyList<FindingGroup> Findings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return Page();
        var today = SwedishTime.Today(clock);
        Overview = await CommitteeOverview.LoadAsync(db, Year, today);
        Findings = await ChainHealth.LoadAsync(db, Year);
        return Page();
    }
}
