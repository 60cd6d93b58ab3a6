using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.InternalControl.ControlPlanTestData;

namespace Styrkedja.Web.Tests.Features.InternalControl;

public class ControlPlanTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Blekinge = DemoUsers.Blekinge;

    private static string ControlForm(int planId, int? controlId = null) =>
        $"/InternalControl/ControlPlans/Control/{planId}" + (controlId is null ? "" : $"/{controlId}");

    private static string ResultForm(int controlId, int? round = null) =>
        $"/InternalControl/ControlPlans/Result/{controlId}" + (round is null ? "" : $"?round={round}");

    private Task<Risk> AddRiskAsync(string unitName, int year, string title, int probability, int consequence) =>
        app.WithDbAsync(Blekinge, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var risk = new Risk
            {
                OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, Title = title, Probability = probability, Consequence = consequence,
                PlanningYearId = (await db.PlanningYears.SingleAsync(y => y.Year == year)).Id,
            };
            db.Risks.Add(risk);
            await db.SaveChangesAsync();
            return risk;
        });

    private Task<string> UserIdAsync(string email) =>
        app.WithDbAsync(Blekinge, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task An_editor_creates_the_committees_plan_and_adds_a_control_from_a_risk_after_a_validation_message()
    {
        var ownRisk = await AddRiskAsync(Hsn, NextYear, "Felaktiga utbetalningar", 3, 4);
        var otherRisk = await AddRiskAsync(Tn, NextYear, "Bristande avtalstrohet", 4, 4);
        await app.WithDbAsync(Blekinge, async db => await db.InternalControlPlans
            .Where(p => p.OrgUnit!.Name == Hsn && p.PlanningYear!.Year == NextYear).ExecuteDeleteAsync());
        using var editor = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);

        // The committee editor sees only the own committee, and may start its plan.
        var list = await editor.GetDocumentAsync($"/InternalControl/ControlPlans?year={NextYear}");
        Assert.Equal([Hsn], list.QuerySelectorAll("#control-plans tbody th").Select(t => t.TextContent.Trim()));
        var created = await editor.SubmitFormAsync($"/InternalControl/ControlPlans?year={NextYear}", [], "#control-plans form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var planId = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Equal(PlanState.Draft, (await app.ControlPlanAsync(Blekinge, planId)).State);

        // No title: the message at the field and in the summary, nothing written.
        var empty = await AppClient.ParseAsync(await editor.SubmitFormAsync(ControlForm(planId), new() { ["Input.Title"] = "" }));
        Assert.Equal("Vad kontrolleras måste fyllas i.", empty.QuerySelector("#Input_Title-error")!.TextContent.Trim());
        Assert.NotNull(empty.QuerySelector("#error-summary a[href='#Input_Title']"));
        // A risk of another committee, posted by hand, is refused the same way.
        var foreign = await AppClient.ParseAsync(await editor.SubmitFormAsync(ControlForm(planId),
            new() { ["Input.Title"] = "Attest av fakturor", ["Input.RiskId"] = otherRisk.Id.ToString() }));
        Assert.Contains("riskanalys", foreign.QuerySelector("#Input_RiskId-error")!.TextContent);
        Assert.Empty((await app.ControlPlanAsync(Blekinge, planId)).Controls);

        // The form offers the unit's risk with its value; saving adds the control.
        var form = await editor.GetDocumentAsync(ControlForm(planId));
        Assert.Equal(["", ownRisk.Id.ToString()], form.QuerySelectorAll("#Input_RiskId option").Select(o => o.GetAttribute("value")));
        var saved = await editor.SubmitFormAsync(ControlForm(planId), new()
        {
            ["Input.Title"] = "Attest av fakturor", ["Input.Method"] = "Stickprov på 25 fakturor", ["Input.Responsible"] = "Controller",
            ["Input.Frequency"] = "Två gånger per år", ["Input.ReportedTo"] = "Nämnden", ["Input.RiskId"] = ownRisk.Id.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var control = Assert.Single((await app.ControlPlanAsync(Blekinge, planId)).Controls);
        Assert.Equal(("Attest av fakturor", "Stickprov på 25 fakturor", "Två gånger per år", ownRisk.Id),
            (control.Title, control.Method, control.Frequency, control.RiskId));
        var row = (await editor.GetDocumentAsync(Details(planId))).QuerySelector("#controls-table tbody tr")!.TextContent;
        Assert.Contains("Felaktiga utbetalningar (riskvärde 12)", row);
        Assert.Contains("Nämnden", row);

        // The change is in the plan's history, by the editor.
        var audit = await app.WithDbAsync(Blekinge, db => db.AuditEntries
            .Where(a => a.SubjectType == "InternalControlPlan" && a.SubjectId == planId.ToString() && a.EntityType == "Control").ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Added && a.UserName.Contains("Helga"));
    }

    [Fact]
    public async Task A_committee_editor_can_neither_see_nor_change_another_committees_plan()
    {
        var plan = await app.ArrangeControlPlanAsync(Blekinge, Tn, ThisYear, PlanState.Draft, "Avtalstrohet vid inköp");
        var controlId = plan.Controls[0].Id;
        using var hsn = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);

        await hsn.GetDocumentAsync(Details(plan.Id), HttpStatusCode.NotFound);
        await hsn.GetDocumentAsync(ControlForm(plan.Id), HttpStatusCode.NotFound);
        await hsn.GetDocumentAsync(ResultForm(controlId), HttpStatusCode.NotFound);
        Assert.DoesNotContain(Tn, (await hsn.GetDocumentAsync($"/InternalControl/ControlPlans?year={ThisYear}")).QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(Tn, (await hsn.GetDocumentAsync($"/InternalControl/ControlPlans/Summary?year={ThisYear}")).QuerySelector("main")!.TextContent);
        var token = await hsn.AntiforgeryTokenAsync();
        var tnId = await app.WithDbAsync(Blekinge, db => db.OrgUnits.Where(u => u.Name == Tn).Select(u => u.Id).SingleAsync());
        var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            (ControlForm(plan.Id), [new("Input.Title", "Smuggel"), new("Input.Version", plan.Version.ToString())]),
            (ControlForm(plan.Id, controlId), [new("Input.Title", "Smuggel"), new("Input.Version", "0")]),
            ($"{Details(plan.Id)}?handler=DeleteControl", [new("controlId", controlId.ToString()), new("version", plan.Version.ToString())]),
            ($"{Details(plan.Id)}?handler=Submit", [new("version", plan.Version.ToString())]),
            (ResultForm(controlId), [new("Input.Outcome", "NoRemarks"), new("Input.PerformedOn", "2026-01-01")]),
            ("/InternalControl/ControlPlans?handler=Create", [new("unit", tnId.ToString()), new("year", NextYear.ToString())]),
        };
        foreach (var (url, fields) in posts)
            Assert.Equal(HttpStatusCode.NotFound, (await hsn.PostAsync(url, fields.Prepend(new("__RequestVerificationToken", token)))).StatusCode);

        var stored = await app.ControlPlanAsync(Blekinge, plan.Id);
        Assert.Equal((PlanState.Draft, "Avtalstrohet vid inköp"), (stored.State, Assert.Single(stored.Controls).Title));
        Assert.Empty(stored.Controls[0].Results);
        // A reader over the whole region reads it but may not change it; the controller reads it.
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);
        await reader.GetDocumentAsync(Details(plan.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(ControlForm(plan.Id),
            [new("__RequestVerificationToken", await reader.AntiforgeryTokenAsync()), new("Input.Title", "X")])).StatusCode);
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);
        Assert.Contains("Avtalstrohet vid inköp", (await controller.GetDocumentAsync(Details(plan.Id))).QuerySelector("#controls-table")!.TextContent);
    }

    [Fact]
    public async Task A_plan_goes_to_beredning_is_decided_by_the_controller_and_then_refuses_every_crafted_change_but_takes_results()
    {
        var plan = await app.ArrangeControlPlanAsync(Blekinge, Hsn, ThisYear, PlanState.Draft, "Attest av fakturor", "Behörigheter i journalsystemet");
        using var editor = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Details(plan.Id), [], "#submit-form")).StatusCode);
        Assert.Equal(PlanState.InPreparation, (await app.ControlPlanAsync(Blekinge, plan.Id)).State);
        await editor.GetDocumentAsync($"/InternalControl/ControlPlans/Decide/{plan.Id}", HttpStatusCode.Forbidden);

        var decide = $"/InternalControl/ControlPlans/Decide/{plan.Id}";
        var bad = await AppClient.ParseAsync(await controller.SubmitFormAsync(decide, new() { ["Input.DecisionParagraph"] = "" }));
        Assert.Equal("Paragraf måste fyllas i.", bad.QuerySelector("#Input_DecisionParagraph-error")!.TextContent.Trim());
        Assert.Equal(PlanState.InPreparation, (await app.ControlPlanAsync(Blekinge, plan.Id)).State);
        var yesterday = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        var decided = await controller.SubmitFormAsync(decide, new()
        {
            ["Input.DecidedOn"] = yesterday.ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 88", ["Input.RegistryNumber"] = "HSN 2026/40",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var stored = await app.ControlPlanAsync(Blekinge, plan.Id);
        Assert.Equal((PlanState.Decided, Hsn, yesterday, "§ 88", "HSN 2026/40"),
            (stored.State, stored.DecidedBy, stored.DecidedOn, stored.DecisionParagraph, stored.RegistryNumber));
        Assert.Contains("§ 88", (await editor.GetDocumentAsync(Details(plan.Id))).QuerySelector("dl.facts")!.TextContent);

        var control = stored.Controls.OrderBy(c => c.Id).First();
        var token = await controller.AntiforgeryTokenAsync();
        var version = stored.Version.ToString();
        var posts = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            (ControlForm(plan.Id), [new("Input.Title", "Ny kontroll"), new("Input.Version", version)]),
            (ControlForm(plan.Id, control.Id), [new("Input.Title", "Ändrad"), new("Input.Version", control.Version.ToString())]),
            ($"{Details(plan.Id)}?handler=DeleteControl", [new("controlId", control.Id.ToString()), new("version", version)]),
            ($"{Details(plan.Id)}?handler=Submit", [new("version", version)]),
            ($"{Details(plan.Id)}?handler=Return", [new("version", version)]),
            (decide, [new("Input.DecidedBy", "X"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"),
                new("Input.RegistryNumber", "X"), new("Input.Version", version)]),
        };
        foreach (var (url, fields) in posts)
        {
            var response = await controller.PostAsync(url, fields.Prepend(new("__RequestVerificationToken", token)));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Details(plan.Id), response.Headers.Location!.OriginalString);
            Assert.Contains("Kontrollplanen är beslutad och låst", await controller.ControlPlanAlertsAsync(plan.Id));
        }
        var after = await app.ControlPlanAsync(Blekinge, plan.Id);
        Assert.Equal((PlanState.Decided, stored.Version, "§ 88"), (after.State, after.Version, after.DecisionParagraph));
        Assert.Equal(stored.Controls.OrderBy(c => c.Id).Select(c => (c.Title, c.Version)), after.Controls.OrderBy(c => c.Id).Select(c => (c.Title, c.Version)));
        var page = await editor.GetDocumentAsync(Details(plan.Id));
        Assert.Null(page.QuerySelector($"a[href='{ControlForm(plan.Id)}']"));

        // Following up is what a decided plan is for: a result is recorded.
        var result = await editor.SubmitFormAsync(ResultForm(control.Id), new()
        {
            ["Input.RoundId"] = "", ["Input.Outcome"] = "Remarks", ["Input.Findings"] = "Två fakturor saknade attest.",
        });
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var recorded = Assert.Single((await app.ControlPlanAsync(Blekinge, plan.Id)).Controls.Single(c => c.Id == control.Id).Results);
        Assert.Equal((ControlOutcome.Remarks, null, "Två fakturor saknade attest."), (recorded.Outcome, recorded.ReportRoundId, recorded.Findings));
    }

    [Fact]
    public async Task Two_people_changing_the_same_control_the_later_is_told_and_nothing_is_overwritten()
    {
        var plan = await app.ArrangeControlPlanAsync(Blekinge, Hsn, ThisYear, PlanState.Draft, "Attest av fakturor");
        var url = ControlForm(plan.Id, plan.Controls[0].Id);
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);
        using var editor = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);
        var (action, stale) = await controller.ReadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(url, new() { ["Input.Title"] = "Attest av leverantörsfakturor" })).StatusCode);
        stale.RemoveAll(v => v.Key == "Input.Title");
        stale.Add(new("Input.Title", "Attest, controllerns version"));
        var response = await controller.PostAsync(action, stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kontrollen har ändrats av Helga Redaktör", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Attest av leverantörsfakturor", (await app.ControlPlanAsync(Blekinge, plan.Id)).Controls[0].Title);
    }

    [Fact]
    public async Task An_action_of_a_result_is_in_its_owners_tasks_until_marked_done_and_a_second_result_for_the_round_is_refused()
    {
        var plan = await app.ArrangeControlPlanAsync(Blekinge, Hsn, ThisYear, PlanState.Decided, "Uppföljning av sjukfrånvaro");
        var controlId = plan.Controls[0].Id;
        var owner = await UserIdAsync(DemoUsers.BlekingeEditorHsn);
        using var editor = await app.LoginAsync(DemoUsers.BlekingeEditorHsn);
        var yesterday = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);

        // An owner from outside the unit is refused.
        var tnOwner = await UserIdAsync(DemoUsers.BlekingeEditorTn);
        var refused = await AppClient.ParseAsync(await editor.SubmitFormAsync(ResultForm(controlId), new()
        {
            ["Input.RoundId"] = "", ["Input.Outcome"] = "SeriousDeficiencies", ["Input.Actions[0].Text"] = "X",
            ["Input.Actions[0].ResponsibleUserId"] = tnOwner,
        }));
        Assert.NotNull(refused.QuerySelector("#Input_Actions_0__ResponsibleUserId-error"));
        Assert.Empty((await app.ControlPlanAsync(Blekinge, plan.Id)).Controls[0].Results);

        var saved = await editor.SubmitFormAsync(ResultForm(controlId), new()
        {
            ["Input.RoundId"] = "", ["Input.Outcome"] = "SeriousDeficiencies", ["Input.Findings"] = "Rehabiliteringsplaner saknas.",
            ["Input.Actions[0].Text"] = "Upprätta rehabiliteringsplaner", ["Input.Actions[0].ResponsibleUserId"] = owner,
            ["Input.Actions[0].DueOn"] = yesterday.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var result = Assert.Single((await app.ControlPlanAsync(Blekinge, plan.Id)).Controls[0].Results);
        var action = Assert.Single(result.Actions);
        Assert.Equal((ControlOutcome.SeriousDeficiencies, owner, yesterday), (result.Outcome, action.ResponsibleUserId, action.DueOn));
        var badge = (await editor.GetDocumentAsync(Details(plan.Id))).QuerySelector($"#result-{result.Id} .status")!;
        Assert.Equal(("status status-notmet", "✗ Allvarliga brister"), (badge.ClassName, badge.TextContent.Trim()));

        var tasks = await editor.GetDocumentAsync("/Tasks");
        var link = tasks.QuerySelector($"main a[href='{Details(plan.Id)}#action-{action.Id}']");
        Assert.NotNull(link);
        Assert.Contains("Upprätta rehabiliteringsplaner", tasks.QuerySelector("main")!.TextContent);
        Assert.Contains("Åtgärd intern kontroll", tasks.QuerySelector("main")!.TextContent);
        using (var other = await app.LoginAsync(DemoUsers.BlekingeEditorTn))
            Assert.DoesNotContain("Upprätta rehabiliteringsplaner", (await other.GetDocumentAsync("/Tasks")).QuerySelector("main")!.TextContent);
        var audit = await app.WithDbAsync(Blekinge, db => db.AuditEntries
            .Where(a => a.EntityType == "ControlAction" && a.SubjectType == "ControlResult" && a.SubjectId == result.Id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditAction.Added);

        // The whole year's result exists: a new result for the whole year from another round's form is refused.
        var resultPage = await editor.GetDocumentAsync(ResultForm(controlId, 0));
        var refusedAgain = await AppClient.ParseAsync(await editor.SubmitFormAsync(ResultForm(controlId, 0),
            new() { ["Input.RoundId"] = "", ["Input.Outcome"] = "NoRemarks" }));
        Assert.Contains("redan ett resultat för Helår", refusedAgain.QuerySelector("#Input_RoundId-error")!.TextContent);
        Assert.Single((await app.ControlPlanAsync(Blekinge, plan.Id)).Controls[0].Results);
        Assert.NotNull(resultPage.QuerySelector("#Input_RoundId option[value='']"));

        // Marked done, it leaves the owner's tasks.
        var done = await editor.SubmitFormAsync(Details(plan.Id), [], $"form:has(input[name=actionId][value='{action.Id}'])");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(DateOnly.FromDateTime(DateTime.Now), (await app.ControlPlanAsync(Blekinge, plan.Id)).Controls[0].Results[0].Actions[0].DoneOn);
        Assert.Contains("markerad som klar", await editor.ControlPlanAlertsAsync(plan.Id));
        Assert.DoesNotContain("Upprätta rehabiliteringsplaner", (await editor.GetDocumentAsync("/Tasks")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_a_bad_request_and_writes_nothing()
    {
        var plan = await app.ArrangeControlPlanAsync(Blekinge, "Regionala utvecklingsnämnden", NextYear);
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);

        var response = await controller.PostAsync(ControlForm(plan.Id), [new("Input.Title", "Utan token"), new("Input.Version", plan.Version.ToString())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await app.ControlPlanAsync(Blekinge, plan.Id)).Controls);
    }
}
