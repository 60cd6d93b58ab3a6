using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// What the pages that act on one unit report share: loading it with what its content needs, the access
/// check (404 for another organisation's report, 403 without the right), the refusal of a step the
/// report's state does not allow (back to the report with the reason, whatever the request asked), and
/// saving a change as a change of the report at the version the form saw.
/// </summary>
public abstract class ReportPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>TempData key of a refusal shown at the top of the report page.</summary>
    public const string RefusalKey = "ReportRefusal";

    public Report Report { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;
    protected DateOnly Today => SwedishTime.Today(clock);

    /// <summary>"Tertialrapport 2026 – Hälso- och sjukvårdsnämnden", for the pages' subtitles.</summary>
    public string ReportName => $"{ReportRules.RoundTitle(Report.Round!.ReportType!, Report.Round.PlanningYear!.Year, Report.Round.Month)} – {Report.OrgUnit!.Name}";

    public string ReportUrl => $"/Reports/Details/{Report.Id}";

    /// <summary>Loads the report (tracked) with its round, type, year, unit, sections and assessments; 404 or 403 when it cannot be used.</summary>
    protected async Task<IActionResult?> LoadReportAsync(int id, UnitAction action)
    {
        var report = await db.Reports
            .Include(r => r.Round!).ThenInclude(r => r.ReportType)
            .Include(r => r.Round!).ThenInclude(r => r.PlanningYear)
            .Include(r => r.OrgUnit)
            .Include(r => r.Sections)
            .Include(r => r.Assessments)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
            return NotFound();
        if (!await access.CanAsync(action, report.OrgUnit!))
            return Forbid();
        Report = report;
        return null;
    }

    /// <summary>As <see cref="LoadReportAsync"/> for the writer's changes: a submitted report is refused with the reason.</summary>
    protected async Task<IActionResult?> LoadWritableReportAsync(int id)
    {
        if (await LoadReportAsync(id, UnitAction.Edit) is { } refusal)
            return refusal;
        return Report.IsWritable ? null : BackToReport(string.Format(ReportText.ErrorNotWritable, Labels.For(Report.State).ToLowerInvariant()));
    }

    /// <summary>To the report page, with a refusal (or with <paramref name="message"/>, a confirmation) shown at its top.</summary>
    protected IActionResult BackToReport(string? refusal = null, string? message = null)
    {
        if (refusal is not null)
            TempData[RefusalKey] = refusal;
        if (message is not null)
            TempData["Message"] = message;
        return Redirect(ReportUrl);
    }

    /// <summary>The writer's first save starts the report; a sent-back report stays återremitterad until it is submitted again.</summary>
    protected void MarkStarted()
    {
        if (Report.State == ReportState.NotStarted)
            Report.State = ReportState.InProgress;
    }

    /// <summary>
    /// Saves the changes made to the report or under it as a change of the report at the version the form
    /// saw, then back to the report; on a conflict the form again with the message.
    /// </summary>
    protected async Task<IActionResult> SaveReportAsync(int formVersion, string? done = null)
    {
        db.ExpectVersion(Report, formVersion, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(db, ReportText.ReportNoun, clock))
            return Page();
        return BackToReport(message: done);
    }
}
