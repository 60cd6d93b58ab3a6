using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.YearWheel;

/// <summary>/YearWheel/Evaluation: the year's evaluation and applying its proposals to the template once.</summary>
public class EvaluationTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Url => $"/YearWheel/Evaluation?year={DateTime.Today.Year}";

    [Fact]
    public async Task Applying_changes_the_template_exactly_as_proposed_and_a_second_time_is_refused()
    {
        var steps = await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().OrderBy(s => s.Id).Take(2).ToListAsync());
        var (renamed, removed) = (steps[0], steps[1]);
        var before = await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().CountAsync());
        using var controller = await app.LoginAsync(DemoUsers.HallandController);

        var save = await controller.SubmitFormValuesAsync(Url,
        [
            new("Input.WhatWorked", "Dialogerna **fungerade**."), new("Input.WhatDidNotWork", "<script>alert(1)</script>"),
            new("Input.Changes[0].ProcessStepId", renamed.Id.ToString()), new("Input.Changes[0].NewName", "Omdöpt steg"),
            new("Input.Changes[0].NewMonths", "5, 9"), new("Input.Changes[0].NewDay", "20"), new("Input.Changes[0].NewBody", "Committee"),
            new("Input.Changes[0].Motivation", "Bättre tid"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var more = await controller.SubmitFormValuesAsync(Url,
        [
            new("Input.Changes[1].ProcessStepId", removed.Id.ToString()), new("Input.Changes[1].Remove", "true"),
            new("Input.Changes[1].Motivation", "Behövs inte"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        var added = await controller.SubmitFormValuesAsync(Url,
        [
            new("Input.Changes[2].NewName", "Nytt seminarium"), new("Input.Changes[2].NewMonths", "3"), new("Input.Changes[2].NewBody", "Assembly"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var apply = await controller.SubmitFormAsync(Url, [], "#apply-form");
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);

        var template = await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().ToListAsync());
        var changed = template.Single(s => s.Id == renamed.Id);
        Assert.Equal(("Omdöpt steg", "5,9", 20, ProcessBody.Committee), (changed.Name, changed.Months, changed.Day, changed.Body));
        Assert.DoesNotContain(template, s => s.Id == removed.Id);
        var created = template.Single(s => s.Name == "Nytt seminarium");
        Assert.Equal(("3", ProcessBody.Assembly), (created.Months, created.Body));
        Assert.Equal(before, template.Count);
        var page = await controller.GetDocumentAsync(Url);
        Assert.NotNull(page.GetElementById("applied"));
        Assert.Contains("<script>", page.QuerySelectorAll(".markdown")[1].TextContent);
        Assert.Contains($"Ta bort ”{removed.Name}”", page.QuerySelector(".evaluation-changes")!.TextContent);

        var token = await controller.AntiforgeryTokenAsync("/");
        var second = await controller.PostAsync($"/YearWheel/Evaluation?year={DateTime.Today.Year}&handler=Apply",
            [new("__RequestVerificationToken", token), new("Input.Version", "0")]);
        Assert.Contains("redan tillämpad", (await AppClient.ParseAsync(second)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(template.Count, await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.CountAsync()));
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db =>
            db.AuditEntries.AnyAsync(a => a.EntityType == "ProcessStep" && a.EntityId == renamed.Id.ToString() && a.Action == AuditAction.Modified)));
    }

    [Fact]
    public async Task A_new_step_without_a_body_or_a_bad_month_is_refused_with_a_message()
    {
        using var controller = await app.LoginAsync(DemoUsers.BlekingeController);

        var response = await controller.SubmitFormValuesAsync($"/YearWheel/Evaluation?year={DateTime.Today.Year}",
            [new("Input.Changes[0].NewName", "Utan organ"), new("Input.Changes[0].NewMonths", "3,13")]);

        var page = await AppClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Välj vilket organ", page.GetElementById("Input_Changes_0__NewBody-error")!.TextContent);
        Assert.Contains("1–12", page.GetElementById("Input_Changes_0__NewMonths-error")!.TextContent);
        // Every link of the error summary leads to a field of the list.
        var links = page.QuerySelectorAll(".error-summary a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains("Input_Changes_0__NewMonths", links);
        Assert.All(links, id => Assert.NotNull(page.GetElementById(id)));
        Assert.False(await app.WithDbAsync(DemoUsers.Blekinge, db => db.ProcessChanges.AnyAsync(c => c.NewName == "Utan organ")));
    }

    [Fact]
    public async Task A_reader_reads_the_evaluation_but_may_not_write_or_apply_it()
    {
        using var reader = await app.LoginAsync(DemoUsers.BlekingeReader);
        var page = await reader.GetDocumentAsync($"/YearWheel/Evaluation?year={DateTime.Today.Year}");
        Assert.Null(page.QuerySelector("main form[method=post]"));
        var token = await reader.AntiforgeryTokenAsync("/");

        var save = await reader.PostAsync($"/YearWheel/Evaluation?year={DateTime.Today.Year}",
            [new("__RequestVerificationToken", token), new("Input.WhatWorked", "Kapat")]);
        var apply = await reader.PostAsync($"/YearWheel/Evaluation?year={DateTime.Today.Year}&handler=Apply",
            [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, save.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, apply.StatusCode);
    }
}
