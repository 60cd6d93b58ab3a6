using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// /YearWheel?year=: the årshjul and, with the same information, the list in date order. Editors (central
/// staff) generate the year's calendar from the template and mark items done or not done.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, CurrentUser user, EmailSender email)
    : YearWheelPage(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(int? year) => await LoadAsync(year) ?? Page();

    /// <summary>"Skapa årets kalender från mallen": adds what the template has and the year lacks.</summary>
    public async Task<IActionResult> OnPostGenerateAsync(int year)
    {
        if (!await YearWheelAccess.MayEditAsync(Db, Access))
            return Forbid();
        if (await Db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year) is not { } planningYear)
            return NotFound();
        var added = await YearWheelRules.GenerateAsync(Db, planningYear);
        await Db.SaveChangesAsync();
        TempData["Message"] = added.Count == 0 ? YearWheelText.GeneratedNothing : string.Format(YearWheelText.Generated, added.Count, year);
        return Redirect($"/YearWheel?year={year}");
    }

    /// <summary>
    /// "Skicka påminnelser": e-mails everyone who answers for a due or late step a list of them. Nothing is
    /// stored, so nothing is audited; without SMTP the page says the reminders are in Mina uppgifter.
    /// </summary>
    public async Task<IActionResult> OnPostRemindAsync(int year)
    {
        if (!await YearWheelAccess.MayEditAsync(Db, Access))
            return Forbid();
        if (!email.IsConfigured)
            TempData["Message"] = YearWheelText.RemindersOnlyInTasks;
        else
        {
            var messages = await YearWheelReminders.ComposeAsync(Db, user.OrganisationId!.Value, $"{Request.Scheme}://{Request.Host}",
                SwedishTime.Today(Clock), user.UserId);
            var outcome = await email.SendAsync(messages, HttpContext.RequestAborted);
            TempData["Message"] = outcome.Failed
                ? string.Format(YearWheelText.RemindFailed, outcome.Sent, messages.Count)
                : string.Format(YearWheelText.RemindersSent, outcome.Sent);
        }
        return Redirect($"/YearWheel?year={year}");
    }

    /// <summary>Marks an item done (today) or not done; the version guards against a change made meanwhile.</summary>
    public async Task<IActionResult> OnPostDoneAsync(int id, int version, bool done)
    {
        if (!await YearWheelAccess.MayEditAsync(Db, Access))
            return Forbid();
        if (await Db.YearWheelItems.Include(i => i.PlanningYear).SingleOrDefaultAsync(i => i.Id == id) is not { } item)
            return NotFound();
        Db.ExpectVersion(item, version);
        item.DoneOn = done ? SwedishTime.Today(Clock) : null;
        if (await Db.TrySaveAsync(YearWheelText.ItemNoun, Clock) is { } conflict)
        {
            Db.ChangeTracker.Clear();
            this.ShowConflict(conflict, $"/YearWheel?year={item.PlanningYear!.Year}");
            return await LoadAsync(item.PlanningYear.Year) ?? Page();
        }
        TempData["Message"] = string.Format(done ? YearWheelText.MarkedDone : YearWheelText.MarkedNotDone, item.Name);
        return Redirect($"/YearWheel?year={item.PlanningYear!.Year}#item-{item.Id}");
    }
}
