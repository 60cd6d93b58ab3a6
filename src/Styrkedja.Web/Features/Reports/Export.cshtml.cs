using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>/Reports/Export/{id}?format=docx|pdf: the unit report as a Word file, or the same file as PDF, for whoever reads the unit.</summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, PdfConverter pdf, TimeProvider clock, ILogger<ExportModel> logger)
    : DocumentExportModel(pdf, logger)
{
    public async Task<IActionResult> OnGetAsync(int id, string? format = "docx")
    {
        if (!IsKnownFormat(format))
            return BadRequest();
        var report = await db.Reports.AsNoTracking()
            .Include(r => r.Round!).ThenInclude(r => r.ReportType)
            .Include(r => r.Round!).ThenInclude(r => r.PlanningYear)
            .Include(r => r.OrgUnit).Include(r => r.Sections).Include(r => r.Assessments)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Read, report.OrgUnit!))
            return Forbid();

        var content = await ReportContentReader.ReadAsync(db, report, SwedishTime.Today(clock));
        return await DocumentAsync(format!, ReportDocument.Build(content), ReportDocument.FileName(content),
            $"/Reports/Details/{report.Id}", ReportText.BackToReport);
    }
}
