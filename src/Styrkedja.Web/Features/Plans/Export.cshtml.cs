using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// /Plans/Export/{id}?format=docx|pdf: the plan as a Word file, or the same file as PDF. Anyone who
/// reads the unit may download it.
/// </summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, PdfConverter pdf, ILogger<ExportModel> logger)
    : DocumentExportModel(pdf, logger)
{
    public async Task<IActionResult> OnGetAsync(int id, string? format = "docx")
    {
        if (!IsKnownFormat(format))
            return BadRequest();
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.OrgUnit).Include(p => p.PlanningYear).Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Read, plan.OrgUnit!))
            return Forbid();

        var content = await PlanContentReader.ReadAsync(db, plan);
        return await DocumentAsync(format!, PlanDocument.Build(plan, content), PlanDocument.FileName(plan, content),
            $"/Plans/Details/{plan.Id}", DocumentText.BackToPlan);
    }
}
