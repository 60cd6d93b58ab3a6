using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;

namespace Styrkedja.Web.Infrastructure.Web;

/// <summary>What every edit form does alike when its save meets someone else's change.</summary>
public static class ConflictForms
{
    /// <summary>
    /// Saves. On a concurrency conflict the message ("… har ändrats av X kl. …") goes to the top of the
    /// form with a link that reloads the page, and the caller shows the form again with the input kept.
    /// </summary>
    public static async Task<bool> TrySaveOrShowConflictAsync(this PageModel page, StyrkedjaDbContext db, string noun,
        TimeProvider clock)
    {
        if (await db.TrySaveAsync(noun, clock) is not { } conflict)
            return true;
        page.ShowConflict(conflict);
        return false;
    }

    /// <summary>Shows a conflict message with a reload link to the page as requested (path and query).</summary>
    public static void ShowConflict(this PageModel page, string message, string? reloadUrl = null)
    {
        page.ModelState.AddModelError("", message);
        page.ViewData["ReloadUrl"] = reloadUrl ?? page.Request.Path + page.Request.QueryString;
    }
}
