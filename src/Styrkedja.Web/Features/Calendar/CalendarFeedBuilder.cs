using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Meetings;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;
using IcalCalendar = Ical.Net.Calendar;

namespace Styrkedja.Web.Features.Calendar;

/// <summary>
/// Builds a feed (RFC 5545) with Ical.Net: the organisation's — the year wheel of this year and the next as
/// all-day events, and every meeting — or one person's: the meetings they take part in (themselves or through a
/// unit their grants cover), their open follow-up actions and the information their units are asked to bring.
/// Each event's UID is derived from its row ("meeting-12@host") and its SEQUENCE is the row's version, so a
/// calendar program updates the event when a date moves instead of adding a second one. Meeting times are
/// Swedish local time (with the VTIMEZONE).
/// </summary>
public sealed class CalendarFeedBuilder(StyrkedjaDbContext db, Uri site)
{
    public const string TimeZone = "Europe/Stockholm";

    private readonly IcalCalendar _calendar = new() { ProductId = "-//Styrkedja//Styrkedja//SV" };

    public async Task<string> BuildAsync(CalendarFeed feed, string organisationName, DateOnly today)
    {
        _calendar.AddTimeZone(TimeZone);
        if (feed.UserId is null)
            await AddOrganisationAsync(today);
        else
            await AddPersonAsync(feed.UserId);
        _calendar.AddProperty("X-WR-CALNAME", string.Format(
            feed.UserId is null ? CalendarText.OrganisationFeedName : CalendarText.UserFeedName, organisationName));
        return new CalendarSerializer().SerializeToString(_calendar)!;
    }

    private async Task AddOrganisationAsync(DateOnly today)
    {
        var items = await db.YearWheelItems.AsNoTracking().Include(i => i.PlanningYear)
            .Where(i => i.PlanningYear!.Year == today.Year || i.PlanningYear.Year == today.Year + 1)
            .ToListAsync();
        foreach (var item in items)
            AllDay(Event($"wheel-{item.Id}", item, item.Name, item.Purpose, $"/YearWheel?year={item.PlanningYear!.Year}"), item.Date);
        foreach (var meeting in await MeetingsAsync())
            AddMeeting(meeting);
    }

    private async Task AddPersonAsync(string userId)
    {
        // The feed is read without a login, so the person's grants are read here rather than from the request.
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId)
            .Select(g => new AccessPolicy.Grant(g.Role, g.OrgUnit == null ? null : g.OrgUnit.Path)).ToListAsync();
        foreach (var meeting in (await MeetingsAsync()).Where(m => MeetingAccess.TakesPart(m, userId, grants)))
        {
            AddMeeting(meeting);
            if (meeting.InformationRequest.Length > 0 && meeting.InformationDueOn is { } due && MeetingAccess.TakesPartThroughUnit(meeting, grants))
                AllDay(Event($"information-{meeting.Id}", meeting, string.Format(CalendarText.InformationSummary, meeting.Title),
                    meeting.InformationRequest, $"/Meetings/Details/{meeting.Id}"), due);
        }
        var actions = await db.MeetingActions.AsNoTracking().Include(a => a.Meeting)
            .Where(a => a.OwnerUserId == userId && a.DoneOn == null && a.DueOn != null).ToListAsync();
        foreach (var action in actions)
            AllDay(Event($"action-{action.Id}", action, string.Format(CalendarText.ActionSummary, action.Text),
                action.Meeting!.Title, $"/Meetings/Details/{action.MeetingId}"), action.DueOn!.Value);
    }

    private Task<List<Meeting>> MeetingsAsync() => db.Meetings.AsNoTracking()
        .Include(m => m.Participants).ThenInclude(p => p.OrgUnit)
        .AsSplitQuery().ToListAsync();

    private void AddMeeting(Meeting meeting)
    {
        var e = Event($"meeting-{meeting.Id}", meeting, meeting.Title,
            string.Format(CalendarText.MeetingDescription, meeting.Purpose, meeting.Goal, meeting.ExpectedResult),
            $"/Meetings/Details/{meeting.Id}");
        e.Location = meeting.Location.Length > 0 ? meeting.Location : null;
        if (meeting.StartTime is not { } start)
        {
            AllDay(e, meeting.Date);
            return;
        }
        e.DtStart = new CalDateTime(meeting.Date, start, TimeZone);
        if (meeting.EndTime is { } end)
            e.DtEnd = new CalDateTime(meeting.Date, end, TimeZone);
    }

    private CalendarEvent Event(string kind, TrackedEntity row, string summary, string description, string path)
    {
        var updated = new CalDateTime(DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc), true);
        var e = new CalendarEvent
        {
            Uid = $"{kind}@{site.Host}",
            Sequence = row.Version,
            DtStamp = updated,
            LastModified = updated,
            Summary = summary,
            Description = description.Length > 0 ? description : null,
            Url = new Uri(site, path),
        };
        _calendar.Events.Add(e);
        return e;
    }

    private static void AllDay(CalendarEvent e, DateOnly date)
    {
        e.DtStart = new CalDateTime(date);
        e.DtEnd = new CalDateTime(date.AddDays(1));
    }
}
