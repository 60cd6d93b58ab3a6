using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Goals;

public class GoalEditingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Hsn = "Hälso- och sjukvårdsnämnden";

    private async Task<Dictionary<string, string?>> NewCommitteeGoalAsync(string title)
    {
        var fields = new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.LevelId"] = (await app.LevelIdAsync(DemoUsers.Halland, "Nämndsmål")).ToString(),
            ["Input.OwnerUnitId"] = (await app.UnitIdAsync(DemoUsers.Halland, Hsn)).ToString(),
        };
        return fields;
    }

    private static async Task<HttpResponseMessage> CreateAsync(AppClient client, Dictionary<string, string?> fields,
        params int[] parents)
    {
        var (action, values) = await client.ReadFormAsync("/Goals/Create?year=" + DateTime.Now.Year);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value!));
        }
        values.RemoveAll(v => v.Key == "Input.ContributesTo");
        values.AddRange(parents.Select(p => new KeyValuePair<string, string>("Input.ContributesTo", p.ToString())));
        return await client.PostAsync(action, values);
    }

    [Fact]
    public async Task Editor_creates_a_committee_goal_that_contributes_to_two_assembly_goals()
    {
        var waits = await app.GoalAsync(DemoUsers.Halland, "Kortare väntetider till vård");
        var health = await app.GoalAsync(DemoUsers.Halland, "Ökad psykisk hälsa bland unga");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await CreateAsync(client, await NewCommitteeGoalAsync("Fler samordnade vårdplaner"), waits.Id, health.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = await app.GoalAsync(DemoUsers.Halland, "Fler samordnade vårdplaner");
        Assert.Equal([waits.Id, health.Id], created.ContributesTo.Select(l => l.ParentGoalId).Order());
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.SubjectType == "Goal" && a.SubjectId == created.Id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "Goal" && a.Action == AuditAction.Added && a.UserName.Contains("Hanna"));
        Assert.Equal(2, audit.Count(a => a.EntityType == "GoalLink"));
    }

    [Fact]
    public async Task Empty_title_shows_the_form_again_with_a_Swedish_message_and_saves_nothing()
    {
        var before = await app.GoalCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await CreateAsync(client, await NewCommitteeGoalAsync("   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Titel måste fyllas i.", page.QuerySelector("#Input_Title-error")!.TextContent.Trim());
        Assert.Equal("Input_Title-error", page.QuerySelector("#Input_Title")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await app.GoalCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task A_link_to_a_level_the_model_forbids_is_refused_next_to_the_field()
    {
        var focus = await app.GoalAsync(DemoUsers.Halland, "Attraktiv arbetsgivare");
        var before = await app.GoalCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await CreateAsync(client, await NewCommitteeGoalAsync("Bättre arbetsmiljö"), focus.Id);

        var page = await AppClient.ParseAsync(response);
        var error = page.QuerySelector("#Input_ContributesTo-error")!.TextContent;
        Assert.Contains("Ett mål på nivån Nämndsmål får inte bidra till ett mål på nivån Fokusområde", error);
        Assert.Contains("Styrmodellen tillåter: Mål", error);
        Assert.Equal(before, await app.GoalCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task A_parent_in_another_planning_year_is_refused()
    {
        var nextYear = DateTime.Now.Year + 1;
        var otherYearGoal = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == nextYear);
            var level = await db.GoalLevels.SingleAsync(l => l.Name == "Mål");
            var rf = await db.OrgUnits.SingleAsync(u => u.Name == "Regionfullmäktige");
            var goal = new Goal
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = level.Id, OwnerUnitId = rf.Id,
                Title = "Mål för nästa år",
            };
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            return goal;
        });
        var before = await app.GoalCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await CreateAsync(client, await NewCommitteeGoalAsync("Mål som pekar fel år"), otherYearGoal.Id);

        var page = await AppClient.ParseAsync(response);
        Assert.Contains($"tillhör planeringsåret {nextYear}", page.QuerySelector("#Input_ContributesTo-error")!.TextContent);
        Assert.Equal(before, await app.GoalCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task Perspective_is_required_where_the_level_is_placed_under_one()
    {
        var rf = await app.UnitIdAsync(DemoUsers.Blekinge, "Regionfullmäktige");
        var level = await app.LevelIdAsync(DemoUsers.Blekinge, "Inriktningsmål");
        using var client = await app.LoginAsync(DemoUsers.BlekingeController);

        var response = await client.SubmitFormAsync("/Goals/Create?year=" + DateTime.Now.Year, new()
        {
            ["Input.Title"] = "Ett nytt inriktningsmål", ["Input.LevelId"] = level.ToString(),
            ["Input.OwnerUnitId"] = rf.ToString(), ["Input.PerspectiveId"] = "",
        });

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Välj ett perspektiv", page.QuerySelector("#Input_PerspectiveId-error")!.TextContent);
    }

    [Fact]
    public async Task A_committee_cannot_own_a_goal_of_the_assembly_level()
    {
        var focusLevel = await app.LevelIdAsync(DemoUsers.Halland, "Fokusområde");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var fields = await NewCommitteeGoalAsync("Eget fokusområde");
        fields["Input.LevelId"] = focusLevel.ToString();

        var response = await CreateAsync(client, fields);

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("En nämnd kan inte äga mål på nivån Fokusområde", page.QuerySelector("#Input_OwnerUnitId-error")!.TextContent);
    }

    [Fact]
    public async Task Editor_of_one_committee_gets_403_on_another_committees_goal_even_with_a_crafted_form()
    {
        var runGoal = await app.GoalAsync(DemoUsers.Halland, "Fler företag i Halland växer");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Goals/Edit/{runGoal.Id}")).StatusCode);
        var token = await client.AntiforgeryTokenAsync("/Goals/Create?year=" + DateTime.Now.Year);
        var crafted = await client.PostAsync($"/Goals/Edit/{runGoal.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Kapat mål",
            ["Input.LevelId"] = runGoal.LevelId.ToString(), ["Input.OwnerUnitId"] = runGoal.OwnerUnitId.ToString(),
            ["Input.Version"] = runGoal.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        var delete = await client.PostAsync($"/Goals/Delete/{runGoal.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = runGoal.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Fler företag i Halland växer", (await app.GoalAsync(DemoUsers.Halland, "Fler företag i Halland växer")).Title);
    }

    [Fact]
    public async Task Creating_a_goal_for_a_unit_outside_the_editors_subtree_is_forbidden()
    {
        var before = await app.GoalCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var fields = await NewCommitteeGoalAsync("Mål åt någon annan");
        fields["Input.OwnerUnitId"] = (await app.UnitIdAsync(DemoUsers.Halland, "Regionala utvecklingsnämnden")).ToString();

        var response = await CreateAsync(client, fields);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.GoalCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task Readers_may_not_open_the_create_form()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var response = await client.Http.GetAsync("/Goals/Create?year=" + DateTime.Now.Year);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Fler patienter får besök inom vårdgarantin");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var response = await client.PostAsync($"/Goals/Edit/{goal.Id}", new Dictionary<string, string>
        {
            ["Input.Title"] = "Utan token", ["Input.Version"] = goal.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(goal.Title, (await app.GoalAsync(DemoUsers.Halland, goal.Title)).Title);
    }

    [Fact]
    public async Task Script_typed_into_a_title_comes_back_encoded()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Snabbare första bedömning inom barn- och ungdomspsykiatrin");
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        const string evil = "<script>alert('x')</script> och <b>fet</b>";

        await client.SubmitFormAsync($"/Goals/Edit/{goal.Id}", new()
        {
            ["Input.Title"] = evil, ["Input.Description"] = "Text <script>alert(1)</script> **fet**",
        });

        var response = await client.Http.GetAsync($"/Goals/Details/{goal.Id}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);
        Assert.Equal(evil, page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Empty(page.QuerySelectorAll("main h1 b"));
        Assert.Equal("fet", page.QuerySelector("main .markdown strong")!.TextContent);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_who_and_when()
    {
        var goal = await app.GoalAsync(DemoUsers.Halland, "Stärkt bemanning i vården");
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Goals/Edit/{goal.Id}";
        // Both open the form before either saves.
        var (_, editorForm) = await editor.ReadFormAsync(url);
        var (_, controllerForm) = await controller.ReadFormAsync(url);

        var saved = await controller.PostAsync(url, Replace(controllerForm, "Input.Title", "Stärkt bemanning – controllerns version"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await editor.PostAsync(url, Replace(editorForm, "Input.Title", "Stärkt bemanning – redaktörens version"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        var summary = page.QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("Målet har ändrats av Carl Controller (Halland) kl.", summary);
        Assert.NotNull(page.QuerySelector($"#error-summary a[href='{url}']"));
        Assert.Equal("Stärkt bemanning – redaktörens version", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        var stored = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals.SingleAsync(g => g.Id == goal.Id));
        Assert.Equal("Stärkt bemanning – controllerns version", stored.Title);
    }

    private static List<KeyValuePair<string, string>> Replace(List<KeyValuePair<string, string>> form, string name, string value)
    {
        var copy = form.Where(v => v.Key != name).ToList();
        copy.Add(new(name, value));
        return copy;
    }

    [Fact]
    public async Task Deleting_a_goal_removes_its_links_and_audits_everything()
    {
        var goal = await app.UnassessedGoalAsync(DemoUsers.Halland, "Fler unga deltar i kulturlivet");
        using var client = await app.LoginAsync(DemoUsers.HallandController);

        var response = await client.SubmitFormAsync($"/Goals/Delete/{goal.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (exists, audit) = await app.WithDbAsync(DemoUsers.Halland, async db => (
            await db.Goals.AnyAsync(g => g.Id == goal.Id),
            await db.AuditEntries.Where(a => a.SubjectType == "Goal" && a.SubjectId == goal.Id.ToString()
                && a.Action == AuditAction.Deleted).Select(a => a.EntityType).ToListAsync()));
        Assert.False(exists);
        Assert.Contains("Goal", audit);
        Assert.Contains("GoalLink", audit);
    }
}
