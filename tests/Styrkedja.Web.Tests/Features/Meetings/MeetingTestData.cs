using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Meetings;

/// <summary>Arranges meetings with units looked up by name, never by id.</summary>
internal static class MeetingTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    public static DateOnly Today => SwedishTime.Today(TimeProvider.System);

    public static Task<Meeting> AddMeetingAsync(this StyrkedjaFactory app, string organisation, string title, string unitName,
        Action<Meeting>? configure = null) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var meeting = new Meeting
            {
                OrganisationId = unit.OrganisationId, Title = title, Type = MeetingType.ResultDialogue, Date = Today.AddDays(20),
                Purpose = "Syfte", Goal = "Mål", ExpectedResult = "Resultat",
                Participants = [new MeetingParticipant { OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id }],
            };
            configure?.Invoke(meeting);
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting;
        });

    public static Task<Meeting?> MeetingAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.Meetings.AsNoTracking().Include(m => m.Participants).Include(m => m.Actions)
            .SingleOrDefaultAsync(m => m.Id == id));

    public static Task<int> MeetingCountAsync(this StyrkedjaFactory app, string organisation) =>
        app.WithDbAsync(organisation, db => db.Meetings.CountAsync());

    public static Task<int> UnitIdAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    public static Task<string> UserIdAsync(this StyrkedjaFactory app, string email) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<MeetingAction> AddActionAsync(this StyrkedjaFactory app, int meetingId, string text, string? ownerId, DateOnly? due) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var action = new MeetingAction { OrganisationId = db.OrganisationId!.Value, MeetingId = meetingId, Text = text, OwnerUserId = ownerId, DueOn = due };
            db.MeetingActions.Add(action);
            await db.SaveChangesAsync();
            return action;
        });
}
