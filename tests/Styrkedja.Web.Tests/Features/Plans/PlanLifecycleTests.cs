using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Plans.PlanTestData;

namespace Styrkedja.Web.Tests.Features.Plans;

public class PlanLifecycleTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Goal = "Stärkt bemanning i vården";

    private static Task<HttpResponseMessage> ClickAsync(AppClient client, int planId, string formId, Dictionary<string, string?>? fields = null) =>
        client.SubmitFormAsync($"/Plans/Details/{planId}", fields ?? [], $"#{formId}");

    private static async Task<HttpResponseMessage> DecideAsync(AppClient client, int planId, string date, string paragraph, string registry) =>
        await client.SubmitFormAsync($"/Plans/Decide/{planId}", new()
        {
            ["Input.DecidedOn"] = date, ["Input.DecisionParagraph"] = paragraph, ["Input.RegistryNumber"] = registry,
        });

    [Fact]
    public async Task A_plan_goes_through_beredning_back_to_draft_and_is_decided_then_locked_with_its_snapshot()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, Hsn, ThisYear);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        // Draft → under beredning, by the editor.
        Assert.Equal(HttpStatusCode.Redirect, (await ClickAsync(editor, plan.Id, "submit-form")).StatusCode);
        Assert.Equal(PlanState.InPreparation, (await app.PlanAsync(DemoUsers.Halland, plan.Id)).State);
        // The editor may not send it back or decide it: that is the controller's review.
        Assert.Null((await editor.GetDocumentAsync($"/Plans/Details/{plan.Id}")).QuerySelector("#return-form"));
        await editor.GetDocumentAsync($"/Plans/Decide/{plan.Id}", HttpStatusCode.Forbidden);
        var token = await editor.AntiforgeryTokenAsync("/Plans");
        var crafted = await editor.PostAsync($"/Plans/Details/{plan.Id}?handler=Return",
            [new("__RequestVerificationToken", token), new("version", "0")]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);

        // Under beredning → draft with a comment, by the controller.
        var returned = await ClickAsync(controller, plan.Id, "return-form", new() { ["comment"] = "Komplettera omvärldsavsnittet." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Contains("Kommentar: Komplettera omvärldsavsnittet.", await controller.PlanPageAlertsAsync(plan.Id));
        Assert.Equal(PlanState.Draft, (await app.PlanAsync(DemoUsers.Halland, plan.Id)).State);

        await ClickAsync(editor, plan.Id, "submit-form");

        // The decision form proposes the committee itself; bad data first.
        var form = await controller.GetDocumentAsync($"/Plans/Decide/{plan.Id}");
        Assert.Equal(Hsn, form.QuerySelector("#Input_DecidedBy")!.GetAttribute("value"));
        var bad = await AppClient.ParseAsync(await DecideAsync(controller, plan.Id, "", "", ""));
        Assert.Equal("Beslutsdatum måste fyllas i.", bad.QuerySelector("#Input_DecidedOn-error")!.TextContent.Trim());
        Assert.Equal("Paragraf måste fyllas i.", bad.QuerySelector("#Input_DecisionParagraph-error")!.TextContent.Trim());
        Assert.Equal("Diarienummer måste fyllas i.", bad.QuerySelector("#Input_RegistryNumber-error")!.TextContent.Trim());
        var future = DateOnly.FromDateTime(DateTime.Now).AddDays(2).ToString("yyyy-MM-dd");
        var late = await AppClient.ParseAsync(await DecideAsync(controller, plan.Id, future, "§ 45", "HSN 2026/12"));
        Assert.Contains("kan inte ligga i framtiden", late.QuerySelector("#Input_DecidedOn-error")!.TextContent);
        var stored = await app.PlanAsync(DemoUsers.Halland, plan.Id);
        Assert.Equal((PlanState.InPreparation, null, null), (stored.State, stored.Snapshot, stored.DecidedOn));

        var yesterday = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        var decided = await DecideAsync(controller, plan.Id, yesterday.ToString("yyyy-MM-dd"), "§ 45", "HSN 2026/12");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        stored = await app.PlanAsync(DemoUsers.Halland, plan.Id);
        Assert.Equal((PlanState.Decided, Hsn, yesterday, "§ 45", "HSN 2026/12"),
            (stored.State, stored.DecidedBy, stored.DecidedOn, stored.DecisionParagraph, stored.RegistryNumber));
        Assert.Contains("\"goals\":[{", stored.Snapshot);
        var page = await editor.GetDocumentAsync($"/Plans/Details/{plan.Id}");
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Beslutad", facts);
        Assert.Contains("§ 45", facts);
        Assert.Contains("HSN 2026/12", facts);
        Assert.Contains(yesterday.ToString("yyyy-MM-dd"), facts);

        // Every state change is in the plan's history.
        var audit = await app.PlanAuditAsync(DemoUsers.Halland, plan.Id);
        var planChanges = audit.Where(a => a.EntityType == "Plan" && a.Action == AuditAction.Modified).ToList();
        Assert.True(planChanges.Count >= 4);
        Assert.Contains(planChanges, a => a.UserName.Contains("Carl") && a.After!.Contains("HSN 2026/12"));

        // The snapshot keeps what was decided: a goal renamed afterwards still reads as decided.
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            (await db.Goals.SingleAsync(g => g.Title == Goal && g.PlanningYear!.Year == DateTime.Now.Year)).Title = "Omdöpt mål";
            return await db.SaveChangesAsync();
        });
        var goals = (await editor.GetDocumentAsync($"/Plans/Details/{plan.Id}")).QuerySelectorAll("article.plan-goal h4").Select(h => h.TextContent).ToList();
        Assert.Contains(Goal, goals);
        Assert.DoesNotContain("Omdöpt mål", goals);
    }

    [Fact]
    public async Task A_decided_plan_refuses_every_crafted_change_and_a_new_revision_is_editable_while_the_old_stays_read_only()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Regionfullmäktige", ThisYear, PlanState.Decided);
        var section = plan.Sections.First();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var token = await controller.AntiforgeryTokenAsync("/Plans");
        var version = plan.Version.ToString();
        var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            ($"/Plans/Edit/{plan.Id}", [new("Input.Title", "Ändrad"), new("Input.Version", version)]),
            ($"/Plans/Section/Create/{plan.Id}", [new("Input.Heading", "Nytt"), new("Input.Version", version)]),
            ($"/Plans/Section/Edit/{section.Id}", [new("Input.Heading", "Ändrad"), new("Input.Version", section.Version.ToString())]),
            ($"/Plans/Section/Delete/{section.Id}", [new("Version", section.Version.ToString())]),
            ($"/Plans/Section/Move/{section.Id}", [new("up", "false"), new("version", version)]),
            ($"/Plans/Details/{plan.Id}?handler=Submit", [new("version", version)]),
            ($"/Plans/Details/{plan.Id}?handler=Return", [new("version", version)]),
            ($"/Plans/Decide/{plan.Id}", [new("Input.DecidedBy", "X"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"),
                new("Input.RegistryNumber", "X"), new("Input.Version", version)]),
        };

        foreach (var (url, fields) in posts)
        {
            var response = await controller.PostAsync(url, fields.Prepend(new("__RequestVerificationToken", token)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/Plans/Details/{plan.Id}", response.Headers.Location!.OriginalString);
            Assert.Contains("Planen är beslutad och låst", await controller.PlanPageAlertsAsync(plan.Id));
        }
        var stored = await app.PlanAsync(DemoUsers.Halland, plan.Id);
        Assert.Equal((plan.Title, plan.Version, PlanState.Decided, "TEST 1"), (stored.Title, stored.Version, stored.State, stored.RegistryNumber));
        Assert.Equal(plan.Sections.OrderBy(s => s.Id).Select(s => (s.Heading, s.Body, s.SortOrder, s.Version)),
            stored.Sections.OrderBy(s => s.Id).Select(s => (s.Heading, s.Body, s.SortOrder, s.Version)));
        // The decided page offers no editing, only a new revision.
        var decidedPage = await controller.GetDocumentAsync($"/Plans/Details/{plan.Id}");
        Assert.Equal(["revision-form"], decidedPage.QuerySelectorAll("main form[method=post]").Select(f => f.Id));
        await controller.GetDocumentAsync($"/Plans/Edit/{plan.Id}", HttpStatusCode.Redirect);

        // A new revision: a draft with the same title and a copy of the sections, editable.
        var created = await ClickAsync(controller, plan.Id, "revision-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var revisions = await app.PlansOfAsync(DemoUsers.Halland, "Regionfullmäktige", ThisYear);
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        var next = revisions[1];
        Assert.Equal($"/Plans/Details/{next.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal((PlanState.Draft, plan.Title, null), (next.State, next.Title, next.Snapshot));
        Assert.Equal(plan.Sections.OrderBy(s => s.SortOrder).Select(s => s.Heading), next.Sections.OrderBy(s => s.SortOrder).Select(s => s.Heading));
        var edited = await controller.SubmitFormAsync($"/Plans/Edit/{next.Id}", new() { ["Input.Title"] = "Mål och budget, reviderad" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Mål och budget, reviderad", (await app.PlanAsync(DemoUsers.Halland, next.Id)).Title);

        // The decided revision stays readable as it was, marked as older, linking to the latest.
        var old = await controller.GetDocumentAsync($"/Plans/Details/{plan.Id}");
        Assert.Equal(plan.Title, old.QuerySelector("h1")!.TextContent);
        Assert.Contains("äldre revision", old.QuerySelector("main")!.TextContent);
        Assert.NotNull(old.QuerySelector($"a[href='/Plans/Details/{next.Id}']"));
        Assert.Empty(old.QuerySelectorAll("main form[method=post]"));
        var revisionRows = (await controller.GetDocumentAsync($"/Plans/Details/{next.Id}")).QuerySelectorAll("#revisions ~ table tbody tr");
        Assert.Equal(2, revisionRows.Length);
        Assert.Contains("Beslutad", revisionRows[0].TextContent);

        // A new revision of the older revision is refused: only the latest goes on.
        var again = await controller.PostAsync($"/Plans/Details/{plan.Id}?handler=NewRevision",
            [new("__RequestVerificationToken", token), new("version", version)]);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("äldre revision av planen och den kan inte ändras", await controller.PlanPageAlertsAsync(plan.Id));
        Assert.Equal(2, (await app.PlansOfAsync(DemoUsers.Halland, "Regionfullmäktige", ThisYear)).Count);
    }

    [Fact]
    public async Task The_decision_form_proposes_the_committee_of_an_administration()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Akutmottagningen Halmstad", ThisYear, PlanState.InPreparation);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var form = await controller.GetDocumentAsync($"/Plans/Decide/{plan.Id}");

        Assert.Equal(Hsn, form.QuerySelector("#Input_DecidedBy")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_state_button_from_a_stale_page_is_refused_with_the_conflict_message()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Närsjukvården Halland", ThisYear);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, stale) = await editor.ReadFormAsync($"/Plans/Details/{plan.Id}", "#submit-form");

        await editor.SubmitFormAsync($"/Plans/Edit/{plan.Id}", new() { ["Input.Title"] = "Ny titel" });
        var response = await editor.PostAsync(action, stale);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Planen har ändrats av Hanna Redaktör", await editor.PlanPageAlertsAsync(plan.Id));
        Assert.Equal(PlanState.Draft, (await app.PlanAsync(DemoUsers.Halland, plan.Id)).State);
    }
}
