using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, CurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReportTypeInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        // A new type goes last in the cycle unless the administrator says otherwise.
        var types = await IndexModel.LoadAllAsync(db);
        Input.SortOrder = types.Count == 0 ? 0 : types.Max(t => t.SortOrder) + 1;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Validate(await IndexModel.LoadAllAsync(db), ModelState);
        if (!ModelState.IsValid)
            return Page();
        var type = new ReportType { OrganisationId = user.OrganisationId!.Value, Name = "" };
        Input.ApplyTo(type);
        db.ReportTypes.Add(type);
        if (!await this.TrySaveOrShowConflictAsync(db, RoundText.TypeNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RoundText.TypeCreated, type.Name);
        return Redirect(IndexModel.ListUrl);
    }
}
