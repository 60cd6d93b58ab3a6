using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Budget;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Economy.Budget.BudgetTestData;

namespace Styrkedja.Web.Tests.Features.Economy.Budget;

public class FinancialGoalTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Blekinge = DemoUsers.Blekinge;
    private const string Page = "/Economy/Budget/FinancialGoals";

    [Fact]
    public async Task The_controller_adds_changes_and_removes_a_goal_after_validation_messages()
    {
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);

        var bad = await AppClient.ParseAsync(await controller.SubmitFormAsync(Page,
            new() { ["Input.Name"] = "Soliditet", ["Input.Percent"] = "mycket" }, "#goal-form"));
        Assert.Contains("”mycket” är inte ett tal", bad.QuerySelector("#Input_Percent-error")!.TextContent);
        var tooMuch = await AppClient.ParseAsync(await controller.SubmitFormAsync(Page,
            new() { ["Input.Name"] = "", ["Input.Percent"] = "150" }, "#goal-form"));
        Assert.Contains("mellan 0 och 100", tooMuch.QuerySelector("#Input_Percent-error")!.TextContent);
        Assert.Equal("Mål måste fyllas i.", tooMuch.QuerySelector("#Input_Name-error")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(Blekinge, db => db.FinancialGoals.AnyAsync(g => g.Name == "Soliditet")));

        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync(Page, new()
        {
            ["Input.Name"] = "Soliditet", ["Input.Kind"] = "MaximumInvestmentShare", ["Input.Percent"] = "8,5",
        }, "#goal-form")).StatusCode);
        var goal = await app.WithDbAsync(Blekinge, db => db.FinancialGoals.SingleAsync(g => g.Name == "Soliditet"));
        Assert.Equal((FinancialGoalKind.MaximumInvestmentShare, 8.5m), (goal.Kind, goal.Percent));

        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync($"{Page}?id={goal.Id}",
            new() { ["Input.Percent"] = "9" }, "#goal-form")).StatusCode);
        Assert.Equal(9m, (await app.WithDbAsync(Blekinge, db => db.FinancialGoals.SingleAsync(g => g.Id == goal.Id))).Percent);

        var list = await controller.GetDocumentAsync(Page);
        Assert.Contains("9,0 %", list.QuerySelector("#goals")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync(Page, [],
            $"#goals form[action*='id={goal.Id}']")).StatusCode);
        Assert.False(await app.WithDbAsync(Blekinge, db => db.FinancialGoals.AnyAsync(g => g.Id == goal.Id)));
    }

    [Fact]
    public async Task The_demo_has_goals_an_adopted_budget_this_year_and_an_opposition_proposal_that_misses_the_result_goal()
    {
        foreach (var organisation in new[] { DemoUsers.Halland, DemoUsers.Blekinge })
        {
            var (goals, proposals, next) = await app.WithDbAsync(organisation, async db => (
                await db.FinancialGoals.ToListAsync(),
                await db.BudgetProposals.Where(p => p.PlanningYear!.Year == ThisYear).Include(p => p.Years).Include(p => p.Frames).ToListAsync(),
                await db.BudgetProposals.Where(p => p.PlanningYear!.Year == NextYear).ToListAsync()));
            var committees = await app.WithDbAsync(organisation, CommitteesAsync);
            Assert.Equal(3, proposals.Count);
            Assert.Equal("Majoritetens budgetförslag", Assert.Single(proposals, p => p.IsAdopted).Name);
            Assert.Equal(3, next.Count);
            Assert.DoesNotContain(next, p => p.IsAdopted);
            foreach (var proposal in proposals)
                Assert.Equal(committees.Count * 3, proposal.Frames.Count);

            var resultGoal = Assert.Single(goals, g => g.Kind == FinancialGoalKind.MinimumResultShare);
            var checks = proposals.ToDictionary(p => p.Name, p => BudgetFigures.Of(p).Select(y => BudgetFigures.Check(resultGoal, y).Passed).ToList());
            Assert.All(checks["Majoritetens budgetförslag"], Assert.True);
            Assert.Single(checks.Values.SelectMany(c => c), passed => !passed);
            // Region scale: the frames are billions of kronor and a little less than what comes in.
            var first = BudgetFigures.Of(proposals.Single(p => p.IsAdopted))[0];
            Assert.InRange(first.Operating, 5_000_000m, 20_000_000m);
            Assert.InRange(first.Result, 0m, first.TaxRevenue * 0.05m);
        }
    }
}
