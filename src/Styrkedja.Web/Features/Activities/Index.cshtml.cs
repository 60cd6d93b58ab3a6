using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Infrastructure;

namespace Styrkedja.Web.Features.Activities;

/// <summary>A unit's activities of a planning year: a table, and the same activities as a timeline.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<OrgUnit> Units { get; private set; } = [];
    public List<PlanningYear> Years { get; private set; } = [];
    public OrgUnit? Unit { get; private set; }
    public PlanningYear? Year { get; private set; }
    public ActivityStatus? Status { get; private set; }
    public List<Activity> Activities { get; private set; } = [];
    public ActivityTimeline? Timeline { get; private set; }
    public DateOnly Today { get; private set; }
    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? unit, int? year, ActivityStatus? status)
    {
        // A malformed query string (status=abc) falls back to the defaults rather than showing errors.
        ModelState.Clear();
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        var tree = await OrgTree.LoadAsync(db);
        Units = tree.InTreeOrder().Where(u => !u.IsClosed || u.Id == unit).ToList();
        Unit = unit is null
            ? (await access.FilterAsync(UnitAction.Edit, Units)).FirstOrDefault() ?? Units.FirstOrDefault()
            : Units.FirstOrDefault(u => u.Id == unit);
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if ((unit is not null && Unit is null) || (year is not null && Year is null))
            return NotFound();
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        Today = SwedishTime.Today(clock);
        if (Unit is null || Year is null)
            return Page();

        MayEdit = await access.CanAsync(UnitAction.Edit, Unit);
        var query = db.Activities.AsNoTracking().Include(a => a.Responsible)
            .Where(a => a.OwnerUnitId == Unit.Id && a.PlanningYearId == Year.Id);
        if (Status is not null)
            query = query.Where(a => a.Status == Status);
        var swedish = StringComparer.Create(ServiceRegistration.Swedish, true);
        // Dated activities first, in the order they start; the database's null ordering differs by provider.
        Activities = (await query.ToListAsync())
            .OrderBy(a => a.StartsOn is null).ThenBy(a => a.StartsOn).ThenBy(a => a.EndsOn).ThenBy(a => a.Title, swedish)
            .ToList();
        Timeline = new ActivityTimeline(Year.Year, Activities, Today);
        return Page();
    }

    public string UrlFor(ActivityStatus? status) =>
        $"/Activities?unit={Unit?.Id}&year={Year?.Year}" + (status is null ? "" : $"&status={status}");
}
