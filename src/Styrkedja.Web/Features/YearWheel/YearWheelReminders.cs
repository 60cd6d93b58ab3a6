using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// The year wheel's e-mail reminders: every person of the organisation with an e-mail address gets one
/// message listing the due and late steps they answer for (the same steps as in their Mina uppgifter).
/// </summary>
public static class YearWheelReminders
{
    public static async Task<List<EmailMessage>> ComposeAsync(StyrkedjaDbContext db, int organisationId, string baseUrl,
        DateOnly today, string? senderId)
    {
        var items = await YearWheelResponsibility.DueOrLate(db.YearWheelItems.AsNoTracking(), today)
            .OrderBy(i => i.Date).ThenBy(i => i.Name)
            .ToListAsync();
        if (items.Count == 0)
            return [];
        var responsibility = await YearWheelResponsibility.LoadAsync(db);
        var grants = (await db.RoleGrants.AsNoTracking()
                .Select(g => new { g.UserId, Grant = new AccessPolicy.Grant(g.Role, g.OrgUnit == null ? null : g.OrgUnit.Path) })
                .ToListAsync())
            .ToLookup(g => g.UserId, g => g.Grant);
        // AppUser is not tenant-filtered: the organisation is named explicitly.
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.Id != senderId && u.Email != null && u.Email != "")
            .ToListAsync();
        return users
            .Select(u => (User: u, Bodies: responsibility.Bodies([.. grants[u.Id]])))
            .Select(x => (x.User, Items: items.Where(i => x.Bodies.Contains(i.Body)).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => Message(x.User, x.Items, baseUrl, today))
            .ToList();
    }

    private static EmailMessage Message(AppUser user, List<YearWheelItem> items, string baseUrl, DateOnly today)
    {
        var lines = items.Select(i => string.Format(YearWheelText.ReminderLine, i.Name, i.Date.ToString("yyyy-MM-dd"),
            i.Date < today ? YearWheelText.ReminderLate : "", $"{baseUrl}/YearWheel?year={i.Date.Year}#item-{i.Id}"));
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email! : user.DisplayName;
        var subject = string.Format(YearWheelText.ReminderSubject, items.Count, items[0].Date.ToString("yyyy-MM-dd"));
        return new EmailMessage(user.Email!, name, subject, string.Format(YearWheelText.ReminderBody, name, string.Join("\n", lines)));
    }
}
