using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Demo;

public class ControlDemoTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task Every_committee_has_decided_control_plans_with_results_and_an_overdue_action(string organisation)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var (committees, plans, overdue) = await app.WithDbAsync(organisation, async db => (
            await db.OrgUnits.CountAsync(u => u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd),
            await db.InternalControlPlans.AsNoTracking().Include(p => p.PlanningYear)
                .Include(p => p.Controls).ThenInclude(c => c.Results).ToListAsync(),
            await db.ControlActions.CountAsync(a => a.DoneOn == null && a.DueOn < today
                && a.Result!.Outcome == ControlOutcome.SeriousDeficiencies)));

        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var ofYear = plans.Where(p => p.PlanningYear!.Year == year).ToList();
            Assert.Equal(committees, ofYear.Count);
            Assert.All(ofYear, p => Assert.Equal(PlanState.Decided, p.State));
            Assert.All(ofYear, p => Assert.InRange(p.Controls.Count, 3, 5));
        }
        var lastYear = plans.Where(p => p.PlanningYear!.Year == today.Year - 1).SelectMany(p => p.Controls).ToList();
        Assert.All(lastYear, c => Assert.Contains(c.Results, r => r.ReportRoundId == null));
        var thisYear = plans.Where(p => p.PlanningYear!.Year == today.Year).SelectMany(p => p.Controls).SelectMany(c => c.Results).ToList();
        Assert.All(thisYear, r => Assert.NotNull(r.ReportRoundId));
        Assert.Contains(thisYear, r => r.Outcome == ControlOutcome.Remarks);
        Assert.Equal(1, overdue);
    }
}
