using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Skicka in: the writer hands the report to the reviewer, which locks it. Refused, with the list, while
/// one of the unit's goals of the year has no assessment.
/// </summary>
public class SubmitModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportStepModel(db, access, clock)
{
    public IReadOnlyList<ReportGoal> Unassessed { get; private set; } = [];

    protected override UnitAction Needs => UnitAction.Edit;

    protected override bool Allows(ReportState state) => ReportWorkflow.MaySubmit(state);

    public override async Task<IActionResult> OnGetAsync(int id)
    {
        var result = await base.OnGetAsync(id);
        if (result is PageResult)
            await LoadUnassessedAsync();
        return result;
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadStepAsync(id) is { } refusal)
            return refusal;
        await LoadUnassessedAsync();
        if (Unassessed.Count > 0)
        {
            ModelState.AddModelError("", ReportText.ErrorUnassessedGoals);
            return Page();
        }
        Report.State = ReportState.Submitted;
        Report.SubmittedAt = Clock.GetUtcNow().UtcDateTime;
        return await SaveReportAsync(Version, ReportText.SubmittedMessage);
    }

    private async Task LoadUnassessedAsync() =>
        Unassessed = (await ReportContentReader.ReadAsync(Db, Report, Today)).Unassessed;
}
