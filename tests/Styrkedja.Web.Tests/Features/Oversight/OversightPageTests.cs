using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Oversight;

/// <summary>/Oversight: the committee table and the overdue list. Chain health is in <see cref="ChainHealthTests"/>.</summary>
public class OversightPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Halland = DemoUsers.Halland;

    private static IHtmlTableRowElement RowOf(IHtmlDocument page, int unitId) =>
        (IHtmlTableRowElement)(page.QuerySelector($"#committee-table tr[data-unit='{unitId}']")
            ?? throw new InvalidOperationException($"No row for unit {unitId}."));

    private static string Cell(IHtmlTableRowElement row, string selector) => row.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task A_committee_row_shows_its_latest_plan_goal_statuses_and_its_administrations_activities()
    {
        var year = await app.ThisYearAsync(Halland);
        var today = app.Today();
        var committee = await app.AddUnitAsync(Halland, "Granskningsnämnden", OrgUnitKind.Namnd);
        var administration = await app.AddUnitAsync(Halland, "Granskningsförvaltningen", OrgUnitKind.Forvaltning, committee.Id);
        await app.AddPlanAsync(Halland, year, committee.Id, PlanState.Decided);
        var latest = await app.AddPlanAsync(Halland, year, committee.Id, PlanState.InPreparation);
        var level = await app.WithDbAsync(Halland, db => db.Goals.Where(g => g.Title == "Fler företag i Halland växer" && g.PlanningYear!.Year == DateTime.Now.Year).Select(g => g.LevelId).SingleAsync());
        await app.AddAsync(Halland, new Goal { OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = level, OwnerUnitId = committee.Id, Title = "Granskat mål" });
        foreach (var status in new[] { ActivityStatus.InProgress, ActivityStatus.InProgress, ActivityStatus.Done, ActivityStatus.Cancelled })
            await app.AddActivityAsync(Halland, year, administration.Id, $"Aktivitet {status}", status, today.AddDays(30));
        await app.AddActivityAsync(Halland, year, administration.Id, "Sen aktivitet", ActivityStatus.Delayed, today.AddDays(-10));
        await app.AddActivityAsync(Halland, year, committee.Id, "Ej påbörjad och sen", ActivityStatus.NotStarted, today.AddDays(-1));
        await app.AddActivityAsync(Halland, year, committee.Id, "Klar trots slutdatum", ActivityStatus.Done, today.AddDays(-5));

        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var page = await client.GetDocumentAsync("/Oversight");
        var row = RowOf(page, committee.Id);

        var plan = row.QuerySelector("td.plan a")!;
        Assert.Equal($"/Plans/Details/{latest.Id}", plan.GetAttribute("href"));
        Assert.Equal("Under beredning (version 2)", plan.TextContent.Trim());
        Assert.Contains("1", Cell(row, "td.goals li[data-status=None]"));
        Assert.Equal("1", Cell(row, "td[data-status=NotStarted]"));
        Assert.Equal("2", Cell(row, "td[data-status=InProgress]"));
        Assert.Equal("2", Cell(row, "td[data-status=Done]"));
        Assert.Equal("1", Cell(row, "td[data-status=Delayed]"));
        Assert.Equal("1", Cell(row, "td[data-status=Cancelled]"));
        var overdue = row.QuerySelector("td.overdue a")!;
        Assert.Equal($"/Activities?unit={committee.Id}&year={year.Year}", overdue.GetAttribute("href"));
        Assert.StartsWith("⚠ 2 försenade", overdue.TextContent.Trim());
        // The administration has no row of its own: its figures are in the committee's.
        Assert.Null(page.QuerySelector($"#committee-table tr[data-unit='{administration.Id}']"));
    }

    [Fact]
    public async Task A_committee_without_a_plan_says_so_in_text()
    {
        var committee = await app.AddUnitAsync(Halland, "Plannlösa nämnden", OrgUnitKind.Namnd);
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var row = RowOf(await client.GetDocumentAsync("/Oversight"), committee.Id);
        Assert.Contains("Saknar plan", Cell(row, "td.plan"));
        Assert.Equal("0", Cell(row, "td.overdue"));
    }

    [Fact]
    public async Task Overdue_activities_are_listed_with_unit_responsible_end_date_and_days_late()
    {
        var year = await app.ThisYearAsync(Halland);
        var today = app.Today();
        var unit = await app.WithDbAsync(Halland, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == "Hallands sjukhus"));
        var responsible = await app.UserIdAsync(DemoUsers.HallandEditorHsn);
        var late = await app.AddActivityAsync(Halland, year, unit.Id, "Öppna fler vårdplatser <script>alert(1)</script>",
            ActivityStatus.InProgress, today.AddDays(-12), responsible);
        var onTime = await app.AddActivityAsync(Halland, year, unit.Id, "Aktivitet i tid", ActivityStatus.InProgress, today.AddDays(3));

        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await client.Http.GetAsync("/Oversight");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        var page = await AppClient.ParseAsync(html);
        var link = page.QuerySelector($"#overdue-table a[href='/Activities/Details/{late.Id}']")!;
        Assert.Equal(late.Title, link.TextContent);
        var cells = link.Closest("tr")!.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Hallands sjukhus", "Hanna Redaktör (HSN Halland)", today.AddDays(-12).ToString("yyyy-MM-dd"), "12"], cells);
        Assert.Null(page.QuerySelector($"#overdue-table a[href='/Activities/Details/{onTime.Id}']"));
    }

    [Fact]
    public async Task The_year_picker_chooses_the_planning_year()
    {
        var year = await app.ThisYearAsync(Halland);
        var nextYear = year.Year + 1;
        var next = await app.WithDbAsync(Halland, db => db.PlanningYears.AsNoTracking().SingleAsync(y => y.Year == nextYear));
        var committee = await app.AddUnitAsync(Halland, "Framtidsnämnden", OrgUnitKind.Namnd);
        await app.AddActivityAsync(Halland, next, committee.Id, "Nästa års aktivitet", ActivityStatus.InProgress, null);

        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var thisYearPage = await client.GetDocumentAsync("/Oversight");
        var nextYearPage = await client.GetDocumentAsync($"/Oversight?year={nextYear}");
        Assert.Equal($"Uppsikt {year.Year}", thisYearPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"Uppsikt {nextYear}", nextYearPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(nextYearPage.QuerySelector($"#year option[value='{nextYear}']")!.HasAttribute("selected"));
        Assert.Equal("0", Cell(RowOf(thisYearPage, committee.Id), "td[data-status=InProgress]"));
        Assert.Equal("1", Cell(RowOf(nextYearPage, committee.Id), "td[data-status=InProgress]"));
    }

    [Fact]
    public async Task Another_organisations_units_and_activities_never_appear()
    {
        var blekingeYear = await app.ThisYearAsync(DemoUsers.Blekinge);
        var blekingeUnit = await app.AddUnitAsync(DemoUsers.Blekinge, "Blekinges hemliga nämnd", OrgUnitKind.Namnd);
        var activity = await app.AddActivityAsync(DemoUsers.Blekinge, blekingeYear, blekingeUnit.Id, "Blekinges försenade aktivitet",
            ActivityStatus.InProgress, app.Today().AddDays(-3));

        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var html = await (await client.Http.GetAsync("/Oversight")).Content.ReadAsStringAsync();
        Assert.Contains("Regionfullmäktige", html);
        Assert.DoesNotContain("Blekinges hemliga nämnd", html);
        Assert.DoesNotContain(activity.Title, html);
    }

    [Fact]
    public async Task Readers_see_oversight_and_anonymous_users_are_sent_to_login()
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync("/Oversight");
        Assert.NotNull(page.QuerySelector("#committee-table"));
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));

        await app.AssertSendsAnonymousToLoginAsync("/Oversight");
    }

    [Fact]
    public async Task A_user_without_any_grant_is_refused()
    {
        var userId = await app.UserIdAsync(DemoUsers.BlekingeReader);
        await app.WithDbAsync(DemoUsers.Blekinge, async db =>
        {
            db.RoleGrants.RemoveRange(await db.RoleGrants.Where(g => g.UserId == userId).ToListAsync());
            return await db.SaveChangesAsync();
        });
        using var client = await app.LoginAsync(DemoUsers.BlekingeReader);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/Oversight")).StatusCode);
    }
}
