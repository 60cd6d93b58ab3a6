using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>
/// Close a unit from a date, or reopen it (administrators only). Closing never deletes: goals, grants
/// and history keep their unit. A closed unit gets no new children, so the tree stays consistent:
/// children close first, and a unit reopens only under an open parent.
/// </summary>
public class CloseModel(StyrkedjaDbContext db, TimeProvider clock) : TreeFormModel(db, clock)
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

    /// <summary>
    /// The closing date as stored when the request began: it decides which form the page shows, also
    /// after a refused save (whose in-memory change must not flip the page to the other form).
    /// </summary>
    public DateOnly? StoredClosedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        Input = new CloseInput
        {
            ClosedOn = Unit.ClosedOn ?? DateOnly.FromDateTime(Clock.GetLocalNow().DateTime),
            Version = Unit.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        var openChildren = Tree.ChildrenOf(id).Where(c => !c.IsClosed).Select(c => c.Name).ToList();
        if (openChildren.Count > 0)
            ModelState.AddModelError("", string.Format(OrganisationText.ErrorOpenChildren, string.Join(", ", openChildren)));
        if (!ModelState.IsValid)
            return Page();
        Db.ExpectVersion(Unit, Input.Version);
        Unit.ClosedOn = Input.ClosedOn;
        return await SaveAsync(OrganisationText.UnitNoun, string.Format(OrganisationText.Closed, Unit.Name));
    }

    public async Task<IActionResult> OnPostReopenAsync(int id)
    {
        if (await LoadAsync(id) is { } notFound)
            return notFound;
        // The date field belongs to closing; reopening checks only the tree.
        ModelState.Clear();
        if (Unit.ParentId is { } parentId && Tree.Units[parentId] is { IsClosed: true } parent)
        {
            ModelState.AddModelError("", string.Format(OrganisationText.ErrorParentStillClosed, parent.Name));
            return Page();
        }
        Db.ExpectVersion(Unit, Input.Version);
        Unit.ClosedOn = null;
        return await SaveAsync(OrganisationText.UnitNoun, string.Format(OrganisationText.Reopened, Unit.Name));
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await LoadUnitAsync(id) is { } notFound)
            return notFound;
        StoredClosedOn = Unit.ClosedOn;
        return null;
    }

    public FieldView ClosedOnField => new("Input.ClosedOn", OrganisationText.ClosedOnLabel,
        Input.ClosedOn is { } date ? UnitDisplay.IsoDate(date) : null) { Type = "date" };
}
