using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure;

namespace Styrkedja.Web.Features.Activities;

/// <summary>The activities serving one goal, for the <c>_ActivitiesForGoal</c> partial on the goal's page.</summary>
public sealed record ActivitiesForGoal(IReadOnlyList<Activity> Activities, DateOnly Today)
{
    public static async Task<ActivitiesForGoal> LoadAsync(StyrkedjaDbContext db, int goalId, TimeProvider clock)
    {
        var activities = await db.Activities.AsNoTracking().Include(a => a.OwnerUnit).Include(a => a.Responsible)
            .Where(a => a.Goals.Any(l => l.GoalId == goalId)).ToListAsync();
        var swedish = StringComparer.Create(ServiceRegistration.Swedish, true);
        return new ActivitiesForGoal(
            activities.OrderBy(a => a.OwnerUnit!.Path).ThenBy(a => a.Title, swedish).ToList(),
            SwedishTime.Today(clock));
    }
}
