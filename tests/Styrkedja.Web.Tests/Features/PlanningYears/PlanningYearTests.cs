using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.PlanningYears;

public class PlanningYearTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static readonly int ThisYear = DateTime.Now.Year;

    private Task<int> YearCountAsync() => app.WithDbAsync(DemoUsers.Halland, db => db.PlanningYears.CountAsync());

    private Task<int> GoalCountAsync(int year) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Goals.CountAsync(g => g.PlanningYear!.Year == year));

    [Fact]
    public async Task Reader_sees_the_demo_years_with_span_goal_count_and_a_link_to_the_chain()
    {
        var goals = await GoalCountAsync(ThisYear);
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await reader.GetDocumentAsync("/PlanningYears");

        var rows = page.QuerySelectorAll("table.years tbody tr");
        Assert.Equal([(ThisYear - 1).ToString(), ThisYear.ToString(), (ThisYear + 1).ToString()],
            rows.Select(r => r.QuerySelector("th")!.TextContent).Take(3));
        var cells = rows[1].QuerySelectorAll("td");
        Assert.Equal($"{ThisYear}–{ThisYear + 2}", cells[0].TextContent);
        Assert.Equal(goals.ToString(), cells[1].TextContent);
        Assert.NotNull(rows[1].QuerySelector($"a[href='/Goals?year={ThisYear}']"));
        // A reader plans nothing: no create, edit or copy links.
        Assert.Null(page.QuerySelector("a[href='/PlanningYears/Create']"));
        Assert.Empty(page.QuerySelectorAll("a[href^='/PlanningYears/Copy']"));
    }

    [Fact]
    public async Task Admin_creates_a_year_with_the_models_default_horizon_and_it_is_audited()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var form = await admin.GetDocumentAsync("/PlanningYears/Create");
        Assert.Equal("3", form.QuerySelector("#Input_PlanHorizonYears")!.GetAttribute("value"));

        var response = await admin.SubmitFormAsync("/PlanningYears/Create", new() { ["Input.Year"] = (ThisYear + 5).ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (year, audited) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var created = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear + 5);
            return (created, await db.AuditEntries.AnyAsync(a => a.EntityType == "PlanningYear"
                && a.EntityId == created.Id.ToString() && a.Action == AuditAction.Added && a.UserName == "Anna Admin (Halland)"));
        });
        Assert.Equal(3, year.PlanHorizonYears);
        Assert.True(audited);
    }

    [Fact]
    public async Task A_year_that_exists_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var before = await YearCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/PlanningYears/Create", new() { ["Input.Year"] = ThisYear.ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal($"Planeringsåret {ThisYear} finns redan.", page.QuerySelector("#Input_Year-error")!.TextContent);
        Assert.Equal("Input_Year-error", page.QuerySelector("#Input_Year")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await YearCountAsync());
    }

    [Theory]
    [InlineData("1999", "3", "#Input_Year-error", "År måste vara mellan 2000 och 2100.")]
    [InlineData("2090", "11", "#Input_PlanHorizonYears-error", "Planperiod (antal år) måste vara mellan 1 och 10.")]
    public async Task Out_of_range_input_is_refused_with_a_Swedish_message(string year, string horizon, string errorId, string message)
    {
        var before = await YearCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/PlanningYears/Create",
            new() { ["Input.Year"] = year, ["Input.PlanHorizonYears"] = horizon });

        var page = await AppClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector(errorId)!.TextContent);
        Assert.Equal(before, await YearCountAsync());
    }

    [Fact]
    public async Task Controller_of_the_whole_organisation_copies_into_a_new_year_that_is_created()
    {
        var source = await GoalCountAsync(ThisYear);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var response = await controller.SubmitFormAsync($"/PlanningYears/Copy?from={ThisYear}",
            new() { ["Input.TargetYear"] = (ThisYear + 7).ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains($"{source} mål och", page.QuerySelector("[role=status]")!.TextContent);
        var year = await app.WithDbAsync(DemoUsers.Halland, db => db.PlanningYears.SingleAsync(y => y.Year == ThisYear + 7));
        Assert.Equal(3, year.PlanHorizonYears);
        Assert.Equal(source, await GoalCountAsync(ThisYear + 7));
    }

    [Fact]
    public async Task Copying_into_a_year_that_has_goals_or_into_the_same_year_is_refused_and_nothing_is_written()
    {
        var target = ThisYear + 3;
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = new PlanningYear { OrganisationId = db.OrganisationId!.Value, Year = target };
            var level = await db.GoalLevels.SingleAsync(l => l.Name == "Mål");
            var rf = await db.OrgUnits.SingleAsync(u => u.Name == "Regionfullmäktige");
            db.Goals.Add(new Goal
            {
                OrganisationId = year.OrganisationId, PlanningYear = year, LevelId = level.Id, OwnerUnitId = rf.Id,
                Title = "Redan planerat",
            });
            return await db.SaveChangesAsync();
        });
        var goalsBefore = await app.GoalCountAsync(DemoUsers.Halland);
        var auditBefore = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync());
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var refused = await AppClient.ParseAsync(await admin.SubmitFormAsync($"/PlanningYears/Copy?from={ThisYear}",
            new() { ["Input.TargetYear"] = target.ToString() }));
        var same = await AppClient.ParseAsync(await admin.SubmitFormAsync($"/PlanningYears/Copy?from={ThisYear}",
            new() { ["Input.TargetYear"] = ThisYear.ToString() }));

        Assert.Equal($"Planeringsåret {target} har redan 1 mål. Målen kan bara kopieras till ett år utan mål.",
            refused.QuerySelector("#Input_TargetYear-error")!.TextContent);
        Assert.Equal($"Välj ett annat år än {ThisYear}.", same.QuerySelector("#Input_TargetYear-error")!.TextContent);
        Assert.Equal(goalsBefore, await app.GoalCountAsync(DemoUsers.Halland));
        Assert.Equal(auditBefore, await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Editors_and_readers_get_403_on_every_planning_form_even_with_crafted_posts(string email)
    {
        var years = await YearCountAsync();
        var goals = await app.GoalCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(email);
        // Any form of the app gives a valid token for this user; the reader has no form of its own.
        var token = await client.AntiforgeryTokenAsync("/Account/Login");

        foreach (var url in new[] { "/PlanningYears/Create", $"/PlanningYears/Edit/{ThisYear}", $"/PlanningYears/Copy?from={ThisYear}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
        var posts = new (string Url, string Field, string Value)[]
        {
            ("/PlanningYears/Create", "Input.Year", (ThisYear + 9).ToString()),
            ($"/PlanningYears/Edit/{ThisYear}", "Input.PlanHorizonYears", "9"),
            ($"/PlanningYears/Copy?from={ThisYear}", "Input.TargetYear", (ThisYear + 9).ToString()),
        };
        foreach (var (url, field, value) in posts)
        {
            var response = await client.PostAsync(url, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, [field] = value, ["Input.PlanHorizonYears"] = "3",
            });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.Equal(years, await YearCountAsync());
        Assert.Equal(goals, await app.GoalCountAsync(DemoUsers.Halland));
        Assert.Equal(3, (await app.WithDbAsync(DemoUsers.Halland, db => db.PlanningYears.SingleAsync(y => y.Year == ThisYear))).PlanHorizonYears);
    }

    [Fact]
    public async Task A_controller_whose_grant_covers_only_a_subtree_may_not_copy()
    {
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.HallandEditorRun);
            var run = await db.OrgUnits.SingleAsync(u => u.Name == "Regionala utvecklingsnämnden");
            db.RoleGrants.Add(new RoleGrant { OrganisationId = run.OrganisationId, UserId = user.Id, Role = Role.Controller, OrgUnitId = run.Id });
            return await db.SaveChangesAsync();
        });
        using var client = await app.LoginAsync(DemoUsers.HallandEditorRun);

        var response = await client.Http.GetAsync($"/PlanningYears/Copy?from={ThisYear}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var before = await YearCountAsync();
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.PostAsync("/PlanningYears/Create", new Dictionary<string, string>
        {
            ["Input.Year"] = (ThisYear + 8).ToString(), ["Input.PlanHorizonYears"] = "3",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await YearCountAsync());
    }

    [Fact]
    public async Task The_second_of_two_concurrent_horizon_edits_is_refused_with_who_and_when()
    {
        var url = $"/PlanningYears/Edit/{ThisYear + 1}";
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var (_, adminForm) = await admin.ReadFormAsync(url);
        var (_, controllerForm) = await controller.ReadFormAsync(url);

        var saved = await controller.PostAsync(url, With(controllerForm, "Input.PlanHorizonYears", "4"));
        var refused = await admin.PostAsync(url, With(adminForm, "Input.PlanHorizonYears", "5"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Planeringsåret har ändrats av Carl Controller (Halland) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("5", page.QuerySelector("#Input_PlanHorizonYears")!.GetAttribute("value"));
        var stored = await app.WithDbAsync(DemoUsers.Halland, db => db.PlanningYears.SingleAsync(y => y.Year == ThisYear + 1));
        Assert.Equal(4, stored.PlanHorizonYears);
    }

    [Fact]
    public async Task Another_organisations_year_is_not_visible()
    {
        await app.WithDbAsync(DemoUsers.Halland, db =>
        {
            db.PlanningYears.Add(new PlanningYear { OrganisationId = db.OrganisationId!.Value, Year = 2099 });
            return db.SaveChangesAsync();
        });
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var list = await blekinge.GetDocumentAsync("/PlanningYears");

        Assert.DoesNotContain("2099", list.QuerySelector("table.years")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync("/PlanningYears/Edit/2099")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await blekinge.Http.GetAsync("/PlanningYears/Copy?from=2099")).StatusCode);
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, string name, string value) =>
        [.. form.Where(v => v.Key != name), new(name, value)];
}
