using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>
/// The follow-up reports in Mina uppgifter: those to write (a unit the user edits, not yet submitted or
/// sent back, in a round where units write) due on the report's date, and those to review (submitted,
/// a unit the user reviews) due a week later. These are also the reminders when e-mail is not set up.
/// </summary>
public static class ReportTasks
{
    /// <summary>The time a reviewer is given after a report's due date: the committees meet about a week on.</summary>
    public const int ReviewDays = 7;

    public static async Task<IEnumerable<UserTask>> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, DateOnly today)
    {
        if (!await access.MayEditSomethingAsync())
            return [];
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Round!.ReportType!.Writers != ReportWriters.None
                && (r.State == ReportState.NotStarted || r.State == ReportState.InProgress
                    || r.State == ReportState.Returned || r.State == ReportState.Submitted))
            .Include(r => r.OrgUnit).Include(r => r.Round!).ThenInclude(r => r.ReportType)
            .Include(r => r.Round!).ThenInclude(r => r.PlanningYear)
            .ToListAsync();
        var tasks = new List<UserTask>();
        foreach (var report in reports)
        {
            var title = ReportRules.RoundTitle(report.Round!.ReportType!, report.Round.PlanningYear!.Year, report.Round.Month);
            var url = $"/Reports/Details/{report.Id}";
            if (report.IsWritable && await access.CanAsync(UnitAction.Edit, report.OrgUnit!))
                tasks.Add(new UserTask(TaskKind.ReportWrite, string.Format(RoundText.TaskWriteReport, title, report.OrgUnit!.Name),
                    url, report.DueOn, report.IsLate(today)));
            else if (report.State == ReportState.Submitted && await access.CanAsync(UnitAction.Review, report.OrgUnit!))
            {
                var due = report.DueOn.AddDays(ReviewDays);
                tasks.Add(new UserTask(TaskKind.ReportReview, string.Format(RoundText.TaskReviewReport, title, report.OrgUnit!.Name),
                    url, due, due < today));
            }
        }
        return tasks;
    }
}
