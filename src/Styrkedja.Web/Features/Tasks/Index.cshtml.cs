using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>Mina uppgifter: the logged-in user's to-do list.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, CurrentUser user, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserTask> Tasks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (user.UserId is not { } userId)
            return Forbid();
        Tasks = await MyTasks.LoadAsync(db, access, userId, clock);
        return Page();
    }
}
