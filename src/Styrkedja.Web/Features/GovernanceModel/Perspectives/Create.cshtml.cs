using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Perspectives;

[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class CreateModel(StyrkedjaDbContext db, CurrentUser user) : PageModel
{
    [BindProperty]
    public PerspectiveInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        Input.ForGoals = true;
        Input.SortOrder = (await db.Perspectives.MaxAsync(p => (int?)p.SortOrder) ?? -1) + 1;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return Page();
        var perspective = new Perspective { OrganisationId = user.OrganisationId!.Value, Name = "" };
        Input.ApplyTo(perspective);
        db.Perspectives.Add(perspective);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(ModelText.PerspectiveCreated, perspective.Name);
        return Redirect("/GovernanceModel");
    }
}
