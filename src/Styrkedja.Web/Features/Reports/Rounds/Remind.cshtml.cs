using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// "Skicka påminnelse" on the dashboard: e-mails the editors of every unit whose report is not submitted,
/// then returns to the dashboard saying how many went out. Nothing is stored, so nothing is audited.
/// </summary>
public class RemindModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, EmailSender email, TimeProvider clock)
    : PageModel
{
    public IActionResult OnGet(int id) => Redirect(RoundLoader.DetailsUrl(id));

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await RoundLoader.LoadAsync(db, id) is not { } round)
            return NotFound();
        if (!await RoundAccess.MayManageAsync(db, access))
            return Forbid();
        TempData["Message"] = await SendAsync(round);
        return Redirect(RoundLoader.DetailsUrl(id));
    }

    private async Task<string> SendAsync(ReportRound round)
    {
        if (round.ReportType!.Writers == ReportWriters.None)
            return RoundText.RemindEconomyOnly;
        if (!email.IsConfigured)
            return RoundText.RemindersOnlyInTasks;
        var messages = await Reminders.ComposeAsync(db, round, $"{Request.Scheme}://{Request.Host}", SwedishTime.Today(clock), user.UserId);
        var outcome = await email.SendAsync(messages, HttpContext.RequestAborted);
        return outcome.Failed
            ? string.Format(RoundText.RemindFailed, outcome.Sent, messages.Count)
            : string.Format(RoundText.RemindersSent, outcome.Sent);
    }
}
