using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;
using static Styrkedja.Web.Tests.Features.Meetings.MeetingTestData;

namespace Styrkedja.Web.Tests.Features.Calendar;

public class CalendarFeedTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    /// <summary>Creates or renews a feed on /Calendar and returns the URL shown once.</summary>
    private static async Task<string> RenewAsync(AppClient client, string handler, string sectionId)
    {
        var response = await client.SubmitFormAsync("/Calendar", new(), $"form[action*='handler={handler}']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        return new Uri(page.QuerySelector($"#{sectionId}-url")!.GetAttribute("value")!).PathAndQuery;
    }

    private static async Task<Ical.Net.Calendar> LoadAsync(AppClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_organisation_feed_parses_has_only_that_organisations_items_and_keeps_uids_while_sequence_grows()
    {
        var halland = await app.AddMeetingAsync(DemoUsers.Halland, "Hallands dialog", Hsn, m => m.StartTime = new TimeOnly(13, 0));
        var blekinge = await app.AddMeetingAsync(DemoUsers.Blekinge, "Blekinges dialog", Hsn);
        using var controller = await app.LoginAsync(DemoUsers.HallandController);
        var url = await RenewAsync(controller, "Organisation", "organisation-feed");
        using var anonymous = app.CreateAppClient();

        var feed = await LoadAsync(anonymous, url);
        var meetingEvent = feed.Events.Single(e => e.Uid!.StartsWith($"meeting-{halland.Id}@"));
        Assert.Equal("Hallands dialog", meetingEvent.Summary);
        Assert.Equal(13, meetingEvent.DtStart!.Hour);
        Assert.Equal("Europe/Stockholm", meetingEvent.DtStart.TzId);
        Assert.EndsWith($"/Meetings/Details/{halland.Id}", meetingEvent.Url!.ToString());
        Assert.DoesNotContain(feed.Events, e => e.Summary == "Blekinges dialog");
        Assert.DoesNotContain(feed.Events, e => e.Uid == $"meeting-{blekinge.Id}@localhost");
        var sequence = meetingEvent.Sequence;

        await controller.SubmitFormAsync($"/Meetings/Edit/{halland.Id}", new() { ["Input.Date"] = Today.AddDays(40).ToString("yyyy-MM-dd") });
        var moved = (await LoadAsync(anonymous, url)).Events.Single(e => e.Uid == meetingEvent.Uid);
        Assert.True(moved.Sequence > sequence);
        Assert.Equal(Today.AddDays(40), moved.DtStart!.Date);
    }

    [Fact]
    public async Task The_user_feed_has_their_meetings_actions_and_information_requests_only()
    {
        var user = await app.UserIdAsync(DemoUsers.HallandEditorHsn);
        var mine = await app.AddMeetingAsync(DemoUsers.Halland, "HSN:s dialog", Hsn, m =>
        {
            m.InformationRequest = "Underlag";
            m.InformationDueOn = Today.AddDays(5);
        });
        var other = await app.AddMeetingAsync(DemoUsers.Halland, "RUN:s dialog", Run);
        var action = await app.AddActionAsync(other.Id, "Min åtgärd", user, Today.AddDays(3));
        using var client = await app.LoginAsync(DemoUsers.HallandEditorHsn);
        var url = await RenewAsync(client, "Mine", "my-feed");

        using var anonymous = app.CreateAppClient();
        var feed = await LoadAsync(anonymous, url);

        Assert.Contains(feed.Events, e => e.Uid!.StartsWith($"meeting-{mine.Id}@"));
        Assert.DoesNotContain(feed.Events, e => e.Uid!.StartsWith($"meeting-{other.Id}@"));
        var info = feed.Events.Single(e => e.Uid!.StartsWith($"information-{mine.Id}@"));
        Assert.True(info.IsAllDay);
        Assert.Equal(Today.AddDays(5), info.DtStart!.Date);
        var actionEvent = feed.Events.Single(e => e.Uid!.StartsWith($"action-{action.Id}@"));
        Assert.Equal(Today.AddDays(3), actionEvent.DtStart!.Date);
    }

    [Fact]
    public async Task Renewing_makes_the_old_url_404_and_an_unknown_token_is_404()
    {
        using var client = await app.LoginAsync(DemoUsers.HallandReader);
        var old = await RenewAsync(client, "Mine", "my-feed");
        var renewed = await RenewAsync(client, "Mine", "my-feed");
        using var anonymous = app.CreateAppClient();

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.Http.GetAsync(renewed)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/Calendar/Feed/okand.ics")).StatusCode);
        var reader = await app.UserIdAsync(DemoUsers.HallandReader);
        var feeds = await app.WithDbAsync(DemoUsers.Halland, db => db.CalendarFeeds.CountAsync(f => f.UserId == reader));
        Assert.Equal(1, feeds);
    }

    [Fact]
    public async Task Renew_needs_the_antiforgery_token_and_the_organisation_feed_is_for_controllers()
    {
        using var reader = await app.LoginAsync(DemoUsers.HallandReader);
        var noToken = await reader.PostAsync("/Calendar?handler=Mine", []);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var page = await reader.GetDocumentAsync("/Calendar");
        Assert.Null(page.QuerySelector("#organisation-feed"));
        var crafted = await reader.PostAsync("/Calendar?handler=Organisation",
            [new("__RequestVerificationToken", await reader.AntiforgeryTokenAsync("/Calendar"))]);
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
    }
}
