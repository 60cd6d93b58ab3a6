using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Email;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// The round's dashboard: every unit's report with its state and whether it is late, or — for a round
/// of economy figures alone — the units' figures; reminders and the consolidated report from here.
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, EmailSender email, TimeProvider clock) : PageModel
{
    public ReportRound Round { get; private set; } = null!;
    public RoundProgress Progress { get; private set; } = null!;
    public bool MayManage { get; private set; }
    public bool EmailConfigured => email.IsConfigured;
    public DateOnly Today { get; private set; }

    public bool EconomyOnly => Round.ReportType!.Writers == ReportWriters.None;
    public string Title => RoundLoader.Title(Round);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await RoundLoader.LoadAsync(db, id) is not { } round)
            return NotFound();
        if (!await RoundAccess.MayReadAsync(db, access))
            return Forbid();
        Round = round;
        Today = SwedishTime.Today(clock);
        Progress = RoundProgress.Of(round.Reports, Today);
        MayManage = await RoundAccess.MayManageAsync(db, access);
        return Page();
    }
}
