using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.GovernanceModel;

/// <summary>/GovernanceModel/ProcessSteps: the process template, for administrators only.</summary>
public class ProcessStepTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private Task<ProcessStep?> StepAsync(string name) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Name == name));

    private static List<KeyValuePair<string, string>> NewStep(string name, string body = "Board", params int[] months) =>
    [
        new("Input.Name", name), new("Input.Day", "31"), new("Input.Body", body), new("Input.Produces", "Other"),
        new("Input.Purpose", "Ett syfte"), .. months.Select(m => new KeyValuePair<string, string>("Input.Months", m.ToString())),
    ];

    [Fact]
    public async Task Administrator_lists_the_template_in_month_order_and_creates_an_audited_step()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);

        var response = await admin.SubmitFormValuesAsync("/GovernanceModel/ProcessSteps/Create", NewStep("Testdialog i mallen", "Board", 4, 10));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var step = (await StepAsync("Testdialog i mallen"))!;
        Assert.Equal("4,10", step.Months);
        Assert.Equal(31, step.Day);
        Assert.Equal(ProcessBody.Board, step.Body);
        var page = await admin.GetDocumentAsync("/GovernanceModel/ProcessSteps");
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var row = rows.Single(r => r.QuerySelector("th")!.TextContent == "Testdialog i mallen");
        Assert.Contains("april, oktober", row.TextContent);
        var firstMonths = rows.Select(r => r.QuerySelectorAll("td")[0].TextContent.Split(',')[0].Trim()).ToList();
        var monthOrder = new[] { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december" };
        Assert.Equal(firstMonths.OrderBy(m => Array.IndexOf(monthOrder, m)), firstMonths);
        Assert.True(await app.WithDbAsync(DemoUsers.Halland, db =>
            db.AuditEntries.AnyAsync(a => a.EntityType == "ProcessStep" && a.EntityId == step.Id.ToString() && a.Action == AuditAction.Added)));
        Assert.Contains((await admin.GetDocumentAsync("/GovernanceModel")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/GovernanceModel/ProcessSteps");
    }

    [Theory]
    [InlineData("Input.Body", "", "Input_Body-error", "Välj vilket organ")]
    [InlineData("Input.Months", null, "Input_Months-error", "minst en månad")]
    [InlineData("Input.Day", "32", "Input_Day-error", "mellan 1 och 31")]
    [InlineData("Input.Produces", "ReportRound", "Input_ReportTypeId-error", "rapporttyp")]
    [InlineData("Input.Produces", "Meeting", "Input_MeetingType-error", "sorts möte")]
    [InlineData("Input.Name", "", "Input_Name-error", "måste fyllas i")]
    public async Task A_bad_step_is_refused_with_a_message_next_to_the_field(string field, string? value, string errorId, string message)
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        var name = $"Felaktigt steg {Guid.NewGuid():N}";
        var form = NewStep(name, "Assembly", 3).Where(f => f.Key != field).ToList();
        if (value is not null)
            form.Add(new(field, value));

        var response = await admin.SubmitFormValuesAsync("/GovernanceModel/ProcessSteps/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains(message, page.GetElementById(errorId)?.TextContent ?? "");
        Assert.Null(await StepAsync(name));
    }

    [Fact]
    public async Task Editing_a_step_changes_it_and_a_second_save_from_an_old_form_is_a_conflict()
    {
        var step = await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().OrderBy(s => s.Id).FirstAsync());
        using var first = await app.LoginAsync(DemoUsers.HallandAdmin);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/GovernanceModel/ProcessSteps/Edit/{step.Id}";
        var (action, stale) = await second.ReadFormAsync(url);

        var saved = await first.SubmitFormAsync(url, new() { ["Input.Name"] = step.Name + " (ändrad)" });
        var conflict = await second.PostAsync(action, stale.With("Input.Name", "Skriver över"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("har ändrats av", (await AppClient.ParseAsync(conflict)).QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(step.Name + " (ändrad)", (await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().SingleAsync(s => s.Id == step.Id))).Name);
    }

    [Fact]
    public async Task Deleting_a_step_removes_it_from_the_template()
    {
        using var admin = await app.LoginAsync(DemoUsers.HallandAdmin);
        await admin.SubmitFormValuesAsync("/GovernanceModel/ProcessSteps/Create", NewStep("Steg att ta bort", "Committee", 6));
        var step = (await StepAsync("Steg att ta bort"))!;

        var response = await admin.SubmitFormAsync($"/GovernanceModel/ProcessSteps/Delete/{step.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await StepAsync("Steg att ta bort"));
    }

    [Theory]
    [InlineData(DemoUsers.HallandController)]
    [InlineData(DemoUsers.HallandReader)]
    public async Task Non_administrators_get_403_even_with_a_crafted_post(string email)
    {
        var step = await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().OrderBy(s => s.Id).FirstAsync());
        using var client = await app.LoginAsync(email);

        foreach (var url in new[] { "/GovernanceModel/ProcessSteps", "/GovernanceModel/ProcessSteps/Create", $"/GovernanceModel/ProcessSteps/Edit/{step.Id}" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(url)).StatusCode);
        var token = await client.AntiforgeryTokenAsync("/");
        var crafted = await client.PostAsync($"/GovernanceModel/ProcessSteps/Edit/{step.Id}",
            [.. NewStep("Kapat steg", "Board", 1), new("__RequestVerificationToken", token), new("Input.Version", step.Version.ToString())]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(step.Name, (await app.WithDbAsync(DemoUsers.Halland, db => db.ProcessSteps.AsNoTracking().SingleAsync(s => s.Id == step.Id))).Name);
    }
}
