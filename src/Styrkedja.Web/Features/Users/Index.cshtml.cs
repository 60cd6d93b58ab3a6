using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Users;

/// <summary>The users of the administrator's organisation with their grants.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string DisplayName, string Email, List<string> Grants, DateTimeOffset? LockedOutUntil);

    public List<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Users are not tenant-filtered (login looks them up across organisations): filter here.
        var users = await db.Users.AsNoTracking().Where(u => u.OrganisationId == me.OrganisationId).ToListAsync();
        var grants = (await db.RoleGrants.AsNoTracking().Include(g => g.OrgUnit).ToListAsync())
            .OrderBy(g => g.Role).ToLookup(g => g.UserId);
        var now = clock.GetUtcNow();
        Rows = users
            .Select(u => new UserRow(u.Id, u.DisplayName, u.Email ?? "", grants[u.Id].Select(GrantChoices.Describe).ToList(),
                u.LockoutEnd > now ? u.LockoutEnd : null))
            .OrderBy(r => r.DisplayName, StringComparer.Create(ServiceRegistration.Swedish, true))
            .ToList();
    }
}
