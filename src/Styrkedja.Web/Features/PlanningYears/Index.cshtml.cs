using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>The organisation's planning years with their plan span and goal count. Everyone reads it.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public sealed record YearRow(int Year, int LastPlanYear, int GoalCount);

    public List<YearRow> Years { get; private set; } = [];
    public bool MayPlan { get; private set; }

    public async Task OnGetAsync()
    {
        Years = await db.PlanningYears.OrderBy(y => y.Year)
            .Select(y => new YearRow(y.Year, y.Year + y.PlanHorizonYears - 1, db.Goals.Count(g => g.PlanningYearId == y.Id)))
            .ToListAsync();
        MayPlan = await access.ActsForWholeOrganisationAsync();
    }
}
