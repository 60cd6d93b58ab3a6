using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>
/// Move a unit with its whole subtree under another open unit (administrators only). The paths of
/// every unit moved change in one save, so the move is audited unit by unit and is all or nothing.
/// </summary>
public class MoveModel(StyrkedjaDbContext db, TimeProvider clock) : TreeFormModel(db, clock)
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

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadUnitAsync(id) is { } notFound)
            return notFound;
        Input = new MoveInput { ParentId = Unit.ParentId, Version = Unit.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadUnitAsync(id) is { } notFound)
            return notFound;
        if (Input.ParentId is { } parentId && parentId != Unit.ParentId && Tree.ParentRefusal(parentId, Unit) is { } refusal)
            ModelState.AddModelError("Input.ParentId", refusal);
        if (!ModelState.IsValid)
            return Page();
        if (Input.ParentId == Unit.ParentId)
            return Redirect($"/Organisation/Details/{id}");

        var parent = Tree.Units[Input.ParentId!.Value];
        Db.ExpectVersion(Unit, Input.Version);
        Tree.Move(Unit, parent);
        return await SaveAsync(OrganisationText.UnitNoun, string.Format(OrganisationText.Moved, Unit.Name, parent.Name));
    }

    /// <summary>Open units outside the unit's own subtree, the current parent preselected.</summary>
    public FieldView ParentField => new("Input.ParentId", OrganisationText.NewParent, Input.ParentId?.ToString())
    {
        Type = "select",
        Options = UnitDisplay.UnitOptions(Tree.ParentCandidates(Unit), Input.ParentId, OrganisationText.ChooseOption),
    };
}
