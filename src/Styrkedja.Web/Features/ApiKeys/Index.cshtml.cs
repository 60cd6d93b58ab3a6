using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.ApiKeys;

/// <summary>The organisation's API keys, newest first; the keys themselves are never shown again.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db) : PageModel
{
    public List<ApiKey> Keys { get; private set; } = [];

    public async Task OnGetAsync() =>
        Keys = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToListAsync();
}
