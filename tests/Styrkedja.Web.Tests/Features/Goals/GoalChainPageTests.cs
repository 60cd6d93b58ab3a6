using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Goals;

public class GoalChainPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task Halland_tree_runs_from_vision_through_focus_areas_and_goals_to_committee_goals()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await client.GetDocumentAsync("/Goals");

        Assert.Contains("Halland – bästa livsplatsen", page.QuerySelector("main .vision")!.TextContent);
        var focus = page.QuerySelectorAll("main > ul.tree > li")
            .Single(li => li.QuerySelector("a")!.TextContent == "Tillgänglig och jämlik hälsa och vård");
        var goal = focus.QuerySelectorAll(":scope > ul > li")
            .Single(li => li.QuerySelector("a")!.TextContent == "Kortare väntetider till vård");
        var committeeGoals = goal.QuerySelectorAll(":scope > ul > li > .node > a").Select(a => a.TextContent).ToList();
        Assert.Contains("Fler patienter får besök inom vårdgarantin", committeeGoals);
        Assert.Equal("Nämndsmål", goal.QuerySelector(":scope > ul > li .tag")!.TextContent);
    }

    [Fact]
    public async Task A_goal_contributing_to_two_goals_is_shown_under_both()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await client.GetDocumentAsync("/Goals");
        var parentsShowingIt = page.QuerySelectorAll("main li")
            .Where(li => li.QuerySelectorAll(":scope > ul > li > .node > a").Any(a => a.TextContent == "Stärkt bemanning i vården"))
            .Select(li => li.QuerySelector(".node > a")!.TextContent)
            .Distinct()
            .Order()
            .ToList();
        Assert.Equal(["Kortare väntetider till vård", "Säkrad kompetensförsörjning"], parentsShowingIt);
    }

    [Fact]
    public async Task Blekinge_tree_is_grouped_under_the_five_perspectives_with_the_2019_direction_goals()
    {
        using var client = await app.LoginAsync(DemoUsers.BlekingeReader);
        var page = await client.GetDocumentAsync("/Goals");
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Invånare och samhälle", "Kvalitet och process", "Kompetens", "Miljö och hållbarhet", "Ekonomi"],
            headings);
        var economy = page.QuerySelectorAll("main section")
            .Single(s => s.QuerySelector("h2")!.TextContent == "Ekonomi");
        var goals = economy.QuerySelectorAll(":scope > ul.tree > li > .node > a").Select(a => a.TextContent);
        Assert.Equal(["Ekonomi med god kostnadskontroll", "Långsiktig ekonomisk planering"], goals);
    }

    [Fact]
    public async Task Details_show_the_chain_up_to_the_assembly_and_down_to_contributors()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var committeeGoal = await app.GoalAsync(DemoUsers.Halland, "Fler patienter får besök inom vårdgarantin");
        var page = await client.GetDocumentAsync($"/Goals/Details/{committeeGoal.Id}");
        var up = page.QuerySelector("section[aria-labelledby=up]")!;
        var upTitles = up.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Kortare väntetider till vård", "Tillgänglig och jämlik hälsa och vård"], upTitles);

        var rfGoal = await app.GoalAsync(DemoUsers.Halland, "Kortare väntetider till vård");
        var rfPage = await client.GetDocumentAsync($"/Goals/Details/{rfGoal.Id}");
        var down = rfPage.QuerySelector("section[aria-labelledby=down]")!.TextContent;
        Assert.Contains("Fler patienter får besök inom vårdgarantin", down);
        Assert.Contains("Stärkt bemanning i vården", down);
        Assert.NotNull(rfPage.QuerySelector($"a[href='/Audit/History?type=Goal&id={rfGoal.Id}']"));
    }

    [Fact]
    public async Task Unit_filter_shows_the_units_goals_with_what_they_contribute_to_and_nothing_else()
    {
        var psychiatry = await app.UnitIdAsync(DemoUsers.Halland, "Psykiatrinämnden");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await client.GetDocumentAsync($"/Goals?unit={psychiatry}");
        var titles = page.QuerySelectorAll("main .tree a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Tillgänglig och jämlik hälsa och vård", "Ökad psykisk hälsa bland unga",
            "Snabbare första bedömning inom barn- och ungdomspsykiatrin"], titles);
    }

    [Fact]
    public async Task A_goal_of_another_organisation_is_not_found()
    {
        var blekingeGoal = await app.GoalAsync(DemoUsers.Blekinge, "En digitaliserad verksamhet");
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var response = await client.Http.GetAsync($"/Goals/Details/{blekingeGoal.Id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var edit = await client.Http.GetAsync($"/Goals/Edit/{blekingeGoal.Id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task Details_list_the_activities_that_serve_the_goal_with_their_status()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Fler patienter får besök inom vårdgarantin");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Goals/Details/{goal.Id}");

        var rows = page.QuerySelectorAll("section[aria-labelledby=goal-activities] tbody tr").ToList();
        var checkIn = rows.Single(r => r.QuerySelector("a")!.TextContent == "Digital incheckning på akutmottagningen");
        Assert.Contains("Pågår", checkIn.TextContent);
        // Last year's activity of the same title serves last year's goal, not this one.
        Assert.Single(rows, r => r.QuerySelector("a")!.TextContent == "Digital incheckning på akutmottagningen");
    }
}
