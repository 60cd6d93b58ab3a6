using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Section;

/// <summary>Adds a free section at the end of the report; a change of the report, checked against the report's version.</summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        Input.Version = Report.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Report.Sections.Add(new ReportSection
        {
            OrganisationId = Report.OrganisationId,
            Heading = Input.Heading.Trim(),
            Body = Input.Body ?? "",
            SortOrder = Report.Sections.Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        MarkStarted();
        return await SaveReportAsync(Input.Version, string.Format(ReportText.SectionSaved, Input.Heading.Trim()));
    }
}
