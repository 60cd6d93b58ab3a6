using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Plans;

/// <summary>Every unit that writes a plan, in tree order, with the state of its latest revision for the year.</summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>A unit's row: its latest plan revision, or none yet (and whether the user may start one).</summary>
    public sealed record Row(OrgUnit Unit, int Depth, Plan? Plan, bool MayCreate);

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        var yearId = Year.Id;
        var latest = await db.Plans.AsNoTracking().Where(p => p.PlanningYearId == yearId).Latest(db.Plans)
            .ToDictionaryAsync(p => p.OrgUnitId);
        var tree = await OrgTree.LoadAsync(db);
        foreach (var unit in tree.InTreeOrder().Where(u => !u.IsClosed && PlanKinds.For(u.Kind) is not null))
        {
            var plan = latest.GetValueOrDefault(unit.Id);
            Rows.Add(new Row(unit, OrgTree.Depth(unit), plan, plan is null && await access.CanAsync(UnitAction.Edit, unit)));
        }
    }
}
