using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Demo;

/// <summary>
/// A newcomer opening the demo sees the whole plan life: last year decided, this year in draft and under
/// preparation, activities in every state, and something for oversight to find.
/// </summary>
public class PlanDemoTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task Last_years_plans_are_decided_with_decision_data_and_a_snapshot_and_this_years_are_in_progress(string organisation)
    {
        var plans = await app.WithDbAsync(organisation, db => db.Plans.Include(p => p.PlanningYear).Include(p => p.OrgUnit).ToListAsync());
        var expected = await app.WithDbAsync(organisation, db => db.OrgUnits
            .Where(u => u.Kind == OrgUnitKind.Fullmaktige || u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Forvaltning)
            .CountAsync());

        var lastYear = plans.Where(p => p.PlanningYear!.Year == ThisYear - 1).ToList();
        Assert.Equal(expected, lastYear.Count);
        Assert.All(lastYear, p =>
        {
            Assert.Equal(PlanState.Decided, p.State);
            Assert.False(string.IsNullOrEmpty(p.DecidedBy));
            Assert.True(p.DecidedOn < new DateOnly(ThisYear, 1, 1));
            Assert.StartsWith("§ ", p.DecisionParagraph);
            Assert.False(string.IsNullOrEmpty(p.RegistryNumber));
            Assert.Contains(p.OrgUnit!.Name, p.Snapshot);
        });

        var thisYear = plans.Where(p => p.PlanningYear!.Year == ThisYear).ToList();
        Assert.Contains(thisYear, p => p.State == PlanState.Draft);
        Assert.Contains(thisYear, p => p.State == PlanState.InPreparation);
        // The assembly's plan was decided and is being revised: both revisions are there.
        var assembly = thisYear.Where(p => p.OrgUnit!.Kind == OrgUnitKind.Fullmaktige).OrderBy(p => p.Revision).ToList();
        Assert.Equal([PlanState.Decided, PlanState.Draft], assembly.Select(p => p.State));
        // One committee has no plan yet, for oversight to find.
        Assert.Equal(expected - 1, thisYear.Select(p => p.OrgUnitId).Distinct().Count());
    }

    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task This_years_activities_cover_every_status_one_is_overdue_and_one_lacks_responsible_and_dates(string organisation)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var activities = await app.WithDbAsync(organisation, db => db.Activities.Include(a => a.Goals).Include(a => a.Comments)
            .Where(a => a.PlanningYear!.Year == ThisYear).ToListAsync());

        Assert.Equal(Enum.GetValues<ActivityStatus>().Order(), activities.Select(a => a.Status).Distinct().Order());
        Assert.Contains(activities, a => a.IsOverdue(today));
        Assert.Contains(activities, a => a.ResponsibleUserId is null && a.StartsOn is null && a.EndsOn is null);
        Assert.All(activities, a => Assert.Single(a.Goals));
        Assert.Contains(activities, a => a.Comments.Count > 1);
        Assert.All(activities.Where(a => a.StartsOn is not null), a => Assert.True(a.StartsOn <= a.EndsOn));
    }
}
