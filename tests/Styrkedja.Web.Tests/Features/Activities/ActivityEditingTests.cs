using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Activities.ActivityTestData;

namespace Styrkedja.Web.Tests.Features.Activities;

public class ActivityEditingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private async Task<string> CreateUrlAsync(string unit = Hsn, string organisation = DemoUsers.Halland) =>
        $"/Activities/Create?unit={await app.WithDbAsync(organisation, db => db.OrgUnits.Where(u => u.Name == unit).Select(u => u.Id).SingleAsync())}&year={Year}";

    /// <summary>Posts the page's form with the given fields; every value of a named field is replaced.</summary>
    private static Task<HttpResponseMessage> SubmitAsync(AppClient client, string url, params (string Name, string Value)[] fields) =>
        client.SubmitFormValuesAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList());

    [Fact]
    public async Task Editor_creates_an_activity_with_responsible_dates_goal_and_indicator_and_it_is_audited()
    {
        var goal = await app.GoalIdAsync(DemoUsers.Halland, "Fler patienter får besök inom vårdgarantin");
        var rfGoal = await app.GoalIdAsync(DemoUsers.Halland, "Kortare väntetider till vård");
        var indicator = await app.IndicatorIdAsync(DemoUsers.Halland, "Första besök inom vårdgarantin i specialiserad vård");
        var responsible = await app.UserIdAsync(DemoUsers.HallandReader);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await SubmitAsync(client, await CreateUrlAsync(),
            ("Input.Title", "Inför digitala vårdbesök"), ("Input.Description", "Ett **steg** i taget."),
            ("Input.ResponsibleUserId", responsible), ("Input.StartsOn", $"{Year}-02-01"), ("Input.EndsOn", $"{Year}-11-30"),
            ("Input.Status", "InProgress"), ("Input.ProgressPercent", "20"),
            ("Input.GoalIds", goal.ToString()), ("Input.GoalIds", rfGoal.ToString()), ("Input.IndicatorIds", indicator.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var created = (await app.ActivityAsync(DemoUsers.Halland, id))!;
        Assert.Equal("Inför digitala vårdbesök", created.Title);
        Assert.Equal(responsible, created.ResponsibleUserId);
        Assert.Equal(new DateOnly(Year, 2, 1), created.StartsOn);
        Assert.Equal(new DateOnly(Year, 11, 30), created.EndsOn);
        Assert.Equal(ActivityStatus.InProgress, created.Status);
        Assert.Equal(20, created.ProgressPercent);
        Assert.Equal(new[] { goal, rfGoal }.Order(), created.Goals.Select(l => l.GoalId).Order());
        Assert.Equal([indicator], created.Indicators.Select(l => l.IndicatorId));
        var audit = await app.AuditOfAsync(DemoUsers.Halland, id);
        Assert.Contains(audit, a => a.EntityType == "Activity" && a.Action == AuditAction.Added && a.UserName.Contains("Hanna"));
        Assert.Equal(2, audit.Count(a => a.EntityType == "ActivityGoal"));
        Assert.Single(audit, a => a.EntityType == "ActivityIndicator");

        var page = await client.GetDocumentAsync($"/Activities/Details/{id}");
        Assert.Equal("Inför digitala vårdbesök", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Pågår", page.QuerySelector("#activity-status")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#activity-goals a[href='/Goals/Details/{goal}']"));
        Assert.NotNull(page.QuerySelector($"#activity-indicators a[href='/Indicators/Details/{indicator}']"));
        Assert.Contains("Lisa Läsare", page.QuerySelector("#activity-facts")!.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Audit/History?type=Activity&id={id}']"));
    }

    [Fact]
    public async Task Editor_changes_an_activity_and_its_links_and_the_change_is_audited()
    {
        var goal = await app.GoalIdAsync(DemoUsers.Halland, "Stärkt bemanning i vården");
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Rekrytera sjuksköterskor");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await SubmitAsync(client, $"/Activities/Edit/{activity.Id}",
            ("Input.Title", "Rekrytera fler sjuksköterskor"), ("Input.Status", "Done"), ("Input.ProgressPercent", "100"),
            ("Input.GoalIds", goal.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal("Rekrytera fler sjuksköterskor", stored.Title);
        Assert.Equal(ActivityStatus.Done, stored.Status);
        Assert.Equal([goal], stored.Goals.Select(l => l.GoalId));
        Assert.Equal(activity.Version + 1, stored.Version);
        var audit = await app.AuditOfAsync(DemoUsers.Halland, activity.Id);
        Assert.Contains(audit, a => a.EntityType == "Activity" && a.Action == AuditAction.Modified);
        Assert.Contains(audit, a => a.EntityType == "ActivityGoal" && a.Action == AuditAction.Added);
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_next_to_the_end_field_and_nothing_is_saved()
    {
        var before = await app.ActivityCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await SubmitAsync(client, await CreateUrlAsync(),
            ("Input.Title", "Baklänges"), ("Input.StartsOn", $"{Year}-06-01"), ("Input.EndsOn", $"{Year}-05-31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Slutdatum kan inte vara före startdatum.", page.QuerySelector("#Input_EndsOn-error")!.TextContent.Trim());
        Assert.Contains("Input_EndsOn-error", page.QuerySelector("#Input_EndsOn")!.GetAttribute("aria-describedby"));
        Assert.Equal($"{Year}-05-31", page.QuerySelector("#Input_EndsOn")!.GetAttribute("value"));
        Assert.Equal(before, await app.ActivityCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task Progress_outside_0_to_100_and_an_empty_title_are_refused()
    {
        var before = await app.ActivityCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await SubmitAsync(client, await CreateUrlAsync(), ("Input.Title", "  "), ("Input.ProgressPercent", "101"));

        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Klart (%) måste vara mellan 0 och 100.", page.QuerySelector("#Input_ProgressPercent-error")!.TextContent.Trim());
        Assert.Equal("Titel måste fyllas i.", page.QuerySelector("#Input_Title-error")!.TextContent.Trim());
        Assert.Equal(before, await app.ActivityCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task A_crafted_goal_of_another_committee_or_of_another_year_is_refused()
    {
        var runGoal = await app.GoalIdAsync(DemoUsers.Halland, "Fler företag i Halland växer");
        var nextYearGoal = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == Year + 1);
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var level = await db.GoalLevels.SingleAsync(l => l.Name == "Nämndsmål");
            var goal = new Goal { OrganisationId = hsn.OrganisationId, PlanningYearId = year.Id, LevelId = level.Id, OwnerUnitId = hsn.Id, Title = "Nästa års mål" };
            db.Goals.Add(goal);
            await db.SaveChangesAsync();
            return goal.Id;
        });
        var before = await app.ActivityCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await CreateUrlAsync();
        var form = await client.GetDocumentAsync(url);
        Assert.Null(form.QuerySelector($"input[name='Input.GoalIds'][value='{runGoal}']"));

        foreach (var crafted in new[] { runGoal, nextYearGoal })
        {
            var response = await SubmitAsync(client, url, ("Input.Title", "Fel mål"), ("Input.GoalIds", crafted.ToString()));
            var page = await AppClient.ParseAsync(response);
            Assert.Contains("kan bara kopplas till mål", page.QuerySelector("#Input_GoalIds-error")!.TextContent);
        }
        Assert.Equal(before, await app.ActivityCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task A_crafted_indicator_the_unit_neither_reports_nor_measures_its_goals_with_is_refused()
    {
        var foreign = await app.IndicatorIdAsync(DemoUsers.Halland, "Resultat i procent av skatteintäkter");
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Aktivitet med fel indikator");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await SubmitAsync(client, $"/Activities/Edit/{activity.Id}", ("Input.IndicatorIds", foreign.ToString()));

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("kan bara kopplas till indikatorer", page.QuerySelector("#Input_IndicatorIds-error")!.TextContent);
        Assert.Empty((await app.ActivityAsync(DemoUsers.Halland, activity.Id))!.Indicators);
    }

    [Fact]
    public async Task A_responsible_person_of_another_organisation_is_refused()
    {
        var stranger = await app.UserIdAsync(DemoUsers.BlekingeEditorHsn);
        var before = await app.ActivityCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await CreateUrlAsync();
        Assert.Null((await client.GetDocumentAsync(url)).QuerySelector($"#Input_ResponsibleUserId option[value='{stranger}']"));

        var response = await SubmitAsync(client, url, ("Input.Title", "Främmande ansvarig"), ("Input.ResponsibleUserId", stranger));

        var page = await AppClient.ParseAsync(response);
        Assert.Contains("finns inte i organisationen", page.QuerySelector("#Input_ResponsibleUserId-error")!.TextContent);
        Assert.Equal(before, await app.ActivityCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task A_reader_gets_403_on_every_editing_page_even_with_crafted_posts()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Läsaren får inte ändra");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var create = await CreateUrlAsync();
        var token = await client.AntiforgeryTokenAsync();

        foreach (var url in new[] { create, $"/Activities/Edit/{activity.Id}", $"/Activities/Delete/{activity.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
            var crafted = await client.PostAsync(url, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Title"] = "Kapad", ["Input.ProgressPercent"] = "0",
                ["Input.Version"] = activity.Version.ToString(), ["Version"] = activity.Version.ToString(),
            });
            Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        }
        Assert.Equal("Läsaren får inte ändra", (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!.Title);
        Assert.Empty(await app.WithDbAsync(DemoUsers.Halland, db => db.Activities.Where(a => a.Title == "Kapad").ToListAsync()));
    }

    [Fact]
    public async Task An_editor_of_another_committee_gets_403_even_with_crafted_posts()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "HSN:s egen aktivitet");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var token = await client.AntiforgeryTokenAsync();
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Title"] = "Kapad av RUN", ["Input.ProgressPercent"] = "0",
            ["Input.Text"] = "Kapad uppföljning", ["Input.Version"] = activity.Version.ToString(), ["Version"] = activity.Version.ToString(),
        };

        foreach (var url in new[] { await CreateUrlAsync(), $"/Activities/Edit/{activity.Id}", $"/Activities/Delete/{activity.Id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(url, fields)).StatusCode);
        }
        // RUN's editor reads the activity but may not follow it up.
        var details = await client.GetDocumentAsync($"/Activities/Details/{activity.Id}");
        Assert.Null(details.QuerySelector("#follow-up"));
        Assert.Null(details.QuerySelector($"a[href='/Activities/Edit/{activity.Id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/Activities/Details/{activity.Id}", fields)).StatusCode);

        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal("HSN:s egen aktivitet", stored.Title);
        Assert.Empty(stored.Comments);
    }

    [Fact]
    public async Task Another_organisations_activity_is_not_found()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Blekinge, "Trafiknämnden", "Blekinges aktivitet");
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var token = await client.AntiforgeryTokenAsync();

        foreach (var url in new[] { "Details", "Edit", "Delete" }.Select(page => $"/Activities/{page}/{activity.Id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
            var crafted = await client.PostAsync(url, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Title"] = "Kapad", ["Input.Text"] = "Kapad", ["Input.ProgressPercent"] = "0",
                ["Version"] = activity.Version.ToString(),
            });
            Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        }
        var blekingeUnit = activity.OwnerUnitId;
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Activities/Create?unit={blekingeUnit}&year={Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Activities?unit={blekingeUnit}&year={Year}")).StatusCode);
        Assert.Equal("Blekinges aktivitet", (await app.ActivityAsync(DemoUsers.Blekinge, activity.Id))!.Title);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Skyddad mot CSRF");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        foreach (var url in new[] { await CreateUrlAsync(), $"/Activities/Edit/{activity.Id}", $"/Activities/Details/{activity.Id}", $"/Activities/Delete/{activity.Id}" })
        {
            var response = await client.PostAsync(url, new Dictionary<string, string>
            {
                ["Input.Title"] = "Utan token", ["Input.Text"] = "Utan token", ["Input.ProgressPercent"] = "0",
                ["Input.Version"] = activity.Version.ToString(), ["Version"] = activity.Version.ToString(),
            });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal("Skyddad mot CSRF", stored.Title);
        Assert.Empty(stored.Comments);
    }

    [Fact]
    public async Task Script_typed_into_title_and_description_comes_back_encoded()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Snart med skript",
            a => (a.StartsOn, a.EndsOn) = (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31)));
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        const string evil = "<script>alert('x')</script> och <b>fet</b>";

        await SubmitAsync(client, $"/Activities/Edit/{activity.Id}",
            ("Input.Title", evil), ("Input.Description", "Text <script>alert(1)</script> **fet**"));

        foreach (var url in new[] { $"/Activities/Details/{activity.Id}", $"/Activities?unit={activity.OwnerUnitId}&year={Year}" })
        {
            var html = await (await client.Http.GetAsync(url)).Content.ReadAsStringAsync();
            var page = await AppClient.ParseAsync(html);
            Assert.Empty(page.QuerySelectorAll("main script"));
            Assert.Empty(page.QuerySelectorAll("main b"));
            Assert.Contains("&lt;script&gt;", html);
        }
        var details = await client.GetDocumentAsync($"/Activities/Details/{activity.Id}");
        Assert.Equal(evil, details.QuerySelector("h1")!.TextContent);
        Assert.Equal("fet", details.QuerySelector("main .markdown strong")!.TextContent);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_edits_is_refused_with_who_and_when()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Två redigerar samtidigt");
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Activities/Edit/{activity.Id}";
        var (_, editorForm) = await editor.ReadFormAsync(url);
        var (_, controllerForm) = await controller.ReadFormAsync(url);

        var saved = await controller.PostAsync(url, With(controllerForm, "Input.Title", "Controllerns version"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await editor.PostAsync(url, With(editorForm, "Input.Title", "Redaktörens version"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Aktiviteten har ändrats av Carl Controller (Halland) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#error-summary a[href='{url}']"));
        Assert.Equal("Redaktörens version", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Controllerns version", (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!.Title);
    }

    [Fact]
    public async Task Deleting_an_activity_removes_it_with_its_links_and_follow_ups_and_audits_everything()
    {
        var goal = await app.GoalIdAsync(DemoUsers.Halland, "Stärkt bemanning i vården");
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Ska tas bort", a =>
        {
            a.Goals.Add(new ActivityGoal { OrganisationId = a.OrganisationId, GoalId = goal });
            a.Comments.Add(new ActivityComment { OrganisationId = a.OrganisationId, Text = "Första uppföljningen" });
        });
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormAsync($"/Activities/Delete/{activity.Id}", new());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Activities?unit={activity.OwnerUnitId}&year={Year}", response.Headers.Location!.OriginalString);
        Assert.Null(await app.ActivityAsync(DemoUsers.Halland, activity.Id));
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.ActivityGoals.CountAsync(l => l.ActivityId == activity.Id)));
        var deleted = (await app.AuditOfAsync(DemoUsers.Halland, activity.Id)).Where(a => a.Action == AuditAction.Deleted).ToList();
        Assert.Contains(deleted, a => a.EntityType == "Activity");
        Assert.Contains(deleted, a => a.EntityType == "ActivityGoal");
        Assert.Contains(deleted, a => a.EntityType == "ActivityComment");
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, string name, string value)
    {
        var copy = form.Where(v => v.Key != name).ToList();
        copy.Add(new(name, value));
        return copy;
    }
}
