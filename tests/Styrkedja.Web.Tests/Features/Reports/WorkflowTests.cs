using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>A unit report's workflow: submit, return, review and adopt, each by the right role in the right state.</summary>
public class WorkflowTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Url(string step, ArrangedReport report) => $"/Reports/{step}/{report.Id}";

    [Fact]
    public async Task Submitting_is_refused_with_the_list_of_goals_that_lack_an_assessment()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await editor.SubmitFormAsync(report.AssessUrl(), new() { ["Input.AtPeriodEnd"] = "Met", ["Input.Forecast"] = "Met" });

        var refused = await editor.SubmitFormAsync(Url("Submit", report), []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("alla enhetens mål är bedömda", page.QuerySelector(".error-summary")?.TextContent);
        var listed = page.QuerySelectorAll("#unassessed-goals li").Select(li => li.TextContent).ToList();
        Assert.Equal(report.GoalIds.Count - 1, listed.Count);
        Assert.DoesNotContain(listed, l => l.EndsWith(report.GoalTitles[0]));
        Assert.Equal(ReportState.InProgress, (await app.ReportAsync(report.Id)).State);
    }

    [Fact]
    public async Task A_submitted_report_refuses_crafted_changes_and_nothing_changes()
    {
        var report = await app.ArrangeReportAsync();
        await app.AssessAllAsync(report);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var section = (await app.ReportAsync(report.Id)).Sections[0];

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url("Submit", report), [])).StatusCode);
        var submitted = await app.ReportAsync(report.Id);
        Assert.Equal(ReportState.Submitted, submitted.State);
        Assert.NotNull(submitted.SubmittedAt);

        var token = await editor.AntiforgeryTokenAsync();
        var crafted = new (string Url, KeyValuePair<string, string>[] Fields)[]
        {
            // The step first: the last refusal is the one the report page shows.
            (Url("Submit", report), [new("Version", submitted.Version.ToString())]),
            (report.AssessUrl(), [new("Input.AtPeriodEnd", "NotMet"), new("Input.Forecast", "NotMet"), new("Input.ReportVersion", submitted.Version.ToString())]),
            ($"/Reports/Economy/{report.Id}", [new("Input.BudgetYear", "999"), new("Input.Version", submitted.Version.ToString())]),
            ($"/Reports/Section/Edit/{section.Id}", [new("Input.Heading", "Ändrad"), new("Input.Version", section.Version.ToString())]),
            ($"/Reports/Section/Create/{report.Id}", [new("Input.Heading", "Nytt"), new("Input.Version", submitted.Version.ToString())]),
        };
        foreach (var (url, fields) in crafted)
        {
            var response = await editor.PostAsync(url, [new("__RequestVerificationToken", token), .. fields]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Contains("kan inte ändras", await editor.ReportPageAlertsAsync(report.Id));
        var after = await app.ReportAsync(report.Id);
        Assert.Equal(submitted.Version, after.Version);
        Assert.Null(after.BudgetYear);
        Assert.All(after.Assessments, a => Assert.Equal(Fulfilment.Met, a.AtPeriodEnd));
        Assert.Equal(submitted.Sections.Select(s => s.Heading).Order(), after.Sections.Select(s => s.Heading).Order());
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_makes_the_report_writable_again()
    {
        var report = await app.ArrangeReportAsync();
        await app.AssessAllAsync(report);
        await app.SetStateAsync(report.Id, ReportState.Submitted);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var refused = await AppClient.ParseAsync(await controller.SubmitFormAsync(Url("Return", report), new() { ["Input.Comment"] = "  " }));
        Assert.Equal("Skriv varför rapporten återremitteras.", refused.QuerySelector("#Input_Comment-error")?.TextContent.Trim());
        Assert.Equal(ReportState.Submitted, (await app.ReportAsync(report.Id)).State);

        var returned = await controller.SubmitFormAsync(Url("Return", report), new() { ["Input.Comment"] = "Komplettera analysen av <b>väntetider</b>." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var stored = await app.ReportAsync(report.Id);
        Assert.Equal((ReportState.Returned, "Komplettera analysen av <b>väntetider</b>."), (stored.State, stored.ReturnComment));

        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var page = await editor.GetDocumentAsync($"/Reports/Details/{report.Id}");
        Assert.Contains("Komplettera analysen av <b>väntetider</b>.", page.QuerySelector(".alert-error[role=note]")?.TextContent);
        Assert.NotNull(page.QuerySelector($"a[href='/Reports/Submit/{report.Id}']"));
        var saved = await editor.SubmitFormAsync(report.AssessUrl(), new() { ["Input.Analysis"] = "Kompletterad." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains((await app.ReportAsync(report.Id)).Assessments, a => a.Analysis == "Kompletterad.");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync(Url("Submit", report), [])).StatusCode);
        Assert.Equal(ReportState.Submitted, (await app.ReportAsync(report.Id)).State);
    }

    [Fact]
    public async Task Only_the_controller_reviews_and_adopts_and_a_decision_in_the_future_is_refused()
    {
        var report = await app.ArrangeReportAsync();
        await app.AssessAllAsync(report);
        await app.SetStateAsync(report.Id, ReportState.Submitted);

        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await editor.GetDocumentAsync(Url("Review", report), HttpStatusCode.Forbidden);
        await editor.GetDocumentAsync(Url("Return", report), HttpStatusCode.Forbidden);
        var token = await editor.AntiforgeryTokenAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync(Url("Review", report), [new("__RequestVerificationToken", token), new("Version", "1")])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync(Url("Adopt", report), [new("__RequestVerificationToken", token), new("Version", "1")])).StatusCode);
        Assert.Equal(ReportState.Submitted, (await app.ReportAsync(report.Id)).State);

        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        // Adopting before review is a step the state does not allow.
        Assert.Equal(HttpStatusCode.Redirect, (await controller.Http.GetAsync(Url("Adopt", report))).StatusCode);
        var version = (await app.ReportAsync(report.Id)).Version.ToString();
        var early = await controller.PostAsync(Url("Adopt", report), [new("__RequestVerificationToken", await controller.AntiforgeryTokenAsync()),
            new("Version", version), new("Input.DecidedBy", "HSN"), new("Input.DecidedOn", "2020-01-01"), new("Input.DecisionParagraph", "§ 1"), new("Input.RegistryNumber", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Contains("Det går inte när rapporten är inskickad", await controller.ReportPageAlertsAsync(report.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await controller.SubmitFormAsync(Url("Review", report), [])).StatusCode);
        Assert.Equal(ReportState.Reviewed, (await app.ReportAsync(report.Id)).State);

        var form = await controller.GetDocumentAsync(Url("Adopt", report));
        Assert.Equal(ReportTestData.Hsn, form.QuerySelector("#Input_DecidedBy")?.GetAttribute("value"));
        var future = DateTime.Now.AddDays(3).ToString("yyyy-MM-dd");
        var refused = await AppClient.ParseAsync(await controller.SubmitFormAsync(Url("Adopt", report), new()
            { ["Input.DecidedOn"] = future, ["Input.DecisionParagraph"] = "§ 12", ["Input.RegistryNumber"] = "HSN 2026/7" }));
        Assert.NotNull(refused.QuerySelector("#Input_DecidedOn-error"));
        Assert.Equal(ReportState.Reviewed, (await app.ReportAsync(report.Id)).State);

        var adopted = await controller.SubmitFormAsync(Url("Adopt", report), new()
            { ["Input.DecidedOn"] = DateTime.Now.ToString("yyyy-MM-dd"), ["Input.DecisionParagraph"] = "§ 12", ["Input.RegistryNumber"] = "HSN 2026/7" });
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        var stored = await app.ReportAsync(report.Id);
        Assert.Equal((ReportState.Adopted, ReportTestData.Hsn, "§ 12", "HSN 2026/7"), (stored.State, stored.DecidedBy, stored.DecisionParagraph, stored.RegistryNumber));
        var audit = await app.ReportAuditAsync(report.Id);
        Assert.True(audit.Count(a => a.EntityType == nameof(Report) && a.Action == AuditAction.Modified) >= 2);
    }

    [Fact]
    public async Task A_goal_assessed_in_a_report_cannot_be_deleted()
    {
        var report = await app.ArrangeReportAsync();
        await app.AssessAllAsync(report);
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync($"/Goals/Delete/{report.GoalIds[0]}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("har bedömts i en uppföljningsrapport", (await AppClient.ParseAsync(response)).QuerySelector(".error-summary")?.TextContent);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db => db.Goals.AnyAsync(g => g.Id == report.GoalIds[0])));
    }
}
