using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>A section's part, heading and Markdown text, checked against the section's own version.</summary>
public class EditModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PremiseSectionPageModel(db, access, clock)
{
    [BindProperty]
    public PremiseSectionInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        Input = new PremiseSectionInput { Part = Section.Part, Heading = Section.Heading, Body = Section.Body, Version = Section.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadSectionAsync(id) is { } refusal)
            return refusal;
        if (!Enum.IsDefined(Input.Part))
            ModelState.AddModelError("Input.Part", PlanningDocumentText.ErrorUnknownPart);
        if (!ModelState.IsValid)
            return Page();
        Db.ExpectVersion(Section, Input.Version);
        Section.Part = Input.Part;
        Section.Heading = Input.Heading.Trim();
        Section.Body = Input.Body ?? "";
        if (!await this.TrySaveOrShowConflictAsync(Db, PlanningDocumentText.SectionNoun, Clock))
            return Page();
        return BackToPremises();
    }
}
