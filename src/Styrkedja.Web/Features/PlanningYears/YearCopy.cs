using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>
/// Copies a year's goal structure into another year as the starting point of its planning. Goals owned
/// by a closed unit stay behind (nobody would own the copy), and so do the links that pointed at them.
/// Every copy remembers its original (<see cref="Goal.CopiedFromId"/>) so a goal can be followed over years.
/// </summary>
public static class YearCopy
{
    public sealed record SkippedGoal(string Title, string OwnerName);

    public sealed record Result(int CopiedGoals, int CopiedLinks, int DroppedLinks, List<SkippedGoal> Skipped);

    /// <summary>Adds the copies to the context; the caller saves them, all in one transaction.</summary>
    public static Result AddCopies(StyrkedjaDbContext db, GoalChain source, PlanningYear target)
    {
        var copies = new Dictionary<int, Goal>();
        var skipped = new List<SkippedGoal>();
        foreach (var goal in source.Goals.Values.OrderBy(g => g.Id))
        {
            if (goal.OwnerUnit!.IsClosed)
            {
                skipped.Add(new SkippedGoal(goal.Title, goal.OwnerUnit.Name));
                continue;
            }
            copies[goal.Id] = new Goal
            {
                OrganisationId = goal.OrganisationId, PlanningYear = target, LevelId = goal.LevelId,
                OwnerUnitId = goal.OwnerUnitId, PerspectiveId = goal.PerspectiveId, Title = goal.Title,
                Description = goal.Description, SortOrder = goal.SortOrder, CopiedFromId = goal.Id,
            };
        }

        int copiedLinks = 0, droppedLinks = 0;
        foreach (var (originalId, copy) in copies)
            foreach (var parent in source.ParentsOf(originalId))
            {
                if (copies.TryGetValue(parent.Id, out var parentCopy))
                {
                    copy.ContributesTo.Add(new GoalLink { OrganisationId = copy.OrganisationId, ParentGoal = parentCopy });
                    copiedLinks++;
                }
                else
                    droppedLinks++;
            }
        db.Goals.AddRange(copies.Values);
        return new Result(copies.Count, copiedLinks, droppedLinks, skipped);
    }
}
