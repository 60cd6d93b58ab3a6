using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>The writer's pages of a unit report: goal assessments, economy figures and free sections.</summary>
public class ReportWritingTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static Dictionary<string, string?> Assessment(string analysis, string atPeriodEnd = "PartlyMet", string forecast = "Met") => new()
    {
        ["Input.AtPeriodEnd"] = atPeriodEnd, ["Input.Forecast"] = forecast, ["Input.Analysis"] = analysis,
        ["Input.Consequences"] = "Längre väntetider.", ["Input.Measures"] = "Fler mottagningstider.",
    };

    [Fact]
    public async Task The_writer_assesses_a_goal_the_report_starts_and_the_change_is_audited()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await editor.SubmitFormAsync(report.AssessUrl(), Assessment("Bemanningen räckte inte."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Reports/Details/{report.Id}", response.Headers.Location?.OriginalString);
        var stored = await app.ReportAsync(report.Id);
        Assert.Equal(ReportState.InProgress, stored.State);
        var assessment = Assert.Single(stored.Assessments);
        Assert.Equal((report.GoalIds[0], Fulfilment.PartlyMet, Fulfilment.Met, "Bemanningen räckte inte."),
            (assessment.GoalId, assessment.AtPeriodEnd, assessment.Forecast, assessment.Analysis));
        var audit = await app.ReportAuditAsync(report.Id);
        Assert.Contains(audit, a => a.EntityType == nameof(ReportGoalAssessment) && a.EntityId == assessment.Id.ToString());
        Assert.Contains(audit, a => a.EntityType == nameof(Report) && a.Action == AuditAction.Modified);

        // The page shows the assessment with its Swedish labels; a second save updates the same row.
        var page = await editor.GetDocumentAsync($"/Reports/Details/{report.Id}");
        var goal = page.QuerySelector($"#goal-{report.GoalIds[0]}")!.ParentElement!;
        Assert.Contains("Delvis uppfyllt", goal.TextContent);
        Assert.Contains("Bemanningen räckte inte.", goal.TextContent);
        await editor.SubmitFormAsync(report.AssessUrl(), Assessment("Ny analys.", "Met"));
        assessment = Assert.Single((await app.ReportAsync(report.Id)).Assessments);
        Assert.Equal((Fulfilment.Met, "Ny analys."), (assessment.AtPeriodEnd, assessment.Analysis));
    }

    [Fact]
    public async Task A_missing_or_unknown_fulfilment_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var missing = await AppClient.ParseAsync(await editor.SubmitFormAsync(report.AssessUrl(), Assessment("Text", atPeriodEnd: "")));
        Assert.Contains("Välj en bedömning", missing.QuerySelector("#Input_AtPeriodEnd-error")?.TextContent);
        var unknown = await AppClient.ParseAsync(await editor.SubmitFormAsync(report.AssessUrl(), Assessment("Text", forecast: "Kanske")));
        Assert.NotNull(unknown.QuerySelector("#Input_Forecast-error"));
        Assert.Equal("Text", unknown.QuerySelector("#Input_Analysis")?.TextContent);

        var stored = await app.ReportAsync(report.Id);
        Assert.Empty(stored.Assessments);
        Assert.Equal(ReportState.NotStarted, stored.State);
    }

    [Fact]
    public async Task Script_typed_in_the_analysis_comes_back_as_text()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        const string script = "<script>alert('x')</script>";
        await editor.SubmitFormAsync(report.AssessUrl(), Assessment(script));

        var formHtml = await editor.Http.GetStringAsync(report.AssessUrl());
        Assert.DoesNotContain(script, formHtml);
        Assert.Equal(script, (await AppClient.ParseAsync(formHtml)).QuerySelector("#Input_Analysis")?.TextContent);
        var pageHtml = await editor.Http.GetStringAsync($"/Reports/Details/{report.Id}");
        Assert.DoesNotContain(script, pageHtml);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_saves_gets_the_conflict_and_overwrites_nothing()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var (editorAction, editorForm) = await editor.ReadFormAsync(report.AssessUrl());
        var (controllerAction, controllerForm) = await controller.ReadFormAsync(report.AssessUrl());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(editorAction, With(editorForm, "Först."))).StatusCode);
        var second = await controller.PostAsync(controllerAction, With(controllerForm, "Sedan."));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(second)).QuerySelector(".error-summary")?.TextContent);
        Assert.Equal("Först.", Assert.Single((await app.ReportAsync(report.Id)).Assessments).Analysis);
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, string analysis)
    {
        var values = form.Where(v => !v.Key.StartsWith("Input.A") && v.Key != "Input.Forecast").ToList();
        values.AddRange(Assessment(analysis).Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        return values;
    }

    [Fact]
    public async Task The_writer_of_another_unit_and_a_reader_are_forbidden_even_with_a_crafted_post()
    {
        var report = await app.ArrangeReportAsync();
        foreach (var email in new[] { DemoUsers.HallandEditorRun, DemoUsers.HallandReader })
        {
            using var client = await app.LoginAsync(email);
            await client.GetDocumentAsync(report.AssessUrl(), HttpStatusCode.Forbidden);
            await client.GetDocumentAsync($"/Reports/Economy/{report.Id}", HttpStatusCode.Forbidden);
            var token = await client.AntiforgeryTokenAsync();
            var crafted = await client.PostAsync(report.AssessUrl(),
                [new("__RequestVerificationToken", token), new("Input.AtPeriodEnd", "Met"), new("Input.Forecast", "Met"), new("Input.ReportVersion", "1")]);
            Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        }
        // The reader reads the report, without the writer's buttons.
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var page = await reader.GetDocumentAsync($"/Reports/Details/{report.Id}");
        Assert.Null(page.QuerySelector($"a[href='{report.AssessUrl()}']"));
        Assert.Null(page.QuerySelector($"a[href='/Reports/Submit/{report.Id}']"));
        Assert.Empty((await app.ReportAsync(report.Id)).Assessments);
    }

    [Fact]
    public async Task Another_organisations_report_and_a_goal_of_another_unit_are_not_found()
    {
        var report = await app.ArrangeReportAsync();
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeAdmin);
        await blekinge.GetDocumentAsync($"/Reports/Details/{report.Id}", HttpStatusCode.NotFound);
        await blekinge.GetDocumentAsync($"/Reports/Economy/{report.Id}", HttpStatusCode.NotFound);
        await blekinge.GetDocumentAsync(report.AssessUrl(), HttpStatusCode.NotFound);

        var otherUnitsGoal = await app.WithDbAsync(DemoUsers.Halland, db => db.Goals
            .Where(g => g.PlanningYear!.Year == report.Year && g.OwnerUnit!.Name != ReportTestData.Hsn).Select(g => g.Id).FirstAsync());
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        await controller.GetDocumentAsync($"/Reports/Assess/{report.Id}?goal={otherUnitsGoal}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var (action, values) = await editor.ReadFormAsync(report.AssessUrl());
        values.RemoveAll(v => v.Key == "__RequestVerificationToken");
        values.AddRange(Assessment("Utan nyckel").Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)));
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.PostAsync(action, values)).StatusCode);
        Assert.Empty((await app.ReportAsync(report.Id)).Assessments);
    }

    [Fact]
    public async Task Economy_figures_are_read_in_swedish_notation_and_a_negative_budget_is_refused()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = $"/Reports/Economy/{report.Id}";

        var refused = await AppClient.ParseAsync(await editor.SubmitFormAsync(url, new() { ["Input.BudgetYear"] = "-100", ["Input.ForecastYear"] = "tio" }));
        Assert.Equal("En budget kan inte vara negativ.", refused.QuerySelector("#Input_BudgetYear-error")?.TextContent.Trim());
        Assert.NotNull(refused.QuerySelector("#Input_ForecastYear-error"));
        Assert.Null((await app.ReportAsync(report.Id)).BudgetYear);

        var saved = await editor.SubmitFormAsync(url, new()
        {
            ["Input.BudgetYear"] = "12 345,5", ["Input.BudgetToDate"] = "7000", ["Input.OutcomeToDate"] = "7100.25",
            ["Input.ForecastYear"] = "12 500", ["Input.Comment"] = "Högre kostnader för hyrpersonal.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.ReportAsync(report.Id);
        Assert.Equal((12345.5m, 7000m, 7100.25m, 12500m), (stored.BudgetYear, stored.BudgetToDate, stored.OutcomeToDate, stored.ForecastYear));
        Assert.Equal(ReportState.InProgress, stored.State);

        var page = await editor.GetDocumentAsync($"/Reports/Details/{report.Id}");
        var rows = page.QuerySelectorAll("section[aria-labelledby=economy] tbody tr")
            .Select(r => r.TextContent.Replace('\u00A0', ' ').Replace('\u2212', '-')).ToList();
        Assert.Contains(rows, r => r.Contains("Årsbudget") && r.Contains("12 345,5"));
        Assert.Contains(rows, r => r.Contains("Avvikelse") && r.Contains("-154,5"));
    }

    [Fact]
    public async Task The_writer_adds_edits_and_deletes_a_section()
    {
        var report = await app.ArrangeReportAsync();
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var added = await editor.SubmitFormAsync($"/Reports/Section/Create/{report.Id}",
            new() { ["Input.Heading"] = "Patientsäkerhet", ["Input.Body"] = "Inga **allvarliga** händelser." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var section = (await app.ReportAsync(report.Id)).Sections.Single(s => s.Heading == "Patientsäkerhet");

        var empty = await AppClient.ParseAsync(await editor.SubmitFormAsync($"/Reports/Section/Edit/{section.Id}", new() { ["Input.Heading"] = "" }));
        Assert.NotNull(empty.QuerySelector("#Input_Heading-error"));
        await editor.SubmitFormAsync($"/Reports/Section/Edit/{section.Id}", new() { ["Input.Heading"] = "Patientsäkerhet och vårdskador" });
        Assert.Contains((await app.ReportAsync(report.Id)).Sections, s => s.Id == section.Id && s.Heading == "Patientsäkerhet och vårdskador");

        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitFormAsync($"/Reports/Section/Delete/{section.Id}", [])).StatusCode);
        Assert.DoesNotContain((await app.ReportAsync(report.Id)).Sections, s => s.Id == section.Id);
        Assert.Contains(await app.ReportAuditAsync(report.Id), a => a.EntityType == nameof(ReportSection) && a.EntityId == section.Id.ToString());
    }
}
