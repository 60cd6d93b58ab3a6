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
/// Changes a report type. Rounds already opened keep their period and due date; a new due-day count or
/// month list applies to the rounds opened after it.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class EditModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReportTypeInput Input { get; set; } = new();

    public ReportType Type { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.ReportTypes.SingleOrDefaultAsync(t => t.Id == id) is not { } type)
            return NotFound();
        Type = type;
        Input = ReportTypeInput.From(type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var types = await IndexModel.LoadAllAsync(db);
        if (types.SingleOrDefault(t => t.Id == id) is not { } type)
            return NotFound();
        Type = type;
        Input.Validate(types.Where(t => t.Id != id).ToList(), ModelState);
        if (!ModelState.IsValid)
            return Page();
        db.ExpectVersion(type, Input.Version);
        Input.ApplyTo(type);
        if (!await this.TrySaveOrShowConflictAsync(db, RoundText.TypeNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RoundText.TypeSaved, type.Name);
        return Redirect(IndexModel.ListUrl);
    }
}
