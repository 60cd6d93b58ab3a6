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
/// Close a unit from a date, or reopen it (administrators only). Closing never deletes: goals, grants
/// and history keep their unit. A closed unit gets no new children, so the tree stays consistent:
/// children close first, and a unit reopens only under an open parent.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CloseModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    public sealed class CloseInput
    {
        [Display(Name = nameof(OrganisationText.ClosedOnLabel), ResourceType = typeof(OrganisationText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        public DateOnly? ClosedOn { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public OrgUnit Unit { get; private set; } = null!;
    private OrgTree _tree = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        Input = new CloseInput
        {
            ClosedOn = Unit.ClosedOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            Version = Unit.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        var openChildren = _tree.ChildrenOf(id).Where(c => !c.IsClosed).Select(c => c.Name).ToList();
        if (openChildren.Count > 0)
            ModelState.AddModelError("", string.Format(OrganisationText.ErrorOpenChildren, string.Join(", ", openChildren)));
        if (!ModelState.IsValid)
            return Page();
        Unit.ClosedOn = Input.ClosedOn;
        return await SaveAsync(id, string.Format(OrganisationText.Closed, Unit.Name));
    }

    public async Task<IActionResult> OnPostReopenAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        // The date field belongs to closing; reopening validates only the tree.
        ModelState.Clear();
        if (Unit.ParentId is { } parentId && _tree.Units[parentId] is { IsClosed: true } parent)
        {
            ModelState.AddModelError("", string.Format(OrganisationText.ErrorParentStillClosed, parent.Name));
            return Page();
        }
        Unit.ClosedOn = null;
        return await SaveAsync(id, string.Format(OrganisationText.Reopened, Unit.Name));
    }

    private async Task<IActionResult> SaveAsync(int id, string message)
    {
        db.ExpectVersion(Unit, Input.Version);
        if (await db.TrySaveAsync(OrganisationText.UnitNoun, clock) is { } conflict)
        {
            ModelState.AddModelError("", conflict);
            ViewData["ReloadUrl"] = $"/Organisation/Close/{id}";
            return Page();
        }
        TempData["Message"] = message;
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

    public FieldView ClosedOnField => new("Input.ClosedOn", OrganisationText.ClosedOnLabel,
        Input.ClosedOn is { } date ? UnitDisplay.IsoDate(date) : null, FieldKind.Date);
}
