using Microsoft.EntityFrameworkCore;
using System.Net;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Activities.ActivityTestData;

namespace Styrkedja.Web.Tests.Features.Activities;

/// <summary>
/// The list and timeline of one unit. Each test arranges its own unit's activities (a unit no other test
/// of the class uses), so that counts do not depend on the order tests run in.
/// </summary>
public class ActivityListTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private string ListUrl(Activity any) => $"/Activities?unit={any.OwnerUnitId}&year={Year}";

    [Fact]
    public async Task An_activity_that_ended_yesterday_is_flagged_overdue_but_a_done_one_is_not()
    {
        var yesterday = Today.AddDays(-1);
        var late = await app.AddActivityAsync(DemoUsers.Halland, "Psykiatrinämnden", "Borde vara klar",
            a => (a.StartsOn, a.EndsOn, a.Status) = (yesterday.AddDays(-30), yesterday, ActivityStatus.InProgress));
        var done = await app.AddActivityAsync(DemoUsers.Halland, "Psykiatrinämnden", "Klar i tid",
            a => (a.StartsOn, a.EndsOn, a.Status) = (yesterday.AddDays(-30), yesterday, ActivityStatus.Done));
        var ongoing = await app.AddActivityAsync(DemoUsers.Halland, "Psykiatrinämnden", "Slutar i dag",
            a => (a.StartsOn, a.EndsOn, a.Status) = (yesterday, Today, ActivityStatus.InProgress));
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync(ListUrl(late));

        string Row(Activity a) => page.QuerySelector($"#activity-table a[href='/Activities/Details/{a.Id}']")!.Closest("tr")!.TextContent;
        Assert.Contains("⚠", Row(late));
        Assert.Contains("Försenad enligt slutdatum", Row(late));
        Assert.DoesNotContain("Försenad", Row(done));
        Assert.DoesNotContain("Försenad", Row(ongoing));
        var details = await client.GetDocumentAsync($"/Activities/Details/{late.Id}");
        Assert.Contains("Försenad enligt slutdatum", details.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Försenad enligt slutdatum", (await client.GetDocumentAsync($"/Activities/Details/{done.Id}")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_draws_one_bar_per_dated_activity_and_lists_the_undated_ones()
    {
        var spring = await app.AddActivityAsync(DemoUsers.Halland, "Kultur- och skolnämnden", "Vårens turné",
            a => (a.StartsOn, a.EndsOn, a.Status, a.ProgressPercent) = (new DateOnly(Year, 3, 1), new DateOnly(Year, 6, 30), ActivityStatus.InProgress, 50));
        var autumn = await app.AddActivityAsync(DemoUsers.Halland, "Kultur- och skolnämnden", "Höstens festival",
            a => (a.StartsOn, a.EndsOn) = (new DateOnly(Year, 9, 1), new DateOnly(Year, 10, 31)));
        var undated = await app.AddActivityAsync(DemoUsers.Halland, "Kultur- och skolnämnden", "Ännu utan datum");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync(ListUrl(spring));

        var svg = page.QuerySelector(".activity-timeline svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Kultur- och skolnämnden", svg.QuerySelector("title")!.TextContent);
        var bars = svg.QuerySelectorAll("g.bar");
        Assert.Equal([spring.Id.ToString(), autumn.Id.ToString()], bars.Select(b => b.GetAttribute("data-activity")!));
        var springBar = bars[0];
        Assert.Contains("bar-inprogress", springBar.ClassList);
        Assert.Equal("Pågår 50 %", springBar.QuerySelector("text.state")!.TextContent);
        var span = springBar.QuerySelector("rect.span")!;
        var progress = springBar.QuerySelector("rect.progress")!;
        Assert.Equal(double.Parse(span.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) / 2,
            double.Parse(progress.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture), 0);
        Assert.Equal(12, svg.QuerySelectorAll("g.axis text").Length);
        Assert.Contains("Ännu utan datum – saknar datum", page.QuerySelector("#activities-without-bar")!.TextContent);
        Assert.Contains("textalternativ", page.QuerySelector("#timeline-heading + p")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#activity-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"#activity-table a[href='/Activities/Details/{undated.Id}']"));
    }

    [Fact]
    public async Task The_status_filter_shows_only_activities_of_that_status()
    {
        var delayed = await app.AddActivityAsync(DemoUsers.Halland, "Kollektivtrafiknämnden", "Försenad upphandling",
            a => a.Status = ActivityStatus.Delayed);
        var started = await app.AddActivityAsync(DemoUsers.Halland, "Kollektivtrafiknämnden", "Ny busslinje",
            a => a.Status = ActivityStatus.InProgress);
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync(ListUrl(delayed) + "&status=Delayed");

        var rows = page.QuerySelectorAll("#activity-table tbody tr");
        Assert.Single(rows);
        Assert.Contains("Försenad upphandling", rows[0].TextContent);
        Assert.Null(page.QuerySelector($"a[href='/Activities/Details/{started.Id}']"));
        Assert.Equal("Delayed", page.QuerySelector("#status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_editor_starts_on_their_own_unit_with_a_new_activity_button_and_a_reader_gets_none()
    {
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var page = await editor.GetDocumentAsync("/Activities");
        var selected = page.QuerySelector("#unit option[selected]")!;
        Assert.Equal(Run, selected.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"a[href='/Activities/Create?unit={selected.GetAttribute("value")}&year={Year}']"));

        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var readerPage = await reader.GetDocumentAsync($"/Activities?unit={selected.GetAttribute("value")}&year={Year}");
        Assert.Null(readerPage.QuerySelector("a[href^='/Activities/Create']"));
    }

    [Fact]
    public async Task An_unknown_unit_or_year_is_not_found()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Activities?year={Year + 50}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Activities?unit=999999&year={Year}")).StatusCode);
    }

    [Fact]
    public async Task The_activities_serving_a_goal_are_found_for_the_goal_page()
    {
        var goal = await app.GoalIdAsync(DemoUsers.Halland, "Ökat resande med Hallandstrafiken");
        var serving = await app.AddActivityAsync(DemoUsers.Halland, "Kollektivtrafikförvaltningen", "Tätare turer",
            a => a.Goals.Add(new ActivityGoal { OrganisationId = a.OrganisationId, GoalId = goal }));
        await app.AddActivityAsync(DemoUsers.Halland, "Kollektivtrafikförvaltningen", "Utan koppling");

        var found = await app.WithDbAsync(DemoUsers.Halland, db =>
            Styrkedja.Web.Features.Activities.ActivitiesForGoal.LoadAsync(db, goal, TimeProvider.System));

        // The demo's own activity for the goal is there too; the unlinked one is not.
        var expected = await app.WithDbAsync(DemoUsers.Halland, db => db.ActivityGoals.Where(l => l.GoalId == goal).Select(l => l.ActivityId).ToListAsync());
        Assert.Contains(serving.Id, expected);
        Assert.Equal(expected.Order(), found.Activities.Select(a => a.Id).Order());
        Assert.DoesNotContain(found.Activities, a => a.Title == "Utan koppling");
        Assert.Equal("Kollektivtrafikförvaltningen", found.Activities.Single(a => a.Id == serving.Id).OwnerUnit!.Name);
    }
}
