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

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PerspectiveInput Input { get; set; } = new();

    public Perspective Perspective { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Perspectives.SingleOrDefaultAsync(p => p.Id == id) is not { } perspective)
            return NotFound();
        Perspective = perspective;
        Input = PerspectiveInput.From(perspective);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Perspectives.SingleOrDefaultAsync(p => p.Id == id) is not { } perspective)
            return NotFound();
        Perspective = perspective;
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(perspective, Input.Version);
        Input.ApplyTo(perspective);
        if (!await this.TrySaveOrShowConflictAsync(db, ModelText.PerspectiveNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ModelText.PerspectiveSaved, perspective.Name);
        return Redirect("/GovernanceModel");
    }
}
