using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>What the administrator's edit and delete pages do alike after a change.</summary>
public static class AdminForms
{
    /// <summary>
    /// Saves. On a concurrency conflict the message goes to the top of the form with a link that
    /// reloads the page, and the caller shows the form again with the user's input kept.
    /// </summary>
    public static async Task<bool> TrySaveAsync(this PageModel page, StyrkedjaDbContext db, string noun, TimeProvider clock)
    {
        if (await db.TrySaveAsync(noun, clock) is not { } conflict)
            return true;
        page.ModelState.AddModelError("", conflict);
        page.ViewData["ReloadUrl"] = page.Request.Path.Value;
        return false;
    }
}
