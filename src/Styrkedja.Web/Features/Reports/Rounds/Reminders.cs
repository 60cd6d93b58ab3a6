using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// The reminders of a round: for every report not yet submitted (late or not), the users of the
/// organisation with an editor or controller grant covering its unit and an e-mail address. Each
/// person gets one message listing their reports, so a controller of several units is not sent a pile.
/// </summary>
public static class Reminders
{
    public static async Task<List<EmailMessage>> ComposeAsync(StyrkedjaDbContext db, ReportRound round, string baseUrl,
        DateOnly today, string? senderId)
    {
        var pending = round.Reports.Where(r => !r.IsSubmitted).ToList();
        if (pending.Count == 0)
            return [];
        var grants = await db.RoleGrants.AsNoTracking()
            .Where(g => g.Role == Role.Editor || g.Role == Role.Controller)
            .Select(g => new { g.UserId, Grant = new AccessPolicy.Grant(g.Role, g.OrgUnit == null ? null : g.OrgUnit.Path) })
            .ToListAsync();
        // AppUser is not tenant-filtered: the round's organisation is named explicitly.
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == round.OrganisationId && u.Email != null && u.Email != "")
            .ToDictionaryAsync(u => u.Id);

        var title = RoundLoader.Title(round);
        return grants
            .Where(g => users.ContainsKey(g.UserId) && g.UserId != senderId)
            .GroupBy(g => g.UserId)
            .Select(g => (User: users[g.Key], Reports: pending.Where(r => g.Any(x => x.Grant.Covers(r.OrgUnit!))).ToList()))
            .Where(x => x.Reports.Count > 0)
            .Select(x => Message(x.User, x.Reports, title, baseUrl, today))
            .ToList();
    }

    private static EmailMessage Message(AppUser user, List<Report> reports, string title, string baseUrl, DateOnly today)
    {
        var lines = reports.Select(r => string.Format(RoundText.ReminderLine, r.OrgUnit!.Name, Labels.For(r.State).ToLowerInvariant(),
            r.DueOn.ToString("yyyy-MM-dd"), r.IsLate(today) ? RoundText.ReminderLate : "", $"{baseUrl}/Reports/Details/{r.Id}"));
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;
        var subject = string.Format(RoundText.ReminderSubject, title, reports.Min(r => r.DueOn).ToString("yyyy-MM-dd"));
        var body = string.Format(RoundText.ReminderBody, name, title, string.Join("\n", lines));
        return new EmailMessage(user.Email!, name, subject, body);
    }
}
