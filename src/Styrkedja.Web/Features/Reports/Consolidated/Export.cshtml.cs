using Microsoft.AspNetCore.Mvc;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>/Reports/Consolidated/Export/{id}?format=docx|pdf: the consolidated report as Word or PDF, for whoever reads it.</summary>
public class ExportModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, PdfConverter pdf, ILogger<ExportModel> logger)
    : DocumentExportModel(pdf, logger)
{
    public async Task<IActionResult> OnGetAsync(int id, string? format = "docx")
    {
        if (!IsKnownFormat(format))
            return BadRequest();
        if (await ConsolidatedAccess.RoundAsync(db, id) is not { } round)
            return NotFound();
        if (!await ConsolidatedAccess.MayReadAsync(db, access))
            return Forbid();
        var report = await ConsolidationReader.ReadAsync(db, round);
        return await DocumentAsync(format!, ConsolidatedDocument.Build(report, SwedishTime.Today(clock)), ConsolidatedDocument.FileName(report),
            $"/Reports/Consolidated/{id}", ConsolidationText.BackToConsolidation);
    }
}
