using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.PlanningDocuments.PlanningDocumentTestData;

namespace Styrkedja.Web.Tests.Features.PlanningDocuments;

/// <summary>Planeringsförutsättningar: the list, the parts and their sections, who may write which, the workflow and the lock.</summary>
public class PremisesTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Url(int id) => $"/PlanningDocuments/Premises/{id}";

    [Fact]
    public async Task The_central_staff_start_the_years_documents_and_the_directive_builds_on_the_premises()
    {
        var year = ThisYear + 1;
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var created = await controller.SubmitFormAsync($"/PlanningDocuments?year={year}", new(), "#create-premises");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await controller.SubmitFormAsync($"/PlanningDocuments?year={year}", new(), "#create-directive");

        var list = await controller.GetDocumentAsync($"/PlanningDocuments?year={year}");
        Assert.Contains($"Planeringsförutsättningar {year}", list.QuerySelector("#premises-row")!.TextContent);
        Assert.Contains("Utkast", list.QuerySelector("#premises-row")!.TextContent);
        Assert.Contains($"Planeringsdirektiv {year}", list.QuerySelector("#directive-row")!.TextContent);
        Assert.Empty(list.QuerySelectorAll("#create-premises, #create-directive"));
        var (premisesId, directivePremisesId) = await app.WithDbAsync(DemoUsers.Halland, async db =>
            (await db.PlanningPremises.Where(p => p.PlanningYear!.Year == year).Select(p => p.Id).SingleAsync(),
             await db.PlanningDirectives.Where(d => d.PlanningYear!.Year == year).Select(d => d.PlanningPremisesId).SingleAsync()));
        Assert.Equal(premisesId, directivePremisesId);
        Assert.Equal(Url(premisesId), created.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_reader_sees_the_list_without_create_buttons_and_may_not_create()
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var list = await reader.GetDocumentAsync($"/PlanningDocuments?year={ThisYear + 2}");
        Assert.Empty(list.QuerySelectorAll("#create-premises, #create-directive"));
        var token = await reader.AntiforgeryTokenAsync("/PlanningDocuments");
        var response = await reader.PostAsync($"/PlanningDocuments?handler=Premises&year={ThisYear + 2}", [new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_the_four_parts_with_their_sections_and_a_reader_gets_no_edit_links()
    {
        var premises = await app.ArrangePremisesAsync();
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync(Url(premises.Id));

        Assert.Equal(["Omvärldsanalys", "Nulägesanalys", "Risk- och konsekvensanalys", "Ekonomisk prognos"],
            page.QuerySelectorAll("section.premise-part > h2").Select(h => h.TextContent));
        Assert.Equal(["HSN:s nuläge (test)", "RUN:s nuläge (test)"],
            page.QuerySelectorAll("#part-current ~ article h3").Select(h => h.TextContent));
        Assert.Contains($"Bidrag från {Hsn}", page.QuerySelector($"#section-{premises.HsnSectionId}")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href^='/PlanningDocuments/Section/']"));
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task The_central_staff_add_a_section_and_an_empty_heading_is_refused_with_a_message()
    {
        var premises = await app.ArrangePremisesAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var createUrl = $"/PlanningDocuments/Section/Create/{premises.Id}?part=Economy";

        var refused = await controller.SubmitFormAsync(createUrl, new() { ["Input.Heading"] = " " });
        var form = await AppClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Rubrik måste fyllas i.", form.QuerySelector("#Input_Heading-error")!.TextContent);
        Assert.NotNull(form.QuerySelector("#error-summary a[href='#Input_Heading']"));

        var saved = await controller.SubmitFormAsync(createUrl, new() { ["Input.Heading"] = "Skatteunderlag", ["Input.Body"] = "Växer med **4 %**." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await controller.GetDocumentAsync(Url(premises.Id));
        var article = page.QuerySelectorAll("#part-economy ~ article").Single();
        Assert.Equal("Skatteunderlag", article.QuerySelector("h3")!.TextContent);
        Assert.Equal("4 %", article.QuerySelector("strong")!.TextContent);
    }

    [Fact]
    public async Task A_committee_editor_edits_only_the_committees_own_section()
    {
        var premises = await app.ArrangePremisesAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var page = await editor.GetDocumentAsync(Url(premises.Id));
        Assert.Equal([$"/PlanningDocuments/Section/Edit/{premises.HsnSectionId}"],
            page.QuerySelectorAll("a[href^='/PlanningDocuments/Section/Edit/']").Select(a => a.GetAttribute("href")));

        var saved = await editor.SubmitFormAsync($"/PlanningDocuments/Section/Edit/{premises.HsnSectionId}",
            new() { ["Input.Body"] = "Väntetiderna har minskat." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Väntetiderna har minskat.", (await app.SectionAsync(premises.HsnSectionId)).Body);

        var token = await editor.AntiforgeryTokenAsync(Url(premises.Id));
        foreach (var other in new[] { premises.StaffSectionId, premises.RunSectionId })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"/PlanningDocuments/Section/Edit/{other}")).StatusCode);
            var crafted = await editor.PostAsync($"/PlanningDocuments/Section/Edit/{other}",
                [new("__RequestVerificationToken", token), new("Input.Part", "Current"), new("Input.Heading", "Kapad"), new("Input.Body", "x"), new("Input.Version", "1")]);
            Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
            Assert.NotEqual("Kapad", (await app.SectionAsync(other)).Heading);
            var delete = await editor.PostAsync($"/PlanningDocuments/Section/Delete/{other}", [new("__RequestVerificationToken", token), new("Version", "1")]);
            Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        }

        // Adding is for the own committee only: neither the staff's own text nor another committee's.
        var run = await app.UnitIdAsync(Run);
        foreach (var unit in new[] { "", run.ToString() })
        {
            var crafted = await editor.PostAsync($"/PlanningDocuments/Section/Create/{premises.Id}",
                [new("__RequestVerificationToken", token), new("Input.Part", "Risk"), new("Input.OrgUnitId", unit), new("Input.Heading", "Kapad")]);
            Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        }
        var offered = await editor.GetDocumentAsync($"/PlanningDocuments/Section/Create/{premises.Id}?part=Risk");
        Assert.Equal([Hsn], offered.QuerySelectorAll("#Input_OrgUnitId option").Select(o => o.TextContent));
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.PremiseSections.CountAsync(s => s.Heading == "Kapad")));
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_not_overwritten()
    {
        var premises = await app.ArrangePremisesAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var editUrl = $"/PlanningDocuments/Section/Edit/{premises.StaffSectionId}";
        var (action, values) = await controller.ReadFormAsync(editUrl);
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            (await db.PremiseSections.SingleAsync(s => s.Id == premises.StaffSectionId)).Body = "Ändrad av någon annan";
            return await db.SaveChangesAsync();
        });

        values.RemoveAll(v => v.Key == "Input.Body");
        values.Add(new("Input.Body", "Min ändring"));
        var response = await controller.PostAsync(action, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Ändrad av någon annan", (await app.SectionAsync(premises.StaffSectionId)).Body);
    }

    [Fact]
    public async Task The_document_goes_through_beredning_to_a_decision_and_is_locked_then()
    {
        var premises = await app.ArrangePremisesAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var submitted = await controller.SubmitFormAsync(Url(premises.Id), new(), "#submit-form");
        Assert.Equal(Url(premises.Id), submitted.Headers.Location?.ToString());
        Assert.Contains("Under beredning", (await controller.GetDocumentAsync(Url(premises.Id))).QuerySelector("dl.facts")!.TextContent);
        var decideUrl = $"/PlanningDocuments/Workflow/premises/{premises.Id}";

        var future = await controller.SubmitFormAsync(decideUrl, new()
        {
            ["Input.DecidedOn"] = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 12", ["Input.RegistryNumber"] = "RS 2/2",
        });
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(future)).QuerySelector("#Input_DecidedOn-error"));

        var decided = await controller.SubmitFormAsync(decideUrl, new()
        {
            ["Input.DecidedOn"] = DateTime.Today.ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 12", ["Input.RegistryNumber"] = "RS 2/2",
        });
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var page = await controller.GetDocumentAsync(Url(premises.Id));
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Beslutad (låst)", facts);
        Assert.Contains("Regionstyrelsen", facts);
        Assert.Contains("RS 2/2", facts);
        Assert.Empty(page.QuerySelectorAll("a[href^='/PlanningDocuments/Section/'], #submit-form, #return-form"));
    }

    [Fact]
    public async Task A_decided_document_refuses_crafted_changes()
    {
        var premises = await app.ArrangePremisesAsync(PlanState.Decided);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var token = await controller.AntiforgeryTokenAsync(Url(premises.Id));

        var edit = await controller.PostAsync($"/PlanningDocuments/Section/Edit/{premises.StaffSectionId}",
            [new("__RequestVerificationToken", token), new("Input.Part", "External"), new("Input.Heading", "Efter beslut"), new("Input.Version", "1")]);
        var create = await controller.PostAsync($"/PlanningDocuments/Section/Create/{premises.Id}",
            [new("__RequestVerificationToken", token), new("Input.Part", "External"), new("Input.Heading", "Efter beslut")]);
        var delete = await controller.PostAsync($"/PlanningDocuments/Section/Delete/{premises.StaffSectionId}",
            [new("__RequestVerificationToken", token), new("Version", "1")]);
        var back = await controller.PostAsync($"/PlanningDocuments/Workflow/premises/{premises.Id}?handler=Return",
            [new("__RequestVerificationToken", token), new("version", "1")]);

        foreach (var response in new[] { edit, create, delete, back })
            Assert.Equal(Url(premises.Id), response.Headers.Location?.ToString());
        var (state, sections) = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var p = await db.PlanningPremises.Include(x => x.Sections).SingleAsync(x => x.Id == premises.Id);
            return (p.State, p.Sections.Select(s => s.Heading).ToList());
        });
        Assert.Equal(PlanState.Decided, state);
        Assert.Equal(3, sections.Count);
        Assert.DoesNotContain("Efter beslut", sections);
        var page = await controller.GetDocumentAsync(Url(premises.Id));
        Assert.Contains("beslutat och låst", page.QuerySelector(".alert-error")!.TextContent);
    }

    [Fact]
    public async Task An_edit_writes_an_audit_row_under_the_document()
    {
        var premises = await app.ArrangePremisesAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        await controller.SubmitFormAsync($"/PlanningDocuments/Section/Edit/{premises.StaffSectionId}", new() { ["Input.Heading"] = "Befolkning" });

        var entries = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.SubjectType == nameof(PlanningPremises) && e.SubjectId == premises.Id.ToString() && e.Action == AuditAction.Modified)
            .ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(nameof(PremiseSection), entry.EntityType);
        Assert.Contains("Befolkning", entry.After);
        Assert.Contains("Carl Controller", entry.UserName);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_rejected()
    {
        var premises = await app.ArrangePremisesAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var response = await controller.PostAsync($"/PlanningDocuments/Section/Create/{premises.Id}",
            [new("Input.Part", "External"), new("Input.Heading", "Utan token")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.PremiseSections.CountAsync(s => s.Heading == "Utan token")));
    }
}
