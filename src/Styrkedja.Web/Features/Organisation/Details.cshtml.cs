using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>One unit: where it sits in the tree, its grunduppdrag and the goals it owns per planning year.</summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public sealed record YearGoals(PlanningYear Year, List<Goal> Goals);

    public OrgUnit Unit { get; private set; } = null!;
    public OrgUnit? Parent { get; private set; }
    public IReadOnlyList<OrgUnit> Children { get; private set; } = [];
    public BasicMission? Mission { get; private set; }
    public List<YearGoals> GoalsByYear { get; private set; } = [];
    public bool MayEditMission { get; private set; }
    public bool IsAdministrator { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var tree = await OrgTree.LoadAsync(db);
        if (!tree.Units.TryGetValue(id, out var unit))
            return NotFound();
        if (!await access.CanAsync(UnitAction.Read, unit))
            return Forbid();
        Unit = unit;
        Parent = unit.ParentId is { } parentId ? tree.Units[parentId] : null;
        Children = tree.ChildrenOf(id);
        Mission = await db.BasicMissions.AsNoTracking().SingleOrDefaultAsync(m => m.OrgUnitId == id);
        var goals = await db.Goals.AsNoTracking().Include(g => g.PlanningYear).Include(g => g.Level)
            .Where(g => g.OwnerUnitId == id).ToListAsync();
        GoalsByYear = goals.GroupBy(g => g.PlanningYearId)
            .Select(year => new YearGoals(year.First().PlanningYear!,
                year.OrderBy(g => g.Level!.SortOrder).ThenBy(g => g.SortOrder).ThenBy(g => g.Title).ToList()))
            .OrderBy(y => y.Year.Year)
            .ToList();
        MayEditMission = await OrgAccess.MayEditMissionAsync(access, unit);
        IsAdministrator = await access.IsAdministratorAsync();
        return Page();
    }
}
