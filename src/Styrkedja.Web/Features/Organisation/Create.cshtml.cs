using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>Add a unit to the tree. The tree is part of the governance model: administrators only.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    public OrgTree Tree { get; private set; } = null!;

    public async Task OnGetAsync(int? parent)
    {
        Tree = await OrgTree.LoadAsync(db);
        Input.ParentId = parent;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Tree = await OrgTree.LoadAsync(db);
        Input.ValidateKind(ModelState);
        if (Input.ParentId is { } parentId)
        {
            if (Tree.ParentRefusal(parentId) is { } refusal)
                ModelState.AddModelError("Input.ParentId", refusal);
        }
        else if (Tree.Roots.Count > 0)
        {
            // One tree per organisation: roll-ups and "the whole organisation" need a single top.
            ModelState.AddModelError("Input.ParentId", string.Format(OrganisationText.ErrorSecondRoot, Tree.Roots[0].Name));
        }
        if (!ModelState.IsValid)
            return Page();

        var unit = new OrgUnit { OrganisationId = db.OrganisationId!.Value, Name = "" };
        Input.ApplyTo(unit);
        await OrgTree.AddAsync(db, unit, Input.ParentId is { } id ? Tree.Units[id] : null);
        TempData["Message"] = string.Format(OrganisationText.Created, unit.Name);
        return Redirect($"/Organisation/Details/{unit.Id}");
    }

    /// <summary>Open units only; an organisation without units may create its top unit.</summary>
    public FieldView ParentField => new("Input.ParentId", OrganisationText.Parent, Input.ParentId?.ToString())
    {
        Type = "select",
        Options = UnitDisplay.UnitOptions(Tree.ParentCandidates(), Input.ParentId,
            Tree.Roots.Count == 0 ? OrganisationText.NoParent : OrganisationText.ChooseOption),
    };
}
