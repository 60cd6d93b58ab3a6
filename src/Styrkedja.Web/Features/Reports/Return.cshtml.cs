using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>Återremittera: the reviewer sends a submitted or reviewed report back to the writer, always with the reason.</summary>
public class ReturnModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportStepModel(db, access, clock)
{
    [BindProperty]
    public ReturnInput Input { get; set; } = new();

    protected override UnitAction Needs => UnitAction.Review;

    protected override bool Allows(ReportState state) => ReportWorkflow.MayReturn(state);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadStepAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Report.State = ReportState.Returned;
        Report.ReturnComment = Input.Comment.Trim();
        return await SaveReportAsync(Version, ReportText.ReturnedMessage);
    }
}
