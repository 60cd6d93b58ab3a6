using System.Net;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Activities.ActivityTestData;

namespace Styrkedja.Web.Tests.Features.Activities;

public class ActivityFollowUpTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const string Form = "#follow-up";

    private static Task<HttpResponseMessage> FollowUpAsync(AppClient client, int id, string text, string status, string progress) =>
        client.SubmitFormAsync($"/Activities/Details/{id}", new()
        {
            ["Input.Text"] = text, ["Input.Status"] = status, ["Input.ProgressPercent"] = progress,
        }, Form);

    [Fact]
    public async Task A_follow_up_appends_a_comment_and_sets_the_activitys_status_and_progress_audited()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Följs upp av redaktören");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await FollowUpAsync(client, activity.Id, "Upphandlingen är klar.", "InProgress", "40");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal(ActivityStatus.InProgress, stored.Status);
        Assert.Equal(40, stored.ProgressPercent);
        var comment = Assert.Single(stored.Comments);
        Assert.Equal(("Upphandlingen är klar.", ActivityStatus.InProgress, 40), (comment.Text, comment.Status, comment.ProgressPercent));
        var audit = await app.AuditOfAsync(DemoUsers.Halland, activity.Id);
        Assert.Contains(audit, a => a.EntityType == "ActivityComment" && a.Action == AuditAction.Added);
        Assert.Contains(audit, a => a.EntityType == "Activity" && a.Action == AuditAction.Modified);

        var page = await client.GetDocumentAsync($"/Activities/Details/{activity.Id}");
        var entry = page.QuerySelector("#follow-up-history li")!.TextContent;
        Assert.Contains("Hanna Redaktör", entry);
        Assert.Contains("Pågår, 40 % klart", entry);
        Assert.Contains("Upphandlingen är klar.", entry);
        Assert.Equal("40 %", page.QuerySelector("#activity-progress")!.TextContent);

        // The history names the statuses in Swedish, not by their stored numbers.
        var history = await client.GetDocumentAsync($"/Audit/History?type=Activity&id={activity.Id}");
        var status = history.QuerySelectorAll("ul.changes li").First(li => li.QuerySelector(".field-name")!.TextContent == "Status:");
        Assert.Equal(("Ej påbörjad", "Pågår"), (status.QuerySelector(".diff-before")!.TextContent, status.QuerySelector(".diff-after")!.TextContent));
    }

    [Fact]
    public async Task The_responsible_person_follows_up_without_an_edit_grant_but_another_reader_may_not()
    {
        var reader = await app.UserIdAsync(DemoUsers.HallandReader);
        var mine = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Läsaren ansvarar", a => a.ResponsibleUserId = reader);
        var others = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Någon annan ansvarar");
        using var client = await app.LoginAsync(DemoUsers.HallandReader);

        var response = await FollowUpAsync(client, mine.Id, "Klart före plan.", "Done", "100");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await app.ActivityAsync(DemoUsers.Halland, mine.Id))!;
        Assert.Equal((ActivityStatus.Done, 100), (stored.Status, stored.ProgressPercent));
        Assert.Single(stored.Comments);
        // Following up is not editing: no edit link, and the edit page stays closed.
        var page = await client.GetDocumentAsync($"/Activities/Details/{mine.Id}");
        Assert.Null(page.QuerySelector($"a[href='/Activities/Edit/{mine.Id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync($"/Activities/Edit/{mine.Id}")).StatusCode);

        var otherPage = await client.GetDocumentAsync($"/Activities/Details/{others.Id}");
        Assert.Null(otherPage.QuerySelector(Form));
        var crafted = await client.PostAsync($"/Activities/Details/{others.Id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync(), ["Input.Text"] = "Kapad",
            ["Input.Status"] = "Done", ["Input.ProgressPercent"] = "100", ["Input.Version"] = others.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Empty((await app.ActivityAsync(DemoUsers.Halland, others.Id))!.Comments);
    }

    [Fact]
    public async Task The_follow_up_history_lists_the_newest_first()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Tre uppföljningar");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await FollowUpAsync(client, activity.Id, "Första", "InProgress", "10");
        await FollowUpAsync(client, activity.Id, "Andra", "Delayed", "20");
        await FollowUpAsync(client, activity.Id, "Tredje", "InProgress", "50");

        var page = await client.GetDocumentAsync($"/Activities/Details/{activity.Id}");

        var texts = page.QuerySelectorAll("#follow-up-history .comment-text").Select(e => e.TextContent).ToList();
        Assert.Equal(["Tredje", "Andra", "Första"], texts);
        Assert.Contains("Försenad, 20 % klart", page.QuerySelectorAll("#follow-up-history li")[1].TextContent);
    }

    [Fact]
    public async Task An_empty_comment_or_a_bad_progress_is_refused_and_nothing_changes()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Tom uppföljning");
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);

        var response = await FollowUpAsync(client, activity.Id, "  ", "Done", "-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Kommentar måste fyllas i.", page.QuerySelector("#Input_Text-error")!.TextContent.Trim());
        Assert.Contains("mellan 0 och 100", page.QuerySelector("#Input_ProgressPercent-error")!.TextContent);
        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal(ActivityStatus.NotStarted, stored.Status);
        Assert.Empty(stored.Comments);
    }

    [Fact]
    public async Task The_second_of_two_concurrent_follow_ups_is_refused_and_does_not_overwrite_the_status()
    {
        var activity = await app.AddActivityAsync(DemoUsers.Halland, Hsn, "Två följer upp samtidigt");
        using var editor = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Activities/Details/{activity.Id}";
        var (_, editorForm) = await editor.ReadFormAsync(url, Form);
        var (_, controllerForm) = await controller.ReadFormAsync(url, Form);

        var saved = await controller.PostAsync(url, With(controllerForm, ("Input.Text", "Controllern: klar"), ("Input.Status", "Done"), ("Input.ProgressPercent", "100")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await editor.PostAsync(url, With(editorForm, ("Input.Text", "Redaktören: försenad"), ("Input.Status", "Delayed"), ("Input.ProgressPercent", "30")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("Aktiviteten har ändrats av Carl Controller (Halland) kl.", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Redaktören: försenad", page.QuerySelector("#Input_Text")!.TextContent);
        var stored = (await app.ActivityAsync(DemoUsers.Halland, activity.Id))!;
        Assert.Equal((ActivityStatus.Done, 100), (stored.Status, stored.ProgressPercent));
        Assert.Equal(["Controllern: klar"], stored.Comments.Select(c => c.Text));
    }

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> form, params (string Name, string Value)[] fields)
    {
        var copy = form.Where(v => fields.All(f => f.Name != v.Key)).ToList();
        copy.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return copy;
    }
}
