using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningDocuments;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.PlanningDocuments.PlanningDocumentTestData;

namespace Styrkedja.Web.Tests.Features.PlanningDocuments;

/// <summary>Planeringsdirektiv: the committees' instructions and frames, who writes them, and the lock.</summary>
public class DirectiveTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Url(int id) => $"/PlanningDocuments/Directive/{id}";

    /// <summary>sv-SE groups thousands with a no-break space; the tests compare with a plain one.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Trim();

    [Fact]
    public async Task A_negative_frame_is_refused_with_a_message_and_a_valid_one_is_shown_in_swedish_notation()
    {
        var directive = await app.ArrangeDirectiveAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var formUrl = $"/PlanningDocuments/Assignment/{directive}/{hsn}";

        var refused = await controller.SubmitFormAsync(formUrl, new() { ["Input.OperatingFrame"] = "-500", ["Input.InvestmentFrame"] = "abc" });
        var form = await AppClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("En ram kan inte vara negativ.", form.QuerySelector("#Input_OperatingFrame-error")!.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("#Input_InvestmentFrame-error"));
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.DirectiveAssignments.CountAsync(a => a.PlanningDirectiveId == directive)));

        var saved = await controller.SubmitFormAsync(formUrl, new()
        {
            ["Input.Instructions"] = "Minska väntetiderna.", ["Input.OperatingFrame"] = "1 250 000", ["Input.InvestmentFrame"] = "85 000,5",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await controller.GetDocumentAsync(Url(directive));
        var cells = page.QuerySelector($"#assignment-{hsn}")!.QuerySelectorAll("td").Select(td => Plain(td.TextContent)).ToList();
        Assert.Equal(["Minska väntetiderna.", "1 250 000 tkr", "85 000,5 tkr"], cells.Take(3));
    }

    [Fact]
    public async Task A_committee_editor_sees_the_own_assignment_marked_and_may_not_change_any()
    {
        var directive = await app.ArrangeDirectiveAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var page = await editor.GetDocumentAsync(Url(directive));

        Assert.Equal([hsn.ToString()], page.QuerySelectorAll("tr.own-assignment").Select(r => r.Id!.Replace("assignment-", "")));
        Assert.Contains("Ert uppdrag", page.QuerySelector($"#assignment-{hsn}")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href^='/PlanningDocuments/Assignment/'], a[href^='/PlanningDocuments/DirectiveEdit/']"));
        Assert.Contains("Gemensamma anvisningar (test)", page.QuerySelector("#instructions")!.ParentElement!.TextContent);

        var token = await editor.AntiforgeryTokenAsync(Url(directive));
        var crafted = await editor.PostAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}",
            [new("__RequestVerificationToken", token), new("Input.OperatingFrame", "99999999")]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(DemoUsers.Halland, db => db.DirectiveAssignments.CountAsync(a => a.PlanningDirectiveId == directive)));
    }

    [Fact]
    public async Task A_decided_directive_refuses_crafted_changes()
    {
        var directive = await app.ArrangeDirectiveAsync(PlanState.Decided);
        var hsn = await app.UnitIdAsync(Hsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var token = await controller.AntiforgeryTokenAsync(Url(directive));

        var assignment = await controller.PostAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}",
            [new("__RequestVerificationToken", token), new("Input.OperatingFrame", "1000")]);
        var body = await controller.PostAsync($"/PlanningDocuments/DirectiveEdit/{directive}",
            [new("__RequestVerificationToken", token), new("Input.Title", "Ändrad"), new("Input.Body", "Ändrad"), new("Input.Version", "1")]);

        Assert.Equal(Url(directive), assignment.Headers.Location?.ToString());
        Assert.Equal(Url(directive), body.Headers.Location?.ToString());
        var stored = await app.WithDbAsync(DemoUsers.Halland, db => db.PlanningDirectives.Include(d => d.Assignments).SingleAsync(d => d.Id == directive));
        Assert.Empty(stored.Assignments);
        Assert.Equal("Gemensamma anvisningar (test)", stored.Body);
        var page = await controller.GetDocumentAsync(Url(directive));
        Assert.Empty(page.QuerySelectorAll("a[href^='/PlanningDocuments/Assignment/']"));
    }

    [Fact]
    public async Task The_central_staff_change_the_common_instructions_and_a_stale_form_meets_a_conflict()
    {
        var directive = await app.ArrangeDirectiveAsync();
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var editUrl = $"/PlanningDocuments/DirectiveEdit/{directive}";
        var (action, stale) = await controller.ReadFormAsync(editUrl);

        var saved = await controller.SubmitFormAsync(editUrl, new() { ["Input.Body"] = "Håll **ramen**." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        stale.RemoveAll(v => v.Key == "Input.Body");
        stale.Add(new("Input.Body", "Gammal"));
        var conflict = await controller.PostAsync(action, stale);

        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(conflict)).QuerySelector("#error-summary")!.TextContent);
        var page = await controller.GetDocumentAsync(Url(directive));
        Assert.Equal("ramen", page.QuerySelector("#instructions ~ .markdown strong")!.TextContent);
    }

    [Fact]
    public async Task Empty_frames_start_from_the_adopted_budgets_frames_for_the_year()
    {
        var directive = await app.ArrangeDirectiveAsync();
        var hsn = await app.UnitIdAsync(Hsn);
        var adopted = await app.WithDbAsync(DemoUsers.Halland, db => db.BudgetFrames
            .Where(f => f.OrgUnitId == hsn && f.Year == ThisYear && f.Proposal!.State == PlanState.Decided)
            .Select(f => new { f.OperatingFrame, f.InvestmentFrame, f.Proposal!.Name }).SingleAsync());
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var form = await controller.GetDocumentAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}");

        Assert.Equal(Frames.ForInput(adopted.OperatingFrame), form.QuerySelector("input[name='Input.OperatingFrame']")!.GetAttribute("value"));
        Assert.Equal(Frames.ForInput(adopted.InvestmentFrame), form.QuerySelector("input[name='Input.InvestmentFrame']")!.GetAttribute("value"));
        Assert.Contains(adopted.Name, form.GetElementById("frames-from")!.TextContent);

        // Frames the directive already gives are its own, not the budget's.
        await controller.SubmitFormAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}",
            new() { ["Input.OperatingFrame"] = "1000", ["Input.InvestmentFrame"] = "20" });
        var again = await controller.GetDocumentAsync($"/PlanningDocuments/Assignment/{directive}/{hsn}");
        Assert.Equal(Frames.ForInput(1000m), again.QuerySelector("input[name='Input.OperatingFrame']")!.GetAttribute("value"));
        Assert.Null(again.GetElementById("frames-from"));
    }
}
