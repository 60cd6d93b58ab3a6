using System.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.YearWheel;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Meetings.MeetingTestData;

namespace Styrkedja.Web.Tests.Features.Meetings;

public class MeetingPageTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static Task<HttpResponseMessage> SubmitAsync(AppClient client, string url, params (string Name, string Value)[] fields) =>
        client.SubmitFormValuesAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList());

    private async Task<(string Name, string Value)[]> ValidAsync(string title) =>
    [
        ("Input.Type", "OperationsControlling"), ("Input.Title", title), ("Input.Date", Iso(Today.AddDays(30))),
        ("Input.StartTime", "09:00"), ("Input.EndTime", "11:30"), ("Input.Location", "Regionens hus"),
        ("Input.Purpose", "Följa upp verksamheten"), ("Input.Goal", "Gemensam bild"), ("Input.ExpectedResult", "Åtgärder"),
        ("Input.UnitIds", (await app.UnitIdAsync(DemoUsers.Halland, Hsn)).ToString()),
        ("Input.UserIds", await app.UserIdAsync(DemoUsers.HallandReader)),
        ("Input.Agenda", "1. **Läget**"), ("Input.InformationRequest", "Prognos för året"),
        ("Input.InformationDueOn", Iso(Today.AddDays(25))),
    ];

    [Fact]
    public async Task Controller_creates_a_meeting_that_is_shown_rendered_and_audited()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var response = await SubmitAsync(client, "/Meetings/Create", await ValidAsync("Verksamhetscontrolling HSN"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var stored = (await app.MeetingAsync(DemoUsers.Halland, id))!;
        Assert.Equal(MeetingType.OperationsControlling, stored.Type);
        Assert.Equal(new TimeOnly(9, 0), stored.StartTime);
        Assert.Equal(2, stored.Participants.Count);
        Assert.Equal(Today.AddDays(25), stored.InformationDueOn);
        var audit = await app.WithDbAsync(DemoUsers.Halland, db => db.AuditEntries
            .Where(a => a.SubjectType == "Meeting" && a.SubjectId == id.ToString()).ToListAsync());
        Assert.Contains(audit, a => a.EntityType == "Meeting" && a.Action == AuditAction.Added);
        Assert.Equal(2, audit.Count(a => a.EntityType == "MeetingParticipant"));

        var page = await client.GetDocumentAsync($"/Meetings/Details/{id}");
        Assert.Equal("Verksamhetscontrolling HSN", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("09:00–11:30", page.QuerySelector("#meeting-facts")!.TextContent);
        Assert.NotNull(page.QuerySelector("#meeting-agenda strong"));
        Assert.Contains(Hsn, page.QuerySelector("#meeting-participants")!.TextContent);
        Assert.Contains(Iso(Today.AddDays(25)), page.QuerySelector("#information-due")!.TextContent);
        var list = await client.GetDocumentAsync($"/Meetings?year={Today.AddDays(30).Year}&type=OperationsControlling");
        Assert.NotNull(list.QuerySelector($"a[href='/Meetings/Details/{id}']"));
        var filtered = await client.GetDocumentAsync($"/Meetings?year={Today.AddDays(30).Year}&type=PoliticalSeminar");
        Assert.Null(filtered.QuerySelector($"a[href='/Meetings/Details/{id}']"));
    }

    [Theory]
    [InlineData("Input.Purpose")]
    [InlineData("Input.Goal")]
    [InlineData("Input.ExpectedResult")]
    [InlineData("Input.Title")]
    public async Task Each_required_field_is_refused_with_a_message_and_nothing_is_saved(string field)
    {
        var before = await app.MeetingCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var fields = (await ValidAsync("Saknar fält")).Select(f => f.Name == field ? (f.Name, " ") : f).ToArray();

        var page = await AppClient.ParseAsync(await SubmitAsync(client, "/Meetings/Create", fields));

        Assert.EndsWith("måste fyllas i.", page.QuerySelector($"#{field.Replace('.', '_')}-error")!.TextContent.Trim());
        Assert.Equal(before, await app.MeetingCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task No_participants_an_end_before_the_start_and_information_due_after_the_meeting_are_refused()
    {
        var before = await app.MeetingCountAsync(DemoUsers.Halland);
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var fields = (await ValidAsync("Fel"))
            .Where(f => f.Name is not ("Input.UnitIds" or "Input.UserIds"))
            .Select(f => f.Name switch
            {
                "Input.EndTime" => (f.Name, "08:00"),
                "Input.InformationDueOn" => (f.Name, Iso(Today.AddDays(31))),
                _ => f,
            }).ToArray();

        var response = await client.PostAsync("/Meetings/Create", [.. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)),
            new("__RequestVerificationToken", await client.AntiforgeryTokenAsync("/Meetings/Create"))]);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal("Sluttiden måste vara efter starttiden.", page.QuerySelector("#Input_EndTime-error")!.TextContent.Trim());
        Assert.StartsWith("Sista dag för underlaget kan inte vara efter mötet", page.QuerySelector("#Input_InformationDueOn-error")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#Input_UnitIds-error"));
        Assert.Equal(before, await app.MeetingCountAsync(DemoUsers.Halland));
    }

    [Fact]
    public async Task An_editor_cannot_create_or_edit_meetings_even_with_a_crafted_post()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Låst möte", Hsn);
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        await client.GetDocumentAsync("/Meetings/Create", HttpStatusCode.Forbidden);
        var token = await client.AntiforgeryTokenAsync("/Meetings");
        var before = await app.MeetingCountAsync(DemoUsers.Halland);

        var create = await client.PostAsync("/Meetings/Create", [new("__RequestVerificationToken", token), new("Input.Title", "Smuggel"),
            new("Input.Date", Iso(Today)), new("Input.Purpose", "a"), new("Input.Goal", "b"), new("Input.ExpectedResult", "c")]);
        var edit = await client.PostAsync($"/Meetings/Edit/{meeting.Id}", [new("__RequestVerificationToken", token), new("Input.Title", "Kapat")]);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(before, await app.MeetingCountAsync(DemoUsers.Halland));
        Assert.Equal("Låst möte", (await app.MeetingAsync(DemoUsers.Halland, meeting.Id))!.Title);
    }

    [Fact]
    public async Task A_participant_units_editor_sees_the_meeting_another_units_editor_does_not_and_another_organisation_gets_404()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Dialog med HSN", Hsn);
        using var hsn = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        using var run = await app.LoginAsync(DemoUsers.HallandEditorRun);
        using var blekinge = await app.LoginAsync(DemoUsers.BlekingeController);

        await hsn.GetDocumentAsync($"/Meetings/Details/{meeting.Id}");
        await run.GetDocumentAsync($"/Meetings/Details/{meeting.Id}", HttpStatusCode.Forbidden);
        await blekinge.GetDocumentAsync($"/Meetings/Details/{meeting.Id}", HttpStatusCode.NotFound);
        var runList = await run.GetDocumentAsync($"/Meetings?year={meeting.Date.Year}");
        Assert.Null(runList.QuerySelector($"a[href='/Meetings/Details/{meeting.Id}']"));
        var hsnList = await hsn.GetDocumentAsync($"/Meetings?year={meeting.Date.Year}");
        Assert.NotNull(hsnList.QuerySelector($"a[href='/Meetings/Details/{meeting.Id}']"));
    }

    [Fact]
    public async Task Two_controllers_editing_at_once_the_second_gets_the_conflict_and_nothing_is_overwritten()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "Samtidigt", Hsn);
        using var first = await app.LoginAsync(DemoUsers.HallandController);
        using var second = await app.LoginAsync(DemoUsers.HallandAdmin);
        var url = $"/Meetings/Edit/{meeting.Id}";
        var (action, values) = await second.ReadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitFormAsync(url, new() { ["Input.Title"] = "Förstas titel" })).StatusCode);
        values.RemoveAll(v => v.Key == "Input.Title");
        values.Add(new("Input.Title", "Andras titel"));
        var page = await AppClient.ParseAsync(await second.PostAsync(action, values));

        Assert.Contains("har ändrats av", page.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal("Förstas titel", (await app.MeetingAsync(DemoUsers.Halland, meeting.Id))!.Title);
    }

    [Fact]
    public async Task Script_typed_in_text_fields_comes_back_encoded()
    {
        var meeting = await app.AddMeetingAsync(DemoUsers.Halland, "<script>alert(1)</script>", Hsn, m =>
        {
            m.Purpose = "<script>alert(2)</script>";
            m.Minutes = "<script>alert(3)</script>";
        });
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var response = await client.Http.GetAsync($"/Meetings/Details/{meeting.Id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(2)", html);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var response = await client.PostAsync("/Meetings/Create", [new("Input.Title", "Utan token")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Creating_from_a_year_wheel_item_prefills_it_and_links_the_item()
    {
        var itemId = await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var year = await db.PlanningYears.SingleAsync(y => y.Year == Today.Year + 1);
            var items = await YearWheelRules.GenerateAsync(db, year);
            if (items.Count == 0)
                items.Add(db.YearWheelItems.Add(new YearWheelItem { OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Name = "Dialog", Date = new DateOnly(year.Year, 3, 10) }).Entity);
            await db.SaveChangesAsync();
            return items[0].Id;
        });
        var item = await app.WithDbAsync(DemoUsers.Halland, db => db.YearWheelItems.AsNoTracking().SingleAsync(i => i.Id == itemId));
        using var client = await app.LoginAsync(DemoUsers.HallandController);
        var url = $"/Meetings/Create?item={itemId}";
        var form = await client.GetDocumentAsync(url);
        Assert.Equal(item.Name, form.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal(Iso(item.Date), form.QuerySelector("#Input_Date")!.GetAttribute("value"));

        var response = await SubmitAsync(client, url, ("Input.Goal", "Mål"), ("Input.Purpose", "Syfte"), ("Input.ExpectedResult", "Resultat"),
            ("Input.UnitIds", (await app.UnitIdAsync(DemoUsers.Halland, Run)).ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal(id, (await app.WithDbAsync(DemoUsers.Halland, db => db.YearWheelItems.SingleAsync(i => i.Id == itemId))).MeetingId);
    }
}
