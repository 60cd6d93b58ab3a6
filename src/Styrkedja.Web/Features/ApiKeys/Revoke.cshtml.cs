using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.ApiKeys;

/// <summary>
/// Revokes a key: it stops working with the next request, since every request looks the key up. The row
/// stays (revoked) so the list and the audit log still tell who used which key.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class RevokeModel(StyrkedjaDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    public ApiKey Key { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.ApiKeys.FindAsync(id) is not { } key)
            return NotFound();
        Key = key;
        Version = key.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.ApiKeys.FindAsync(id) is not { } key)
            return NotFound();
        Key = key;
        // A stale form of a key revoked meanwhile falls through to the version check and is a conflict.
        if (key.IsRevoked && key.Version == Version)
        {
            TempData["Message"] = string.Format(ExchangeText.KeyAlreadyRevoked, key.Name);
            return Redirect("/ApiKeys");
        }
        db.ExpectVersion(key, Version);
        key.RevokedAt = clock.GetUtcNow().UtcDateTime;
        if (!await this.TrySaveOrShowConflictAsync(db, ExchangeText.KeyNoun, clock))
            return Page();
        TempData["Message"] = string.Format(ExchangeText.KeyRevokedMessage, key.Name);
        return Redirect("/ApiKeys");
    }
}
