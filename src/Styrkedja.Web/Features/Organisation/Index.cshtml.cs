using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>The organisation's unit tree, closed units shown as closed unless the reader hides them.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public OrgTree Tree { get; private set; } = null!;
    public bool MayCreate { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool HideClosed { get; set; }

    public int ClosedCount => Tree.Units.Values.Count(u => u.IsClosed);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await OrgAccess.MayReadAsync(access))
            return Forbid();
        Tree = await OrgTree.LoadAsync(db);
        MayCreate = await access.IsAdministratorAsync();
        return Page();
    }
}
