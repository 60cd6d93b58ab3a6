using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>Granska: the reviewer marks a submitted report as reviewed, ready for the committee's adoption.</summary>
public class ReviewModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportStepModel(db, access, clock)
{
    protected override UnitAction Needs => UnitAction.Review;

    protected override bool Allows(ReportState state) => ReportWorkflow.MayReview(state);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadStepAsync(id) is { } refusal)
            return refusal;
        Report.State = ReportState.Reviewed;
        return await SaveReportAsync(Version, ReportText.ReviewedMessage);
    }
}
