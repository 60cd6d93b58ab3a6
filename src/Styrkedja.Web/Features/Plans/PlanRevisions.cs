using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Plans;

public static class PlanRevisions
{
    /// <summary>
    /// Only the newest revision of each unit's plan for a year: older revisions are history, and what
    /// oversight and review care about is where the plan stands now. One correlated subquery, no N+1.
    /// </summary>
    public static IQueryable<Plan> Latest(this IQueryable<Plan> plans, IQueryable<Plan> all) =>
        plans.Where(p => !all.Any(q => q.OrgUnitId == p.OrgUnitId && q.PlanningYearId == p.PlanningYearId && q.Revision > p.Revision));
}
