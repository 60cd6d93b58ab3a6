using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Which workflow step a report's state allows: the writer submits a writable report; the reviewer marks
/// a submitted one as granskad or sends it back (also after review, until it is adopted), and records
/// the committee's adoption of a reviewed one. The role each step needs is checked by the page.
/// </summary>
public static class ReportWorkflow
{
    public static bool MaySubmit(ReportState state) => state is ReportState.NotStarted or ReportState.InProgress or ReportState.Returned;

    public static bool MayReview(ReportState state) => state == ReportState.Submitted;

    public static bool MayReturn(ReportState state) => state is ReportState.Submitted or ReportState.Reviewed;

    public static bool MayAdopt(ReportState state) => state == ReportState.Reviewed;
}
