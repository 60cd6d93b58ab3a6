using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel.Levels;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>The organisation's styrmodell at a glance, with links to change each part.</summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db) : PageModel
{
    public Domain.GovernanceModel? Governance { get; private set; }
    public List<GoalLevel> Levels { get; private set; } = [];
    public List<Perspective> Perspectives { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Governance = await db.GovernanceModels.AsNoTracking().SingleOrDefaultAsync();
        Levels = await LevelForm.LoadLevelsAsync(db);
        Perspectives = await db.Perspectives.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync();
    }

    public string NameOf(int levelId) => Levels.Single(l => l.Id == levelId).Name;
}
