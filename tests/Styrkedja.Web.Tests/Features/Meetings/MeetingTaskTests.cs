using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Meetings.MeetingTestData;

namespace Styrkedja.Web.Tests.Features.Meetings;

public class MeetingTaskTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task An_action_is_in_its_owners_tasks_until_marked_done()
    {
        var owner = await app.UserIdAsync(DemoUsers.HallandEditorRun);
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Delårsdialog RUN", Run);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var added = await controller.SubmitFormAsync($"/Meetings/Details/{meeting.Id}", new()
        {
            ["Action.Text"] = "Ta fram en åtgärdsplan", ["Action.OwnerUserId"] = owner, ["Action.DueOn"] = Today.AddDays(-1).ToString("yyyy-MM-dd"),
        }, "#add-action");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        using var client = await app.LoginAsync(DemoUsers.HallandEditorRun);
        var tasks = await client.GetDocumentAsync("/Tasks");
        var task = tasks.QuerySelectorAll(".task-list li").Single(li => li.TextContent.Contains("Ta fram en åtgärdsplan"));
        Assert.Equal("MeetingAction", task.GetAttribute("data-kind"));
        Assert.Contains("overdue", task.ClassName);

        var done = await client.SubmitFormAsync($"/Meetings/Details/{meeting.Id}", new(), "form[action*='handler=Done']");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await client.GetDocumentAsync("/Tasks");
        Assert.DoesNotContain("Ta fram en åtgärdsplan", after.QuerySelector("main")!.TextContent);
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.SubjectType == "Meeting" && a.SubjectId == meeting.Id.ToString() && a.EntityType == "MeetingAction").ToListAsync());
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task An_information_request_is_a_task_for_the_participant_units_editor_only()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Boksluts- och budgetdialog HSN", Hsn, m =>
        {
            m.InformationRequest = "Prognos och risker";
            m.InformationDueOn = Today.AddDays(10);
        });
        using var hsn = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var run = await app.LoginAsync(DemoUsers.HallandEditorRun);

        var hsnTasks = await hsn.GetDocumentAsync("/Tasks");
        var task = hsnTasks.QuerySelectorAll(".task-list li").Single(li => li.TextContent.Contains("Ta fram underlag till Boksluts- och budgetdialog HSN"));
        Assert.Equal($"/Meetings/Details/{meeting.Id}#information", task.QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotContain("Boksluts- och budgetdialog HSN", (await run.GetDocumentAsync("/Tasks")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Someone_else_cannot_mark_an_action_done_or_delete_it()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Möte med åtgärd", Hsn);
        var action = await app.AddActionAsync(meeting.Id, "Svara på remiss", await app.UserIdAsync(DemoUsers.HallandController), null);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var token = await client.AntiforgeryTokenAsync("/Meetings");

        var done = await client.PostAsync($"/Meetings/Details/{meeting.Id}?handler=Done",
            [new("__RequestVerificationToken", token), new("actionId", action.Id.ToString()), new("version", action.Version.ToString())]);
        var delete = await client.PostAsync($"/Meetings/Details/{meeting.Id}?handler=DeleteAction",
            [new("__RequestVerificationToken", token), new("actionId", action.Id.ToString()), new("version", action.Version.ToString())]);

        Assert.Equal(HttpStatusCode.Forbidden, done.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Null((await app.MeetingAsync(DemoUsers.Halland, meeting.Id))!.Actions.Single().DoneOn);
    }
}
