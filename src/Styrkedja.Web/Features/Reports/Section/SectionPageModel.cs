using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Reports.Section;

/// <summary>The pages that change one free section: the section is found through its report, which must still be writable.</summary>
public abstract class SectionPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    public ReportSection Section { get; private set; } = null!;

    protected async Task<IActionResult?> LoadSectionAsync(int id)
    {
        var reportId = await Db.ReportSections.Where(s => s.Id == id).Select(s => (int?)s.ReportId).SingleOrDefaultAsync();
        if (reportId is null)
            return NotFound();
        if (await LoadWritableReportAsync(reportId.Value) is { } refusal)
            return refusal;
        Section = Report.Sections.Single(s => s.Id == id);
        return null;
    }
}
