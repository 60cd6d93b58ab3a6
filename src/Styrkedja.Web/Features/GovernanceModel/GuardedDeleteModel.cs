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
/// Deleting a part of the model that other things refer to (a level or perspective that goals use, a
/// report type that rounds use, a process step that an evaluation proposes to change): the subclass says
/// why it cannot go now, and then the page shows that reason instead of the form. The audit log keeps
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
    private string? _refusal;

    public DeleteView View => new(ConfirmText, _refusal, Version, ListUrl);

    protected abstract string Noun { get; }
    protected abstract string ConfirmText { get; }
    protected abstract string DeletedText { get; }

    /// <summary>Where the page returns to: the list the item is in.</summary>
    protected virtual string ListUrl => "/GovernanceModel";

    /// <summary>Why <see cref="Item"/> cannot be deleted now, or null when it can.</summary>
    protected abstract Task<string?> RefusalAsync(int id);

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
        if (_refusal is not null)
            return Page();
        await RemoveDependentsAsync(id);
        db.ExpectVersion(Item, Version);
        db.Remove(Item);
        if (!await this.TrySaveOrShowConflictAsync(db, Noun, clock))
            return Page();
        TempData["Message"] = DeletedText;
        return Redirect(ListUrl);
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.Set<T>().SingleOrDefaultAsync(e => e.Id == id) is not { } item)
            return false;
        Item = item;
        _refusal = await RefusalAsync(id);
        return true;
    }
}
