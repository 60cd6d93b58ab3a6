using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// One level of a rendered goal tree. Down: the goals that contribute to <see cref="Under"/>; Up: the
/// goals <see cref="Under"/> contributes to (the details page's "bidrar till"). <see cref="Path"/>
/// guards against a cycle in bad data; <see cref="Visible"/>, when set, limits the tree to those goals
/// (a unit's own goals and the goals above them).
/// </summary>
public sealed record GoalTreeView(GoalChain Chain, IReadOnlyList<Goal> Goals, Goal? Under, bool Upward = false,
    IReadOnlySet<int>? Path = null, IReadOnlySet<int>? Visible = null)
{
    public IReadOnlyList<Goal> NextOf(Goal goal, IReadOnlySet<int> path) =>
        (Upward ? Chain.ParentsOf(goal.Id) : Chain.ChildrenOf(goal.Id))
            .Where(g => !path.Contains(g.Id) && (Visible is null || Visible.Contains(g.Id)))
            .ToList();

    /// <summary>In the downward tree, the other goals this one also contributes to.</summary>
    public IReadOnlyList<Goal> AlsoContributesTo(Goal goal) =>
        Upward || Under is null ? [] : Chain.ParentsOf(goal.Id).Where(p => p.Id != Under.Id).ToList();

    public GoalTreeView Next(Goal goal, IReadOnlySet<int> path) => this with
    {
        Goals = NextOf(goal, path), Under = goal, Path = path,
    };
}
