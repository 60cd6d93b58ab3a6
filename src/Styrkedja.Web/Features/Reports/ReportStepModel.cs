using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// A workflow step's page (submit, review, return, adopt): a confirmation or a small form on GET, the
/// step on POST. A user without the step's right gets 403; a step the report's state does not allow,
/// however the request was crafted, sends the user back to the report with the reason.
/// </summary>
public abstract class ReportStepModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    /// <summary>The report's version when the page was opened.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The right on the report's unit the step needs.</summary>
    protected abstract UnitAction Needs { get; }

    protected abstract bool Allows(ReportState state);

    public virtual async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadStepAsync(id) is { } refusal)
            return refusal;
        Version = Report.Version;
        return Page();
    }

    protected async Task<IActionResult?> LoadStepAsync(int id)
    {
        if (await LoadReportAsync(id, Needs) is { } refusal)
            return refusal;
        return Allows(Report.State) ? null : BackToReport(string.Format(ReportText.ErrorStepNotAllowed, Labels.For(Report.State).ToLowerInvariant()));
    }
}
