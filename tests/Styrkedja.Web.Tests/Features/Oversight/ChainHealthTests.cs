using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Oversight;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Oversight;

/// <summary>Kedjans hälsa: each kind of finding appears for a crafted fault, with its link, and disappears when fixed.</summary>
public class ChainHealthTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    private async Task<List<string>> FindingLinksAsync(FindingKind kind)
    {
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        return (await client.GetDocumentAsync("/Oversight")).Links($"#finding-{kind}");
    }

    private async Task<Goal> AddCommitteeGoalAsync(string title)
    {
        var year = await app.ThisYearAsync(Halland);
        var template = await app.WithDbAsync(Halland, db => db.Goals.AsNoTracking().SingleAsync(g => g.Title == "Fler företag i Halland växer" && g.PlanningYear!.Year == DateTime.Now.Year));
        return await app.AddAsync(Halland, new Goal
        {
            OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = template.LevelId,
            OwnerUnitId = template.OwnerUnitId, Title = title,
        });
    }

    [Fact]
    public async Task A_committee_goal_not_linked_to_an_assembly_goal_is_found_until_it_is_linked()
    {
        var goal = await AddCommitteeGoalAsync("Olänkat nämndmål");
        Assert.Contains($"/Goals/Edit/{goal.Id}", await FindingLinksAsync(FindingKind.CommitteeGoalNotLinked));

        var assemblyGoal = await app.WithDbAsync(Halland, db => db.Goals.Where(g => g.Title == "Kortare väntetider till vård" && g.PlanningYear!.Year == DateTime.Now.Year).Select(g => g.Id).SingleAsync());
        await app.AddAsync(Halland, new GoalLink { OrganisationId = goal.OrganisationId, GoalId = goal.Id, ParentGoalId = assemblyGoal });
        Assert.DoesNotContain($"/Goals/Edit/{goal.Id}", await FindingLinksAsync(FindingKind.CommitteeGoalNotLinked));
    }

    [Fact]
    public async Task A_goal_without_indicators_is_found_until_one_measures_it()
    {
        var goal = await AddCommitteeGoalAsync("Omätt mål");
        Assert.Contains($"/Goals/Indicators/{goal.Id}", await FindingLinksAsync(FindingKind.GoalWithoutIndicators));

        var indicator = await app.WithDbAsync(Halland, db => db.Indicators.Select(i => i.Id).FirstAsync());
        await app.AddAsync(Halland, new GoalIndicator { OrganisationId = goal.OrganisationId, GoalId = goal.Id, IndicatorId = indicator });
        Assert.DoesNotContain($"/Goals/Indicators/{goal.Id}", await FindingLinksAsync(FindingKind.GoalWithoutIndicators));
    }

    [Fact]
    public async Task An_indicator_in_use_without_target_or_responsible_is_found_until_both_are_given()
    {
        var year = await app.ThisYearAsync(Halland);
        var unit = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Hallands sjukhus"));
        Indicator NewIndicator(string name) => new()
        {
            OrganisationId = year.OrganisationId, Name = name, OwnerUnitId = unit.Id, Scope = IndicatorScope.UnitOwn,
            Periodicity = Periodicity.Month, ResponsiblePerson = "",
        };
        var used = await app.AddAsync(Halland, NewIndicator("Använd indikator utan målvärde"));
        await app.AddAsync(Halland, new IndicatorAdoption { OrganisationId = year.OrganisationId, IndicatorId = used.Id, OrgUnitId = unit.Id });
        var unused = await app.AddAsync(Halland, NewIndicator("Oanvänd indikator"));

        var withoutTarget = await FindingLinksAsync(FindingKind.IndicatorWithoutTarget);
        var withoutResponsible = await FindingLinksAsync(FindingKind.IndicatorWithoutResponsible);
        Assert.Contains($"/Indicators/Targets/{used.Id}", withoutTarget);
        Assert.Contains($"/Indicators/Edit/{used.Id}", withoutResponsible);
        Assert.DoesNotContain($"/Indicators/Targets/{unused.Id}", withoutTarget);
        Assert.DoesNotContain($"/Indicators/Edit/{unused.Id}", withoutResponsible);

        // A target for another year does not count.
        await app.AddAsync(Halland, new TargetValue { OrganisationId = year.OrganisationId, IndicatorId = used.Id, Year = year.Year - 1, Value = 5 });
        Assert.Contains($"/Indicators/Targets/{used.Id}", await FindingLinksAsync(FindingKind.IndicatorWithoutTarget));

        await app.AddAsync(Halland, new TargetValue { OrganisationId = year.OrganisationId, IndicatorId = used.Id, Year = year.Year, Value = 5 });
        await app.UpdateAsync<Indicator>(Halland, used.Id, i => i.ResponsiblePerson = "Kim Kvalitet");
        Assert.DoesNotContain($"/Indicators/Targets/{used.Id}", await FindingLinksAsync(FindingKind.IndicatorWithoutTarget));
        Assert.DoesNotContain($"/Indicators/Edit/{used.Id}", await FindingLinksAsync(FindingKind.IndicatorWithoutResponsible));
    }

    [Fact]
    public async Task An_activity_without_responsible_or_dates_is_found_until_they_are_given()
    {
        var year = await app.ThisYearAsync(Halland);
        var unit = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Regional utveckling"));
        var activity = await app.AddActivityAsync(Halland, year, unit.Id, "Aktivitet utan ansvarig och datum", ActivityStatus.NotStarted, null);
        var url = $"/Activities/Edit/{activity.Id}";
        Assert.Contains(url, await FindingLinksAsync(FindingKind.ActivityWithoutResponsible));
        Assert.Contains(url, await FindingLinksAsync(FindingKind.ActivityWithoutDates));

        var responsible = await app.UserIdAsync(DemoUsers.HallandEditorRun);
        var today = app.Today();
        await app.UpdateAsync<Activity>(Halland, activity.Id, a => (a.ResponsibleUserId, a.StartsOn) = (responsible, today));
        Assert.DoesNotContain(url, await FindingLinksAsync(FindingKind.ActivityWithoutResponsible));
        Assert.Contains(url, await FindingLinksAsync(FindingKind.ActivityWithoutDates));

        await app.UpdateAsync<Activity>(Halland, activity.Id, a => a.EndsOn = today.AddMonths(2));
        Assert.DoesNotContain(url, await FindingLinksAsync(FindingKind.ActivityWithoutDates));
    }

    [Fact]
    public async Task An_open_unit_expected_to_plan_without_a_plan_is_found_until_it_has_one()
    {
        var year = await app.ThisYearAsync(Halland);
        var committee = await app.AddUnitAsync(Halland, "Nya nämnden", OrgUnitKind.Namnd);
        var operation = await app.AddUnitAsync(Halland, "Nya verksamheten", OrgUnitKind.Verksamhet, committee.Id);
        var closed = await app.AddUnitAsync(Halland, "Nedlagda nämnden", OrgUnitKind.Namnd);
        await app.UpdateAsync<OrgUnit>(Halland, closed.Id, u => u.ClosedOn = app.Today());

        var links = await FindingLinksAsync(FindingKind.UnitWithoutPlan);
        Assert.Contains($"/Plans/Create?unit={committee.Id}&year={year.Year}", links);
        Assert.DoesNotContain($"/Plans/Create?unit={operation.Id}&year={year.Year}", links);
        Assert.DoesNotContain($"/Plans/Create?unit={closed.Id}&year={year.Year}", links);

        await app.AddPlanAsync(Halland, year, committee.Id, PlanState.Draft);
        Assert.DoesNotContain($"/Plans/Create?unit={committee.Id}&year={year.Year}", await FindingLinksAsync(FindingKind.UnitWithoutPlan));
    }

    [Fact]
    public async Task Each_group_heading_counts_its_findings_and_names_the_problem_in_Swedish()
    {
        await AddCommitteeGoalAsync("Räknat mål utan indikatorer");
        var year = await app.ThisYearAsync(Halland);
        var expected = await app.WithDbAsync(Halland, db => db.Goals.CountAsync(g => g.PlanningYearId == year.Id
            && !db.GoalIndicators.Any(l => l.GoalId == g.Id)));

        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var section = (await client.GetDocumentAsync("/Oversight")).QuerySelector($"#finding-{FindingKind.GoalWithoutIndicators}")!;
        Assert.Equal($"Mål utan indikatorer ({expected} st)", section.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(Math.Min(expected, ChainHealth.ShownPerKind), section.QuerySelectorAll("tbody tr").Length);
        Assert.Contains(section.QuerySelectorAll("tbody td"),
            td => td.TextContent == "Målet ”Räknat mål utan indikatorer” mäts inte av någon indikator.");
    }

    [Fact]
    public async Task Another_organisations_faults_are_not_shown()
    {
        var year = await app.ThisYearAsync(DemoUsers.Blekinge);
        var unit = await app.AddUnitAsync(DemoUsers.Blekinge, "Blekinges nämnd utan plan", OrgUnitKind.Namnd);
        var activity = await app.AddActivityAsync(DemoUsers.Blekinge, year, unit.Id, "Blekinges aktivitet utan datum", ActivityStatus.NotStarted, null);
        Assert.DoesNotContain($"/Activities/Edit/{activity.Id}", await FindingLinksAsync(FindingKind.ActivityWithoutDates));
        Assert.DoesNotContain($"/Plans/Create?unit={unit.Id}&year={year.Year}", await FindingLinksAsync(FindingKind.UnitWithoutPlan));
    }
}
