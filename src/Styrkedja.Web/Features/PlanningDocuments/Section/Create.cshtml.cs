using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>
/// Adds a section to a part: the central staff write their own or any committee's; an editor only their
/// committee's. Adding does not touch the document's version: committees contribute at the same time and
/// must not block each other.
/// </summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PremisesPageModel(db, access, clock)
{
    [BindProperty]
    public PremiseSectionInput Input { get; set; } = new();

    public List<FieldOption> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, PremisePart part = PremisePart.External)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Input.Part = part;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        var committee = Input.OrgUnitId is { } unitId ? await Db.OrgUnits.FindAsync(unitId) : null;
        if (Input.OrgUnitId is not null && committee is null || !await PlanningDocumentRules.MayWriteSectionAsync(Access, committee))
            return Forbid();
        if (!Enum.IsDefined(Input.Part))
            ModelState.AddModelError("Input.Part", PlanningDocumentText.ErrorUnknownPart);
        if (!ModelState.IsValid)
            return Page();
        Premises.Sections.Add(new PremiseSection
        {
            OrganisationId = Premises.OrganisationId, Part = Input.Part, OrgUnitId = committee?.Id,
            Heading = Input.Heading.Trim(), Body = Input.Body ?? "",
            SortOrder = Premises.Sections.Where(s => s.Part == Input.Part).Select(s => s.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        if (!await this.TrySaveOrShowConflictAsync(Db, PlanningDocumentText.SectionNoun, Clock))
            return Page();
        return BackToPremises();
    }

    /// <summary>The document, changeable, and the committees the user may write for (none at all: 403).</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadChangeablePremisesAsync(id) is { } refusal)
            return refusal;
        var central = await Access.ActsForWholeOrganisationAsync();
        var committees = await PlanningDocumentRules.WritableCommitteesAsync(Db, Access);
        if (!central && committees.Count == 0)
            return Forbid();
        if (central)
            Units.Add(new FieldOption("", PlanningDocumentText.StaffSection, Input.OrgUnitId is null));
        Units.AddRange(committees.Select(u => new FieldOption(u.Id.ToString(), u.Name, u.Id == Input.OrgUnitId)));
        return null;
    }
}
