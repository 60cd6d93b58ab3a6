using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// The goal chain of one planning year as an in-memory graph: two queries (goals, links), then both
/// directions of every link are lookups. A year holds at most a few thousand goals, so this beats
/// recursive SQL on both providers and keeps the tree and details pages to a fixed number of queries.
/// </summary>
public sealed class GoalChain
{
    public IReadOnlyDictionary<int, Goal> Goals { get; }
    private readonly ILookup<int, int> _parents;
    private readonly ILookup<int, int> _children;

    private GoalChain(List<Goal> goals, List<GoalLink> links)
    {
        Goals = goals.ToDictionary(g => g.Id);
        var known = links.Where(l => Goals.ContainsKey(l.GoalId) && Goals.ContainsKey(l.ParentGoalId)).ToList();
        _parents = known.ToLookup(l => l.GoalId, l => l.ParentGoalId);
        _children = known.ToLookup(l => l.ParentGoalId, l => l.GoalId);
    }

    public static async Task<GoalChain> LoadAsync(StyrkedjaDbContext db, int planningYearId)
    {
        // Levels, owners and perspectives are few and shared by many goals: read each once and attach
        // them, instead of joining a copy into every goal row (measured 3× slower at region scale).
        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanningYearId == planningYearId).ToListAsync();
        var ownerIds = goals.Select(g => g.OwnerUnitId).Distinct().ToList();
        var owners = await db.OrgUnits.AsNoTracking().Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id);
        var levels = await db.GoalLevels.AsNoTracking().ToDictionaryAsync(l => l.Id);
        var perspectives = await db.Perspectives.AsNoTracking().ToDictionaryAsync(p => p.Id);
        foreach (var goal in goals)
        {
            goal.Level = levels[goal.LevelId];
            goal.OwnerUnit = owners[goal.OwnerUnitId];
            goal.Perspective = goal.PerspectiveId is { } id ? perspectives[id] : null;
        }
        var links = await db.GoalLinks.AsNoTracking()
            .Where(l => l.Goal!.PlanningYearId == planningYearId)
            .ToListAsync();
        return new GoalChain(goals, links);
    }

    public IEnumerable<Goal> ParentsOf(int goalId) => Ordered(_parents[goalId]);

    public IEnumerable<Goal> ChildrenOf(int goalId) => Ordered(_children[goalId]);

    /// <summary>Goals that contribute to nothing: the top of the chain, plus goals not yet linked upward.</summary>
    public IEnumerable<Goal> Roots => Ordered(Goals.Keys.Where(id => !_parents[id].Any()));

    /// <summary>The given goals and every goal they contribute to, directly or further up.</summary>
    public HashSet<int> WithAncestors(IEnumerable<int> goalIds)
    {
        var result = new HashSet<int>();
        var stack = new Stack<int>(goalIds);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (result.Add(id))
                foreach (var parent in _parents[id])
                    stack.Push(parent);
        }
        return result;
    }

    /// <summary>True when <paramref name="ancestorId"/> is reached by following links up from <paramref name="goalId"/>.</summary>
    public bool ContributesTransitively(int goalId, int ancestorId)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(_parents[goalId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == ancestorId)
                return true;
            if (seen.Add(id))
                foreach (var parent in _parents[id])
                    stack.Push(parent);
        }
        return false;
    }

    private IEnumerable<Goal> Ordered(IEnumerable<int> ids) => ids
        .Select(id => Goals[id])
        .OrderBy(g => g.Level!.SortOrder)
        .ThenBy(g => g.Perspective?.SortOrder ?? 0)
        .ThenBy(g => g.SortOrder)
        .ThenBy(g => g.Id);
}
