using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// /Plans/Export/{id}?format=docx|pdf: the plan as a Word file, or the same file converted to PDF by
/// LibreOffice. Anyone who reads the organisation may download it. The page's own markup is only
/// shown when the PDF cannot be made (503), pointing to the Word file instead.
/// </summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, PdfConverter pdf, ILogger<ExportModel> logger) : PageModel
{
    public int PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? format = "docx")
    {
        if (format is not ("docx" or "pdf"))
            return BadRequest();
        var plan = await db.Plans.AsNoTracking()
            .Include(p => p.OrgUnit).Include(p => p.PlanningYear).Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Read, plan.OrgUnit!))
            return Forbid();

        var content = await PlanContentReader.ReadAsync(db, plan);
        var docx = PlanDocument.Build(plan, content);
        if (format == "docx")
            return File(docx, PlanDocument.ContentType, PlanDocument.FileName(plan, content, "docx"));
        try
        {
            return File(await pdf.ConvertAsync(docx, HttpContext.RequestAborted), "application/pdf",
                PlanDocument.FileName(plan, content, "pdf"));
        }
        catch (PdfConversionException e)
        {
            logger.LogError(e, "PDF of plan {PlanId} could not be made", plan.Id);
            PlanId = plan.Id;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }
    }
}
