using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Tasks;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Features.Home;

public class IndexModel(StyrkedjaDbContext db, CurrentUser user, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>How many of Mina uppgifter the start page shows; the rest are a link away.</summary>
    public const int TasksShown = 5;

    public string OrganisationName => user.OrganisationName;
    public Domain.GovernanceModel? Model { get; private set; }
    public List<YearSummary> Years { get; private set; } = [];
    public List<GrantSummary> Grants { get; private set; } = [];
    public IReadOnlyList<UserTask> Tasks { get; private set; } = [];
    public bool ShowsYearWheel { get; private set; }
    public List<YearWheelItem> UpcomingSteps { get; private set; } = [];
    public int LateSteps { get; private set; }

    /// <summary>How many coming steps of the year wheel the start page shows.</summary>
    public const int StepsShown = 5;

    public sealed record YearSummary(int Year, int LastPlanYear, int GoalCount);

    public sealed record GrantSummary(Role Role, string? UnitName);

    public async Task OnGetAsync()
    {
        Model = await db.GovernanceModels.SingleOrDefaultAsync();
        Years = await db.PlanningYears.OrderBy(y => y.Year)
            .Select(y => new YearSummary(y.Year, y.Year + y.PlanHorizonYears - 1,
                db.Goals.Count(g => g.PlanningYearId == y.Id)))
            .ToListAsync();
        Grants = await db.RoleGrants.Where(g => g.UserId == user.UserId)
            .Select(g => new GrantSummary(g.Role, g.OrgUnit == null ? null : g.OrgUnit.Name))
            .ToListAsync();
        if (user.UserId is { } userId)
            Tasks = await MyTasks.LoadAsync(db, access, userId, clock);
        await LoadYearWheelAsync();
    }

    /// <summary>Everyone sees where the year is: the next steps of the wheel and how many are late.</summary>
    private async Task LoadYearWheelAsync()
    {
        ShowsYearWheel = await YearWheel.YearWheelAccess.MayReadAsync(access);
        if (!ShowsYearWheel)
            return;
        var today = SwedishTime.Today(clock);
        var open = db.YearWheelItems.AsNoTracking().Where(i => i.DoneOn == null);
        UpcomingSteps = await open.Where(i => i.Date >= today).OrderBy(i => i.Date).ThenBy(i => i.Name).Take(StepsShown).ToListAsync();
        LateSteps = await open.CountAsync(i => i.Date < today && i.Date.Year == today.Year);
    }
}
