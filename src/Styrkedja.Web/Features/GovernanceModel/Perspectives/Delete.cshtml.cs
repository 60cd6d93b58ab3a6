using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Perspectives;

/// <summary>A perspective is deleted only while no goal is placed under it.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public Perspective Perspective { get; private set; } = null!;
    public int GoalCount { get; private set; }

    public DeleteView View => new(string.Format(ModelText.PerspectiveDeleteConfirm, Perspective.Name),
        GoalCount == 0 ? null : string.Format(ModelText.PerspectiveInUse, Perspective.Name, GoalCount), Version);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Version = Perspective.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (GoalCount > 0)
            return Page();
        db.ExpectVersion(Perspective, Version);
        db.Perspectives.Remove(Perspective);
        if (!await this.TrySaveAsync(db, ModelText.PerspectiveNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ModelText.PerspectiveDeleted, Perspective.Name);
        return Redirect("/GovernanceModel");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.Perspectives.SingleOrDefaultAsync(p => p.Id == id) is not { } perspective)
            return false;
        Perspective = perspective;
        GoalCount = await db.Goals.CountAsync(g => g.PerspectiveId == id);
        return true;
    }
}
