using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Demo;

/// <summary>
/// A newcomer opening the demo sees the follow-up year: last year's report cycle completed, annual report
/// included, and this year's first round under way with its reports in the workflow's states.
/// </summary>
public class ReportDemoTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task Every_round_of_last_years_cycle_is_there_and_every_committee_report_in_it_is_adopted_with_every_goal_assessed(string organisation)
    {
        var types = await app.WithDbAsync(organisation, db => db.ReportTypes.ToListAsync());
        var rounds = await app.WithDbAsync(organisation, db => db.ReportRounds
            .Where(r => r.PlanningYear!.Year == ThisYear - 1)
            .Include(r => r.Reports).ThenInclude(r => r.Assessments).ToListAsync());
        var goals = await app.WithDbAsync(organisation, db => db.Goals.Where(g => g.PlanningYear!.Year == ThisYear - 1)
            .Select(g => new { g.Id, g.OwnerUnitId }).ToListAsync());

        Assert.Equal(types.Sum(t => t.MonthList.Count), rounds.Count);
        Assert.Contains(types, t => t.MonthList.Contains(12));
        foreach (var round in rounds.Where(r => types.Single(t => t.Id == r.ReportTypeId).Writers != ReportWriters.None))
        {
            Assert.NotEmpty(round.Reports);
            Assert.All(round.Reports, report =>
            {
                Assert.Equal(ReportState.Adopted, report.State);
                Assert.StartsWith("§ ", report.DecisionParagraph);
                Assert.Equal(goals.Where(g => g.OwnerUnitId == report.OrgUnitId).Select(g => g.Id).Order(),
                    report.Assessments.Select(a => a.GoalId).Order());
            });
        }
        // Economy figures are there in every round, the economy-only ones included.
        Assert.All(rounds.SelectMany(r => r.Reports), r => Assert.NotNull(r.ForecastYear));
    }

    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task This_years_first_written_round_shows_the_workflows_states(string organisation)
    {
        var round = await app.WithDbAsync(organisation, db => db.ReportRounds
            .Where(r => r.PlanningYear!.Year == ThisYear && r.ReportType!.Writers != ReportWriters.None)
            .Include(r => r.Reports).ThenInclude(r => r.Assessments).SingleAsync());

        var states = round.Reports.Select(r => r.State).ToHashSet();
        Assert.Superset(new HashSet<ReportState>
        {
            ReportState.NotStarted, ReportState.InProgress, ReportState.Submitted, ReportState.Returned, ReportState.Adopted,
        }, states);
        var returned = round.Reports.Single(r => r.State == ReportState.Returned);
        Assert.False(string.IsNullOrEmpty(returned.ReturnComment));
        Assert.Empty(round.Reports.Single(r => r.State == ReportState.NotStarted).Assessments);
    }
}
