using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// The unit report: its state and what the user may do next (each workflow step has its own page), the
/// reviewer's comment when it was sent back, and the content with links to change it while it is writable.
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    public ReportView View { get; private set; } = null!;
    public bool MayReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadReportAsync(id, UnitAction.Read) is { } refusal)
            return refusal;
        var content = await ReportContentReader.ReadAsync(Db, Report, Today);
        var mayWrite = Report.IsWritable && await Access.CanAsync(UnitAction.Edit, Report.OrgUnit!);
        MayReview = await Access.CanAsync(UnitAction.Review, Report.OrgUnit!);
        View = new ReportView(Report.Id, content, mayWrite);
        return Page();
    }
}

/// <summary>A report's content as the report page's partials show it, with the change links when the user may write.</summary>
public sealed record ReportView(int ReportId, ReportContent Content, bool MayWrite);
