using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Section;

/// <summary>A free section's heading and Markdown text, checked against the section's own version.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : SectionPageModel(db, access, clock)
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        Input = new SectionInput { Heading = Section.Heading, Body = Section.Body, Version = Section.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        if (!ModelState.IsValid)
            return Page();
        Db.ExpectVersion(Section, Input.Version);
        Section.Heading = Input.Heading.Trim();
        Section.Body = Input.Body ?? "";
        MarkStarted();
        if (!await this.TrySaveOrShowConflictAsync(Db, ReportText.SectionNoun, Clock))
            return Page();
        return BackToReport(message: string.Format(ReportText.SectionSaved, Section.Heading));
    }
}
