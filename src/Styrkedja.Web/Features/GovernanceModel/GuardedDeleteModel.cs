using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>
/// Deleting a part of the model that goals refer to (a level, a perspective): refused while any goal,
/// of any planning year, uses it, so that no goal loses its place in the chain. The audit log keeps
/// what was deleted.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public abstract class GuardedDeleteModel<T>(StyrkedjaDbContext db, TimeProvider clock) : PageModel
    where T : TrackedEntity
{
    protected StyrkedjaDbContext Db => db;

    [BindProperty]
    public int Version { get; set; }

    public T Item { get; private set; } = null!;
    public int GoalCount { get; private set; }

    public DeleteView View => new(ConfirmText, GoalCount == 0 ? null : InUseText, Version);

    protected abstract string Noun { get; }
    protected abstract string ConfirmText { get; }
    protected abstract string InUseText { get; }
    protected abstract string DeletedText { get; }

    /// <summary>The goals that use the item with this id.</summary>
    protected abstract Expression<Func<Goal, bool>> UsedBy(int id);

    /// <summary>Rows that go with the item, loaded and removed so that their removal is audited, not left to a cascade.</summary>
    protected virtual Task RemoveDependentsAsync(int id) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Version = Item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (GoalCount > 0)
            return Page();
        await RemoveDependentsAsync(id);
        db.ExpectVersion(Item, Version);
        db.Remove(Item);
        if (!await this.TrySaveOrShowConflictAsync(db, Noun, clock))
            return Page();
        TempData["Message"] = DeletedText;
        return Redirect("/GovernanceModel");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.Set<T>().SingleOrDefaultAsync(e => e.Id == id) is not { } item)
            return false;
        Item = item;
        GoalCount = await db.Goals.CountAsync(UsedBy(id));
        return true;
    }
}
