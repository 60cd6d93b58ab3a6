using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Plans.PlanTestData;

namespace Styrkedja.Web.Tests.Features.Plans;

public class PlanPageAndSectionTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task Plan_page_gathers_the_unit_s_mission_goals_indicators_with_target_and_activities()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, Hsn, ThisYear);
        var activityId = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == Hsn);
            var year = await db.PlanningYears.SingleAsync(y => y.Year == ThisYear);
            var goal = await db.Goals.SingleAsync(g => g.Title == "Stärkt bemanning i vården" && g.PlanningYear!.Year == DateTime.Now.Year);
            var indicator = new Indicator
            {
                OrganisationId = unit.OrganisationId, Name = "Andel egen personal (plantest)", MeasureUnit = "%", Decimals = 1,
                OwnerUnitId = unit.Id, ResponsiblePerson = "Petra Plan",
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            db.GoalIndicators.Add(new GoalIndicator { OrganisationId = unit.OrganisationId, GoalId = goal.Id, IndicatorId = indicator.Id });
            db.TargetValues.Add(new TargetValue { OrganisationId = unit.OrganisationId, IndicatorId = indicator.Id, Year = ThisYear, OrgUnitId = unit.Id, Value = 87.5m });
            var hanna = await db.Users.SingleAsync(u => u.Email == DemoUsers.HallandEditorHsn);
            var activity = new Activity
            {
                OrganisationId = unit.OrganisationId, PlanningYearId = year.Id, OwnerUnitId = unit.Id,
                Title = "Rekryteringskampanj (plantest)", ResponsibleUserId = hanna.Id, Status = ActivityStatus.InProgress,
                StartsOn = new DateOnly(ThisYear, 2, 1), EndsOn = new DateOnly(ThisYear, 10, 31), ProgressPercent = 40,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            return activity.Id;
        });
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var page = await client.GetDocumentAsync($"/Plans/Details/{plan.Id}");

        Assert.Equal(plan.Title, page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Region Halland (demo)", facts);
        Assert.Contains("Verksamhetsplan", facts);
        Assert.Contains($"{ThisYear}–{ThisYear + 2}", facts);
        Assert.Contains("Utkast", facts);
        Assert.Contains("god, tillgänglig och jämlik hälso- och sjukvård", page.QuerySelector("#mission")!.ParentElement!.TextContent);
        var goal = page.QuerySelectorAll("article.plan-goal").Single(a => a.QuerySelector("h4")!.TextContent == "Stärkt bemanning i vården");
        Assert.Contains("Mål: Kortare väntetider till vård", goal.TextContent);
        Assert.Contains("Andel egen personal (plantest)", goal.TextContent);
        Assert.Equal("Nämndsmål", LevelHeadingOf(goal));
        var indicatorRow = page.QuerySelectorAll("#indicators ~ table tbody tr").Single(r => r.TextContent.Contains("(plantest)"));
        Assert.Contains("87,5 %", indicatorRow.TextContent);
        Assert.Contains("Petra Plan", indicatorRow.TextContent);
        var activityRow = page.QuerySelectorAll("#activities ~ table tbody tr").Single(r => r.TextContent.Contains("(plantest)"));
        Assert.Equal($"/Activities/Details/{activityId}", activityRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Hanna Redaktör (HSN Halland)", $"{ThisYear}-02-01", $"{ThisYear}-10-31", "Pågår", "40 %"],
            activityRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["Sammanfattning", "Omvärld och förutsättningar", "Prioriteringar", "Budget"],
            page.QuerySelectorAll("section.plan-section h2").Select(h => h.TextContent));
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Plans/Export/{plan.Id}?format=docx", links);
        Assert.Contains($"/Plans/Export/{plan.Id}?format=pdf", links);
        Assert.Contains($"/Audit/History?type=Plan&id={plan.Id}", links);
        // A reader sees no editing controls.
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.DoesNotContain(links, l => l!.StartsWith("/Plans/Section/"));
    }

    /// <summary>The level heading (h3) the goal is listed under.</summary>
    private static string LevelHeadingOf(AngleSharp.Dom.IElement goal)
    {
        var element = goal.PreviousElementSibling;
        while (element!.LocalName != "h3")
            element = element.PreviousElementSibling;
        return element.TextContent;
    }

    [Fact]
    public async Task Editor_adds_edits_moves_and_deletes_a_section_and_each_change_is_audited()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Hallands sjukhus", ThisYear);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var added = await client.SubmitFormAsync($"/Plans/Section/Create/{plan.Id}",
            new() { ["Input.Heading"] = "Kompetensförsörjning", ["Input.Body"] = "- fler **egna** sjuksköterskor" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var section = (await app.PlanAsync(DemoUsers.Halland, plan.Id)).Sections.Single(s => s.Heading == "Kompetensförsörjning");
        Assert.Equal(5, section.SortOrder);

        var edited = await client.SubmitFormAsync($"/Plans/Section/Edit/{section.Id}",
            new() { ["Input.Heading"] = "Kompetens", ["Input.Body"] = "Ny text" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var moved = await client.SubmitFormAsync($"/Plans/Details/{plan.Id}", [],
            $"form[action='/Plans/Section/Move/{section.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var headings = (await app.PlanAsync(DemoUsers.Halland, plan.Id)).Sections.OrderBy(s => s.SortOrder).Select(s => s.Heading);
        Assert.Equal(["Sammanfattning", "Omvärld och förutsättningar", "Prioriteringar", "Kompetens", "Budget"], headings);
        var page = await client.GetDocumentAsync($"/Plans/Details/{plan.Id}");
        Assert.Equal("Ny text", page.QuerySelectorAll("section.plan-section")
            .Single(s => s.QuerySelector("h2")!.TextContent == "Kompetens").QuerySelector(".markdown")!.TextContent.Trim());

        var deleted = await client.SubmitFormAsync($"/Plans/Section/Delete/{section.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain((await app.PlanAsync(DemoUsers.Halland, plan.Id)).Sections, s => s.Id == section.Id);

        var audit = await app.PlanAuditAsync(DemoUsers.Halland, plan.Id);
        var sectionAudit = audit.Where(a => a.EntityType == "PlanSection" && a.EntityId == section.Id.ToString()).ToList();
        Assert.Contains(sectionAudit, a => a.Action == AuditAction.Added);
        Assert.Contains(sectionAudit, a => a.Action == AuditAction.Modified && a.After!.Contains("Ny text"));
        Assert.Contains(sectionAudit, a => a.Action == AuditAction.Deleted);
    }

    [Fact]
    public async Task Empty_heading_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Närsjukvården Halland", ThisYear);
        var section = plan.Sections.Single(s => s.Heading == "Prioriteringar");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await client.SubmitFormAsync($"/Plans/Section/Edit/{section.Id}", new() { ["Input.Heading"] = "", ["Input.Body"] = "Text" });
        var addResponse = await client.SubmitFormAsync($"/Plans/Section/Create/{plan.Id}", new() { ["Input.Heading"] = "  " });

        foreach (var page in new[] { await AppClient.ParseAsync(response), await AppClient.ParseAsync(addResponse) })
        {
            Assert.Equal("Rubrik måste fyllas i.", page.QuerySelector("#Input_Heading-error")!.TextContent.Trim());
            Assert.Contains("Input_Heading-error", page.QuerySelector("#Input_Heading")!.GetAttribute("aria-describedby"));
        }
        var stored = await app.PlanAsync(DemoUsers.Halland, plan.Id);
        Assert.Equal(4, stored.Sections.Count);
        Assert.Equal("", stored.Sections.Single(s => s.Id == section.Id).Body);
    }

    [Fact]
    public async Task Script_typed_in_a_section_comes_back_encoded_not_as_a_tag()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Akutmottagningen Halmstad", ThisYear);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        await client.SubmitFormAsync($"/Plans/Section/Create/{plan.Id}", new()
        {
            ["Input.Heading"] = "<script>alert('rubrik')</script>",
            ["Input.Body"] = "Text <script>alert('xss')</script> slut",
        });

        var page = await client.GetDocumentAsync($"/Plans/Details/{plan.Id}");
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains(page.QuerySelectorAll("section.plan-section h2"), h => h.TextContent == "<script>alert('rubrik')</script>");
    }

    [Fact]
    public async Task Two_editors_saving_the_same_section_the_second_is_told_and_nothing_is_overwritten()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Medicinkliniken Varberg", ThisYear);
        var section = plan.Sections.Single(s => s.Heading == "Sammanfattning");
        var url = $"/Plans/Section/Edit/{section.Id}";
        using var hanna = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var carl = await app.LoginAsync(DemoUsers.HallandController);
        var (hannaAction, hannaForm) = await hanna.ReadFormAsync(url);
        var (carlAction, carlForm) = await carl.ReadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await hanna.PostAsync(hannaAction, With(hannaForm, "Hannas text"))).StatusCode);
        var second = await carl.PostAsync(carlAction, With(carlForm, "Carls text"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await AppClient.ParseAsync(second);
        Assert.Contains("Avsnittet har ändrats av Hanna Redaktör (HSN Halland)", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Carls text", page.QuerySelector("#Input_Body")!.TextContent);
        Assert.Equal("Hannas text", (await app.PlanAsync(DemoUsers.Halland, plan.Id)).Sections.Single(s => s.Id == section.Id).Body);

        static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, string body) =>
            form.Where(v => v.Key != "Input.Body").Append(new("Input.Body", body)).ToList();
    }

    [Fact]
    public async Task Editor_of_another_committee_cannot_change_sections_or_the_title_even_with_crafted_posts()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Regional utveckling", ThisYear);
        var section = plan.Sections.First();
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var token = await client.AntiforgeryTokenAsync("/Plans");
        var posts = new (string Url, string[] Fields)[]
        {
            ($"/Plans/Edit/{plan.Id}", ["Input.Title", "Kapad"]),
            ($"/Plans/Section/Create/{plan.Id}", ["Input.Heading", "Kapad"]),
            ($"/Plans/Section/Edit/{section.Id}", ["Input.Heading", "Kapad"]),
            ($"/Plans/Section/Delete/{section.Id}", ["Version", section.Version.ToString()]),
            ($"/Plans/Section/Move/{section.Id}", ["up", "false"]),
            ($"/Plans/Details/{plan.Id}?handler=Submit", ["version", plan.Version.ToString()]),
        };

        foreach (var (url, fields) in posts)
        {
            if (!url.Contains("handler") && !url.Contains("Move"))
                await client.GetDocumentAsync(url, HttpStatusCode.Forbidden);
            var response = await client.PostAsync(url,
                [new("__RequestVerificationToken", token), new(fields[0], fields[1]), new("Input.Version", plan.Version.ToString())]);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var stored = await app.PlanAsync(DemoUsers.Halland, plan.Id);
        Assert.Equal((plan.Title, plan.Version, PlanState.Draft), (stored.Title, stored.Version, stored.State));
        Assert.Equal(plan.Sections.OrderBy(s => s.Id).Select(s => (s.Heading, s.SortOrder)),
            stored.Sections.OrderBy(s => s.Id).Select(s => (s.Heading, s.SortOrder)));
    }

    [Fact]
    public async Task Editor_changes_the_title_and_a_stale_title_form_gets_the_conflict_message()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, "Psykiatrin Halland", ThisYear);
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Plans/Edit/{plan.Id}";
        var (action, stale) = await client.ReadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, new() { ["Input.Title"] = "Handlingsplan för psykiatrin" })).StatusCode);
        var second = await client.PostAsync(action, stale.Where(v => v.Key != "Input.Title").Append(new("Input.Title", "Gammal titel")));

        Assert.Contains("Planen har ändrats av Carl Controller (Halland)", (await AppClient.ParseAsync(second)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Handlingsplan för psykiatrin", (await app.PlanAsync(DemoUsers.Halland, plan.Id)).Title);
    }
}
