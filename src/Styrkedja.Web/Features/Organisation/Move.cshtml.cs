using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>
/// Move a unit with its whole subtree under another open unit (administrators only). The paths of
/// every unit moved change in one save, so the move is audited unit by unit and is all or nothing.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class MoveModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    public sealed class MoveInput
    {
        [Display(Name = nameof(OrganisationText.NewParent), ResourceType = typeof(OrganisationText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        public int? ParentId { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public MoveInput Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    private OrgTree _tree = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        Input = new MoveInput { ParentId = Unit.ParentId, Version = Unit.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        if (Input.ParentId is { } parentId && parentId != Unit.ParentId && _tree.ParentRefusal(parentId, Unit) is { } refusal)
            ModelState.AddModelError("Input.ParentId", refusal);
        if (!ModelState.IsValid)
            return Page();
        if (Input.ParentId == Unit.ParentId)
            return Redirect($"/Organisation/Details/{id}");

        var parent = _tree.Units[Input.ParentId!.Value];
        db.ExpectVersion(Unit, Input.Version);
        _tree.Move(Unit, parent);
        if (await db.TrySaveAsync(OrganisationText.UnitNoun, clock) is { } conflict)
        {
            ModelState.AddModelError("", conflict);
            ViewData["ReloadUrl"] = $"/Organisation/Move/{id}";
            return Page();
        }
        TempData["Message"] = string.Format(OrganisationText.Moved, Unit.Name, parent.Name);
        return Redirect($"/Organisation/Details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        _tree = await OrgTree.LoadAsync(db);
        if (!_tree.Units.TryGetValue(id, out var unit))
            return NotFound();
        Unit = unit;
        return null;
    }

    /// <summary>Open units outside the unit's own subtree, the current parent preselected.</summary>
    public FieldView ParentField => new("Input.ParentId", OrganisationText.NewParent, Input.ParentId?.ToString(), FieldKind.Select)
    {
        Options = UnitDisplay.UnitOptions(_tree.ParentCandidates(Unit), Input.ParentId, OrganisationText.ChooseOption),
    };
}
