using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Features.Goals;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Plans.PlanTestData;

namespace Styrkedja.Web.Tests.Features.Plans;

public class PlanListAndCreateTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private async Task<string> CreateUrlAsync(string organisation, string unitName, int year) =>
        $"/Plans/Create?unit={await app.UnitIdAsync(organisation, unitName)}&year={year}";

    [Fact]
    public async Task List_shows_every_open_unit_that_writes_a_plan_with_its_latest_revision()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Halland, Run, NextYear, PlanState.InPreparation);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var page = await client.GetDocumentAsync($"/Plans?year={NextYear}");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var units = rows.Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Contains(units, u => u.Contains("Regionfullmäktige"));
        Assert.Contains(units, u => u.Contains("Hallands sjukhus"));
        Assert.DoesNotContain(units, u => u.Contains("Hallandstrafiken AB"));
        var runRow = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains(Run));
        Assert.Equal($"/Plans/Details/{plan.Id}", runRow.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Under beredning", runRow.TextContent);
        // Tree order: fullmäktige before its committees, a committee before its administrations.
        Assert.True(units.FindIndex(u => u.Contains("Regionfullmäktige")) < units.FindIndex(u => u.Contains(Hsn)));
        Assert.True(units.FindIndex(u => u.Contains(Hsn)) < units.FindIndex(u => u.Contains("Hallands sjukhus")));
        // The HSN editor may start HSN's plan but not RUN's or fullmäktige's.
        var hsnRow = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains(Hsn));
        Assert.NotNull(hsnRow.QuerySelector($"a[href^='/Plans/Create?unit={await app.UnitIdAsync(DemoUsers.Halland, Hsn)}']"));
        var rfRow = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains("Regionfullmäktige"));
        Assert.Null(rfRow.QuerySelector("a[href^='/Plans/Create']"));
    }

    [Fact]
    public async Task Editor_creates_a_draft_with_the_default_sections_and_the_model_s_plan_name()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await CreateUrlAsync(DemoUsers.Halland, "Hallands sjukhus", NextYear);

        var form = await client.GetDocumentAsync(url);
        var title = form.QuerySelector("#Input_Title")!.GetAttribute("value");
        Assert.Equal($"Handlingsplan {NextYear}–{NextYear + 2} – Hallands sjukhus", title);
        var response = await client.SubmitFormAsync(url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var plan = (await app.PlansOfAsync(DemoUsers.Halland, "Hallands sjukhus", NextYear)).Single();
        Assert.Equal($"/Plans/Details/{plan.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((1, PlanState.Draft, PlanKind.Administration, title), (plan.Revision, plan.State, plan.Kind, plan.Title));
        Assert.Equal(["Sammanfattning", "Omvärld och förutsättningar", "Prioriteringar", "Budget"],
            plan.Sections.OrderBy(s => s.SortOrder).Select(s => s.Heading));
        Assert.Contains("ekonomimodulen", plan.Sections.Single(s => s.Heading == "Budget").Body);
        var audit = await app.PlanAuditAsync(DemoUsers.Halland, plan.Id);
        Assert.Contains(audit, a => a.EntityType == "Plan" && a.Action == AuditAction.Added && a.UserName.Contains("Hanna"));
        Assert.Equal(4, audit.Count(a => a.EntityType == "PlanSection"));
    }

    [Fact]
    public async Task A_second_plan_for_the_same_unit_and_year_is_refused_with_a_message()
    {
        var existing = await app.ArrangePlanAsync(DemoUsers.Halland, "Närsjukvården Halland", NextYear);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await CreateUrlAsync(DemoUsers.Halland, "Närsjukvården Halland", NextYear);
        var token = await client.AntiforgeryTokenAsync("/Plans");

        var response = await client.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.Title", "En andra plan")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("har redan en plan", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal($"/Plans/Details/{existing.Id}", page.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        Assert.Single(await app.PlansOfAsync(DemoUsers.Halland, "Närsjukvården Halland", NextYear));
    }

    [Fact]
    public async Task A_company_a_closed_unit_and_an_unknown_year_get_no_plan()
    {
        var closed = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == "Kultur och skola");
            unit.ClosedOn = new DateOnly(ThisYear, 1, 1);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var token = await client.AntiforgeryTokenAsync("/Plans");
        var cases = new (string Url, string Message)[]
        {
            (await CreateUrlAsync(DemoUsers.Halland, "Hallandstrafiken AB", NextYear), "bolag följer sin egen styrning"),
            ($"/Plans/Create?unit={closed}&year={NextYear}", "är avvecklad"),
            (await CreateUrlAsync(DemoUsers.Halland, Hsn, 1999), "Planeringsåret 1999 finns inte"),
        };
        var before = await app.WithDbAsync(DemoUsers.Halland, db => db.Plans.CountAsync());

        foreach (var (url, message) in cases)
        {
            var form = await client.GetDocumentAsync(url);
            Assert.Contains(message, form.QuerySelector("[role=alert]")!.TextContent);
            Assert.Null(form.QuerySelector("#Input_Title"));
            var response = await client.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.Title", "Plan")]);
            Assert.Contains(message, (await AppClient.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent);
        }
        Assert.Equal(before, await app.WithDbAsync(DemoUsers.Halland, db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Empty_title_shows_the_form_again_and_saves_nothing()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await CreateUrlAsync(DemoUsers.Halland, "Vårdcentralen Falkenberg", NextYear);

        var response = await client.SubmitFormAsync(url, new() { ["Input.Title"] = " " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Titel måste fyllas i.", page.QuerySelector("#Input_Title-error")!.TextContent.Trim());
        Assert.Empty(await app.PlansOfAsync(DemoUsers.Halland, "Vårdcentralen Falkenberg", NextYear));
    }

    [Fact]
    public async Task A_reader_and_an_editor_of_another_committee_get_403_even_with_a_crafted_post()
    {
        var url = await CreateUrlAsync(DemoUsers.Halland, Run, NextYear);
        foreach (var user in new[] { DemoUsers.HallandReader, DemoUsers.HallandEditorHsn })
        {
            using var client = await app.LoginAsync(user);
            await client.GetDocumentAsync(url, HttpStatusCode.Forbidden);
            var token = await client.AntiforgeryTokenAsync("/Plans");
            var response = await client.PostAsync(url, [new("__RequestVerificationToken", token), new("Input.Title", "Kapad plan")]);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.DoesNotContain(await app.PlansOfAsync(DemoUsers.Halland, Run, NextYear), p => p.Title == "Kapad plan");
    }

    [Fact]
    public async Task Another_organisation_s_unit_and_plan_are_not_found()
    {
        var plan = await app.ArrangePlanAsync(DemoUsers.Blekinge, "Trafiknämnden", NextYear);
        using var client = await app.LoginAsync(DemoUsers.HallandController);

        await client.GetDocumentAsync(await CreateUrlAsync(DemoUsers.Blekinge, "Trafiknämnden", NextYear), HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Plans/Details/{plan.Id}", HttpStatusCode.NotFound);
        await client.GetDocumentAsync($"/Plans/Edit/{plan.Id}", HttpStatusCode.NotFound);
        var token = await client.AntiforgeryTokenAsync("/Plans");
        var response = await client.PostAsync($"/Plans/Details/{plan.Id}?handler=Submit",
            [new("__RequestVerificationToken", token), new("version", plan.Version.ToString())]);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(PlanState.Draft, (await app.PlanAsync(DemoUsers.Blekinge, plan.Id)).State);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var url = await CreateUrlAsync(DemoUsers.Halland, "Psykiatrin Halland", NextYear);

        var response = await client.PostAsync(url, [new("Input.Title", "Utan token")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await app.PlansOfAsync(DemoUsers.Halland, "Psykiatrin Halland", NextYear));
    }
}
