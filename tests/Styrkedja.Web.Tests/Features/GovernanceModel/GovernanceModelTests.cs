using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.GovernanceModel;

public class GovernanceModelTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private Task<GoalLevel> LevelAsync(string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.GoalLevels.Include(l => l.AllowedParents).AsNoTracking().SingleAsync(l => l.Name == name));

    private Task<Perspective?> PerspectiveAsync(string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.Perspectives.AsNoTracking().SingleOrDefaultAsync(p => p.Name == name));

    private static KeyValuePair<string, string> Field(string name, object value) => new(name, value.ToString()!);

    [Fact]
    public async Task Administrator_sees_the_model_its_levels_and_perspectives()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await admin.GetDocumentAsync("/GovernanceModel");

        Assert.Equal("Styrmodell", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Region Hallands styrmodell", facts);
        Assert.Contains("Vi KAN", facts);
        Assert.Contains("Mål och budget, beslutas i juni", facts);
        var committee = page.QuerySelectorAll("#levels-heading ~ table tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "Nämndsmål");
        var cells = committee.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Styrelse, Nämnd", cells[1]);
        Assert.Equal("Mål", cells[3]);
        Assert.Contains(page.QuerySelectorAll("#perspectives-heading ~ table th[scope=row]"), th => th.TextContent == "Målgrupp");
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandEditorHsn)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Non_administrators_get_403_on_the_model_pages_even_with_a_crafted_post(string email)
    {
        var level = await LevelAsync(DemoUsers.Halland, "Nämndsmål");
        using var client = await app.LoginAsync(email);

        foreach (var url in new[] { "/GovernanceModel", "/GovernanceModel/Edit", "/GovernanceModel/Levels/Create",
                     $"/GovernanceModel/Levels/Edit/{level.Id}", "/GovernanceModel/Perspectives/Create" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
        var token = await AdminTestData.TokenOfNonAdministratorAsync(client, email);
        var crafted = await client.PostAsync($"/GovernanceModel/Levels/Edit/{level.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Name"] = "Kapad nivå", ["Input.OwnerKinds"] = "Namnd",
            ["Input.Version"] = level.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        var delete = await client.PostAsync($"/GovernanceModel/Levels/Delete/{level.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = level.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal("Nämndsmål", (await LevelAsync(DemoUsers.Halland, "Nämndsmål")).Name);
    }

    [Fact]
    public async Task Renaming_a_level_shows_in_the_goal_tree_and_is_audited()
    {
        var level = await LevelAsync(DemoUsers.Blekinge, "Åtagande");
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var response = await admin.SubmitFormAsync($"/GovernanceModel/Levels/Edit/{level.Id}", new() { ["Input.Name"] = "Nämndåtagande" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renamed = await LevelAsync(DemoUsers.Blekinge, "Nämndåtagande");
        Assert.Equal(level.AllowedParents.Select(p => p.ParentLevelId).Order(), renamed.AllowedParents.Select(p => p.ParentLevelId).Order());
        Assert.Equal(level.Version + 1, renamed.Version);
        var tree = await admin.GetDocumentAsync("/Goals");
        Assert.Contains(tree.QuerySelectorAll(".tree .tag"), tag => tag.TextContent == "Nämndåtagande");
        Assert.DoesNotContain(tree.QuerySelectorAll(".tree .tag"), tag => tag.TextContent == "Åtagande");
        var audit = await app.WithDbAsync(DemoUsers.Blekinge, db => db.AuditEntries
            .Where(a => a.EntityType == "GoalLevel" && a.EntityId == level.Id.ToString() && a.Action == AuditAction.Modified)
            .ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("Åtagande", AdminTestData.AuditValue(entry.Before, "Name"));
        Assert.Equal("Nämndåtagande", AdminTestData.AuditValue(entry.After, "Name"));
        Assert.Contains("Berit Admin", entry.UserName);
    }

    [Fact]
    public async Task A_link_that_would_close_a_cycle_is_refused_and_nothing_is_saved()
    {
        var focus = await LevelAsync(DemoUsers.Halland, "Fokusområde");
        var committee = await LevelAsync(DemoUsers.Halland, "Nämndsmål");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormValuesAsync($"/GovernanceModel/Levels/Edit/{focus.Id}",
            [Field("Input.ParentLevelIds", committee.Id)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Nivån Nämndsmål bidrar redan, direkt eller via andra nivåer, till Fokusområde; kopplingen skulle bli en cirkel.",
            page.QuerySelector("#Input_ParentLevelIds-error")!.TextContent.Trim());
        Assert.Contains("Input_ParentLevelIds-error", page.QuerySelector("#Input_ParentLevelIds")!.GetAttribute("aria-describedby"));
        var stored = await LevelAsync(DemoUsers.Halland, "Fokusområde");
        Assert.Empty(stored.AllowedParents);
        Assert.Equal(focus.Version, stored.Version);
    }

    [Fact]
    public async Task A_level_cannot_be_linked_to_itself()
    {
        var goal = await LevelAsync(DemoUsers.Halland, "Mål");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormValuesAsync($"/GovernanceModel/Levels/Edit/{goal.Id}",
            [Field("Input.ParentLevelIds", goal.Id)]);

        var page = await AppClient.ParseAsync(response);
        Assert.Equal("En nivå kan inte bidra till sig själv.", page.QuerySelector("#Input_ParentLevelIds-error")!.TextContent.Trim());
        Assert.DoesNotContain((await LevelAsync(DemoUsers.Halland, "Mål")).AllowedParents, p => p.ParentLevelId == goal.Id);
    }

    [Fact]
    public async Task A_level_needs_a_name_and_at_least_one_owner_kind()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var before = await app.WithDbAsync(DemoUsers.Halland, db => db.GoalLevels.CountAsync());

        var response = await admin.SubmitFormValuesAsync("/GovernanceModel/Levels/Create", [Field("Input.Name", " ")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Namn måste fyllas i.", page.QuerySelector("#Input_Name-error")!.TextContent.Trim());
        Assert.Equal("Välj minst en typ av enhet som får äga mål på nivån.", page.QuerySelector("#Input_OwnerKinds-error")!.TextContent.Trim());
        Assert.Equal(before, await app.WithDbAsync(DemoUsers.Halland, db => db.GoalLevels.CountAsync()));
    }

    [Fact]
    public async Task A_level_used_by_goals_cannot_be_deleted()
    {
        var level = await LevelAsync(DemoUsers.Halland, "Mål");
        var goals = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals.CountAsync(g => g.LevelId == level.Id));
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var page = await admin.GetDocumentAsync($"/GovernanceModel/Levels/Delete/{level.Id}");
        Assert.Equal($"Målnivån ”Mål” används av {goals} mål och kan inte tas bort. Flytta eller ta bort målen först.",
            page.QuerySelector("#refusal")!.TextContent);
        Assert.Null(page.QuerySelector("main form"));
        var crafted = await admin.PostAsync($"/GovernanceModel/Levels/Delete/{level.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync("/GovernanceModel/Edit"), ["Version"] = level.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(crafted)).QuerySelector("#refusal"));
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.GoalLevels.AnyAsync(l => l.Id == level.Id)));
    }

    [Fact]
    public async Task A_new_unused_level_can_be_deleted_and_its_links_go_both_ways()
    {
        var committee = await LevelAsync(DemoUsers.Halland, "Nämndsmål");
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var created = await admin.SubmitFormValuesAsync("/GovernanceModel/Levels/Create",
        [
            Field("Input.Name", "Delmål"), Field("Input.PluralName", "Delmål"), Field("Input.OwnerKinds", "Forvaltning"),
            Field("Input.OwnerKinds", "Verksamhet"), Field("Input.ParentLevelIds", committee.Id),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var subGoal = await LevelAsync(DemoUsers.Halland, "Delmål");
        Assert.Equal(OrgUnitKind.Forvaltning | OrgUnitKind.Verksamhet, subGoal.OwnerKinds);
        await admin.SubmitFormValuesAsync("/GovernanceModel/Levels/Create",
            [Field("Input.Name", "Aktivitet"), Field("Input.OwnerKinds", "Enhet"), Field("Input.ParentLevelIds", subGoal.Id)]);
        Assert.Single((await LevelAsync(DemoUsers.Halland, "Aktivitet")).AllowedParents);

        var deleted = await admin.SubmitFormAsync($"/GovernanceModel/Levels/Delete/{subGoal.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var (exists, activityLinks, linkAudit) = await app.WithDbAsync(DemoUsers.Halland, async db => (
            await db.GoalLevels.AnyAsync(l => l.Id == subGoal.Id),
            await db.GoalLevelLinks.CountAsync(l => l.LevelId == subGoal.Id || l.ParentLevelId == subGoal.Id),
            await db.AuditEntries.CountAsync(a => a.EntityType == "GoalLevelLink" && a.Action == AuditAction.Deleted)));
        Assert.False(exists);
        Assert.Equal(0, activityLinks);
        Assert.Equal(2, linkAudit);
        Assert.Empty((await LevelAsync(DemoUsers.Halland, "Aktivitet")).AllowedParents);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_level_edits_is_refused_with_who_and_when()
    {
        var level = await LevelAsync(DemoUsers.Blekinge, "Insatsområde");
        var url = $"/GovernanceModel/Levels/Edit/{level.Id}";
        using var first = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        using var second = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        var (_, firstForm) = await first.ReadFormAsync(url);
        var (_, secondForm) = await second.ReadFormAsync(url);

        var saved = await first.PostAsync(url, firstForm.With("Input.PluralName", "Insatsområden (första)"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostAsync(url, secondForm.With("Input.PluralName", "Insatsområden (andra)"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Målnivån har ändrats av Berit Admin (Blekinge) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#error-summary a[href='{url}']"));
        Assert.Equal("Insatsområden (andra)", page.QuerySelector("#Input_PluralName")!.GetAttribute("value"));
        Assert.Equal("Insatsområden (första)", (await LevelAsync(DemoUsers.Blekinge, "Insatsområde")).PluralName);
    }

    [Fact]
    public async Task Perspectives_are_created_and_edited()
    {
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var created = await admin.SubmitFormValuesAsync("/GovernanceModel/Perspectives/Create",
            [Field("Input.Name", "Samverkan"), Field("Input.Description", "Mål om samverkan."), Field("Input.ForIndicators", "true")]);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var perspective = (await PerspectiveAsync(DemoUsers.Blekinge, "Samverkan"))!;
        Assert.True(perspective.ForGoals);
        Assert.True(perspective.ForIndicators);
        Assert.False(perspective.IsOverarching);

        // Unticking a box posts nothing for it: the edit must store false, not keep the old value.
        var (action, values) = await admin.ReadFormAsync($"/GovernanceModel/Perspectives/Edit/{perspective.Id}");
        var edited = await admin.PostAsync(action, values.Where(v => v.Key != "Input.ForGoals").ToList()
            .With("Input.Name", "Samverkan och partnerskap"));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var stored = (await PerspectiveAsync(DemoUsers.Blekinge, "Samverkan och partnerskap"))!;
        Assert.False(stored.ForGoals);
        Assert.True(stored.ForIndicators);
        Assert.Equal("Mål om samverkan.", stored.Description);
        var overview = await admin.GetDocumentAsync("/GovernanceModel");
        Assert.Contains(overview.QuerySelectorAll("#perspectives-heading ~ table th[scope=row]"), th => th.TextContent == "Samverkan och partnerskap");
    }

    [Fact]
    public async Task A_perspective_used_by_goals_cannot_be_deleted()
    {
        var perspective = (await PerspectiveAsync(DemoUsers.Blekinge, "Ekonomi"))!;
        var goals = await app.WithDbAsync(DemoUsers.Blekinge, db => db.Goals.CountAsync(g => g.PerspectiveId == perspective.Id));
        Assert.True(goals > 0);
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var page = await admin.GetDocumentAsync($"/GovernanceModel/Perspectives/Delete/{perspective.Id}");
        var crafted = await admin.PostAsync($"/GovernanceModel/Perspectives/Delete/{perspective.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync("/GovernanceModel/Edit"), ["Version"] = perspective.Version.ToString(),
        });

        Assert.Contains($"Perspektivet ”Ekonomi” används av {goals} mål", page.QuerySelector("#refusal")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, crafted.StatusCode);
        Assert.NotNull(await PerspectiveAsync(DemoUsers.Blekinge, "Ekonomi"));
    }

    [Fact]
    public async Task An_unused_perspective_can_be_deleted()
    {
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        await admin.SubmitFormAsync("/GovernanceModel/Perspectives/Create", new() { ["Input.Name"] = "Tillfälligt" });
        var perspective = (await PerspectiveAsync(DemoUsers.Blekinge, "Tillfälligt"))!;

        var response = await admin.SubmitFormAsync($"/GovernanceModel/Perspectives/Delete/{perspective.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await PerspectiveAsync(DemoUsers.Blekinge, "Tillfälligt"));
    }

    [Fact]
    public async Task Model_edit_refuses_month_13_and_horizon_11_and_saves_nothing()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormAsync("/GovernanceModel/Edit", new()
        {
            ["Input.Name"] = "Ändrat namn", ["Input.AssemblyPlanDecisionMonth"] = "13", ["Input.DefaultPlanHorizonYears"] = "11",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Beslutsmånad måste vara mellan 1 och 12.", page.QuerySelector("#Input_AssemblyPlanDecisionMonth-error")!.TextContent.Trim());
        Assert.Equal("Planperiod (år) måste vara mellan 1 och 10.", page.QuerySelector("#Input_DefaultPlanHorizonYears-error")!.TextContent.Trim());
        var model = await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync());
        Assert.Equal("Region Hallands styrmodell", model.Name);
        Assert.Equal(6, model.AssemblyPlanDecisionMonth);
    }

    [Fact]
    public async Task Model_edit_saves_and_the_overview_shows_the_month_in_Swedish()
    {
        using var admin = await app.LoginAsync(DemoUsers.BlekingeAdmin);

        var response = await admin.SubmitFormAsync("/GovernanceModel/Edit", new()
        {
            ["Input.Vision"] = "Blekinge – en plats att växa i", ["Input.AssemblyPlanDecisionMonth"] = "10",
            ["Input.SteeringKinds"] = "Ekonomistyrning\n\n  Målstyrning  \n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var facts = (await admin.GetDocumentAsync("/GovernanceModel")).QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Blekinge – en plats att växa i", facts);
        Assert.Contains("beslutas i oktober", facts);
        var model = await app.WithDbAsync(DemoUsers.Blekinge, db => db.GovernanceModels.SingleAsync());
        Assert.Equal("Ekonomistyrning\nMålstyrning", model.SteeringKinds);
    }

    [Fact]
    public async Task The_model_sets_how_goal_status_rolls_up_and_a_share_outside_1_to_100_is_refused()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var bad = await admin.SubmitFormAsync("/GovernanceModel/Edit", new()
        {
            ["Input.GoalStatusRule"] = "ShareMet", ["Input.GoalStatusSharePercent"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(bad)).QuerySelector("#Input_GoalStatusSharePercent-error"));
        Assert.Equal(GoalStatusRule.AllMet, (await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync())).GoalStatusRule);

        var good = await admin.SubmitFormAsync("/GovernanceModel/Edit", new()
        {
            ["Input.GoalStatusRule"] = "ShareMet", ["Input.GoalStatusSharePercent"] = "60",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var model = await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync());
        Assert.Equal((GoalStatusRule.ShareMet, 60), (model.GoalStatusRule, model.GoalStatusSharePercent));
        var facts = (await admin.GetDocumentAsync("/GovernanceModel")).QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("En andel av indikatorerna uppfyllda (60 %)", facts);
    }

    [Fact]
    public async Task Another_organisations_levels_and_perspectives_are_not_found()
    {
        var level = await LevelAsync(DemoUsers.Blekinge, "Inriktningsmål");
        var perspective = (await PerspectiveAsync(DemoUsers.Blekinge, "Kompetens"))!;
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        foreach (var url in new[] { $"/GovernanceModel/Levels/Edit/{level.Id}", $"/GovernanceModel/Levels/Delete/{level.Id}",
                     $"/GovernanceModel/Perspectives/Edit/{perspective.Id}", $"/GovernanceModel/Perspectives/Delete/{perspective.Id}" })
            Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync(url)).StatusCode);
        var crafted = await admin.PostAsync($"/GovernanceModel/Levels/Delete/{level.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync("/GovernanceModel/Edit"), ["Version"] = level.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        Assert.Equal("Inriktningsmål", (await LevelAsync(DemoUsers.Blekinge, "Inriktningsmål")).Name);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var model = await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync());
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.PostAsync("/GovernanceModel/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Utan token", ["Input.AssemblyPlanDecisionMonth"] = "6", ["Input.DefaultPlanHorizonYears"] = "3",
            ["Input.Version"] = model.Version.ToString(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(model.Name, (await app.WithDbAsync(DemoUsers.Halland, db => db.GovernanceModels.SingleAsync())).Name);
    }

    [Fact]
    public async Task Script_typed_into_a_perspective_name_comes_back_encoded()
    {
        const string evil = "<script>alert('x')</script>";
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        await admin.SubmitFormAsync("/GovernanceModel/Perspectives/Create", new() { ["Input.Name"] = evil, ["Input.Description"] = evil });

        var html = await (await admin.Http.GetAsync("/GovernanceModel")).Content.ReadAsStringAsync();
        var page = await AppClient.ParseAsync(html);
        Assert.Contains(page.QuerySelectorAll("#perspectives-heading ~ table th[scope=row]"), th => th.TextContent == evil);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("&lt;script&gt;", html);
    }
}
