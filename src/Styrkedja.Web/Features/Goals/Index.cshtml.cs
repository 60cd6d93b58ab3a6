using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Goals;

/// <summary>The goal chain of a planning year as a tree from the vision down.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public Domain.GovernanceModel? Model { get; private set; }
    public GoalChain? Chain { get; private set; }
    public List<Perspective> Perspectives { get; private set; } = [];
    public bool MayCreate { get; private set; }

    /// <summary>Roots on a level that has no higher level: where the tree starts.</summary>
    public List<Goal> TopGoals { get; private set; } = [];

    /// <summary>Roots on a level that should contribute upward but does not (yet).</summary>
    public List<Goal> UnlinkedGoals { get; private set; } = [];

    public bool GroupByPerspective { get; private set; }

    /// <summary>Units that own goals, for the "show a unit's chain" filter.</summary>
    public List<OrgUnit> Units { get; private set; } = [];

    public OrgUnit? Unit { get; private set; }

    /// <summary>With a unit filter: the goals of the unit's subtree and everything they contribute to.</summary>
    public IReadOnlySet<int>? Visible { get; private set; }

    public async Task OnGetAsync(int? year, int? unit)
    {
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        Model = await db.GovernanceModels.SingleOrDefaultAsync();
        MayCreate = await access.MayEditSomethingAsync();
        if (Year is null)
            return;
        Chain = await GoalChain.LoadAsync(db, Year.Id);
        Units = Chain.Goals.Values.Select(g => g.OwnerUnit!).DistinctBy(u => u.Id).OrderBy(u => u.Path).ToList();
        Unit = Units.FirstOrDefault(u => u.Id == unit);
        if (Unit is not null)
            Visible = Chain.WithAncestors(Chain.Goals.Values.Where(g => g.OwnerUnit!.IsWithin(Unit.Path)).Select(g => g.Id));
        var levelsWithParents = await db.GoalLevelLinks.Select(l => l.LevelId).Distinct().ToListAsync();
        foreach (var root in Chain.Roots.Where(g => Visible is null || Visible.Contains(g.Id)))
            (levelsWithParents.Contains(root.LevelId) ? UnlinkedGoals : TopGoals).Add(root);
        GroupByPerspective = TopGoals.Count > 0 && TopGoals.All(g => g.Level!.UsesPerspective);
        if (GroupByPerspective)
            Perspectives = await db.Perspectives.Where(p => p.ForGoals).OrderBy(p => p.SortOrder).ToListAsync();
    }
}
