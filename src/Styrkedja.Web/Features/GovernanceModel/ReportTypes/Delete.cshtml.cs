using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

/// <summary>
/// Deletes a report type that no round has used yet. Once a round is opened its reports hang on the
/// type, so it is refused: the administrator can still rename it or take away its months.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class DeleteModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public ReportType Type { get; private set; } = null!;
    public int RoundCount { get; private set; }

    public DeleteView View => new(string.Format(RoundText.TypeDeleteConfirm, Type.Name),
        RoundCount == 0 ? null : string.Format(RoundText.TypeInUse, Type.Name, RoundCount), Version);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        Version = Type.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
            return NotFound();
        if (RoundCount > 0)
            return Page();
        db.ExpectVersion(Type, Version);
        db.ReportTypes.Remove(Type);
        if (!await this.TrySaveOrShowConflictAsync(db, RoundText.TypeNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RoundText.TypeDeleted, Type.Name);
        return Redirect(IndexModel.ListUrl);
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await db.ReportTypes.SingleOrDefaultAsync(t => t.Id == id) is not { } type)
            return false;
        Type = type;
        RoundCount = await db.ReportRounds.CountAsync(r => r.ReportTypeId == id);
        return true;
    }
}
