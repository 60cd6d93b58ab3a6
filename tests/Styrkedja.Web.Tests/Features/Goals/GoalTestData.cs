using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Goals;

/// <summary>Looks up demo goals and units by name, so tests do not depend on generated ids.</summary>
internal static class GoalTestData
{
    public static Task<Goal> GoalAsync(this StyrkedjaFactory app, string organisation, string title) =>
        app.WithDbAsync(organisation, db => db.Goals.Include(g => g.ContributesTo).Include(g => g.PlanningYear)
            .SingleAsync(g => g.Title == title && g.PlanningYear!.Year == CurrentYear));

    /// <summary>
    /// A demo goal that no report has assessed, so that it may be deleted: the demo's follow-up assesses
    /// most committee goals of the year, and a goal assessed in a report is kept.
    /// </summary>
    public static async Task<Goal> UnassessedGoalAsync(this StyrkedjaFactory app, string organisation, string title)
    {
        var goal = await app.GoalAsync(organisation, title);
        await app.WithDbAsync(organisation, async db =>
        {
            db.ReportGoalAssessments.RemoveRange(await db.ReportGoalAssessments.Where(a => a.GoalId == goal.Id).ToListAsync());
            return await db.SaveChangesAsync();
        });
        return goal;
    }

    /// <summary>The demo's planning year with goals of its own; last year's chain carries the same titles.</summary>
    public static int CurrentYear => DateTime.Now.Year;

    public static Task<int> UnitIdAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<int> LevelIdAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.GoalLevels.Where(l => l.Name == name).Select(l => l.Id).SingleAsync());

    public static Task<int> GoalCountAsync(this StyrkedjaFactory app, string organisation) =>
        app.WithDbAsync(organisation, db => db.Goals.CountAsync());
}
