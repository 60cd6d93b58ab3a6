using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>Removes a section after confirmation; refused when the section changed since the page was opened.</summary>
public class DeleteModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PremiseSectionPageModel(db, access, clock)
{
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        Version = Section.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        Db.ExpectVersion(Section, Version);
        Db.PremiseSections.Remove(Section);
        if (!await this.TrySaveOrShowConflictAsync(Db, PlanningDocumentText.SectionNoun, Clock))
            return Page();
        TempData["Message"] = string.Format(PlanText.SectionDeleted, Section.Heading);
        return BackToPremises();
    }
}
