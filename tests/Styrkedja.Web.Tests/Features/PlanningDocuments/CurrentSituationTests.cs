using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.PlanningDocuments.PlanningDocumentTestData;

namespace Styrkedja.Web.Tests.Features.PlanningDocuments;

/// <summary>The nulägesanalys reads last year's goal fulfilment and indicator outcomes from the system.</summary>
public class CurrentSituationTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    /// <summary>The goal-fulfilment table as level → [met, close, not met, none].</summary>
    private async Task<Dictionary<string, int[]>> CountsOnPageAsync(int premisesId)
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync($"/PlanningDocuments/Premises/{premisesId}");
        Assert.Contains($"{ThisYear - 1}", page.QuerySelector("#goal-fulfilment caption")!.TextContent);
        return page.QuerySelectorAll("#goal-fulfilment tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent,
            r => r.QuerySelectorAll("td").Select(td => int.Parse(td.TextContent)).ToArray());
    }

    [Fact]
    public async Task The_counts_per_level_equal_last_years_goal_statuses()
    {
        var premises = await app.ArrangePremisesAsync();
        var expected = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var goals = await db.Goals.Include(g => g.Level).Where(g => g.PlanningYear!.Year == ThisYear - 1).ToListAsync();
            var statuses = await GoalStatusReading.LoadAsync(db, goals);
            return goals.GroupBy(g => g.Level!.Name).ToDictionary(g => g.Key, g => new[]
            {
                g.Count(x => statuses.For(x.Id).Status == TargetStatus.Met), g.Count(x => statuses.For(x.Id).Status == TargetStatus.Close),
                g.Count(x => statuses.For(x.Id).Status == TargetStatus.NotMet), g.Count(x => statuses.For(x.Id).Status is null),
            });
        });
        Assert.NotEmpty(expected);

        var shown = await CountsOnPageAsync(premises.Id);

        Assert.Equal(expected.OrderBy(e => e.Key), shown.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task A_goal_assessed_as_not_met_last_year_adds_one_to_its_level()
    {
        var premises = await app.ArrangePremisesAsync();
        var before = await CountsOnPageAsync(premises.Id);
        var level = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear - 1);
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var levelOfHsn = await db.Goals.Where(g => g.PlanningYearId == year.Id && g.OwnerUnitId == hsn.Id).Select(g => g.Level!).FirstAsync();
            var goal = new Goal { OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = levelOfHsn.Id, OwnerUnitId = hsn.Id, Title = "Nulägestest" };
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            db.GoalAssessments.Add(new GoalAssessment { OrganisationId = year.OrganisationId, GoalId = goal.Id, Status = TargetStatus.NotMet, Motivation = "Test" });
            await db.SaveChangesAsync();
            return levelOfHsn.Name;
        });

        var after = await CountsOnPageAsync(premises.Id);

        Assert.Equal(before[level][2] + 1, after[level][2]);
        Assert.Equal(before[level][0], after[level][0]);
    }

    [Fact]
    public async Task A_committees_indicator_shows_last_years_outcome_against_its_target()
    {
        var premises = await app.ArrangePremisesAsync();
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear - 1);
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var goal = await db.Goals.FirstAsync(g => g.PlanningYearId == year.Id && g.OwnerUnitId == hsn.Id);
            var indicator = new Indicator { OrganisationId = year.OrganisationId, Name = "Nulägesindikator (test)", MeasureUnit = "%", Decimals = 1, OwnerUnitId = hsn.Id };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            db.IndicatorAdoptions.Add(new IndicatorAdoption { OrganisationId = year.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = hsn.Id });
            db.GoalIndicators.Add(new GoalIndicator { OrganisationId = year.OrganisationId, GoalId = goal.Id, IndicatorId = indicator.Id });
            db.TargetValues.Add(new TargetValue { OrganisationId = year.OrganisationId, IndicatorId = indicator.Id, Year = year.Year, OrgUnitId = hsn.Id, Value = 90m });
            db.IndicatorValues.Add(new IndicatorValue { OrganisationId = year.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = hsn.Id, Year = year.Year, Period = 1, Gender = Gender.Total, Value = 72.5m });
            return await db.SaveChangesAsync();
        });
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync($"/PlanningDocuments/Premises/{premises.Id}");

        var row = page.QuerySelectorAll("#committee-outcomes tbody tr").Single(r => r.TextContent.Contains("Nulägesindikator (test)"));
        Assert.Equal([Hsn, "72,5 %", "90,0 %", "Ej uppfyllt"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }
}
