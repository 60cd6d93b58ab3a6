using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// One indicator: its definition, who reports it, the goals it measures, its targets, the latest values
/// with status and trend, and the trend chart of a unit over the last three years.
/// </summary>
public class DetailsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public const int ChartYears = 3;

    public sealed record MeasuredGoal(int Id, string Title, int Year, string Owner);

    public Indicator Indicator { get; private set; } = null!;
    public List<OrgUnit> AdoptingUnits { get; private set; } = [];
    public List<MeasuredGoal> Goals { get; private set; } = [];
    public List<TargetValue> Targets { get; private set; } = [];
    public List<IndicatorReadings.Latest> LatestValues { get; private set; } = [];
    public OrgUnit ChartUnit { get; private set; } = null!;
    public TrendChart Chart { get; private set; } = null!;
    public int LastYear { get; private set; }
    public bool MayEdit { get; private set; }
    public bool MayAdoptOrSetTargets { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? unit)
    {
        var indicator = await db.Indicators.AsNoTracking().Include(i => i.Perspective).Include(i => i.OwnerUnit)
            .Include(i => i.Adoptions).SingleOrDefaultAsync(i => i.Id == id);
        if (indicator is null)
            return NotFound();
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        Indicator = indicator;
        MayEdit = await access.MayEditAsync(indicator);
        MayAdoptOrSetTargets = MayEdit || await access.MayEditSomethingAsync();

        var tree = await OrgTree.LoadAsync(db);
        var adopting = indicator.Adoptions.Select(a => a.OrgUnitId).ToHashSet();
        AdoptingUnits = tree.InTreeOrder().Where(u => adopting.Contains(u.Id)).ToList();
        Goals = await db.GoalIndicators.Where(g => g.IndicatorId == id)
            .Select(g => new MeasuredGoal(g.GoalId, g.Goal!.Title, g.Goal.PlanningYear!.Year, g.Goal.OwnerUnit!.Name))
            .ToListAsync();
        Goals = Goals.OrderByDescending(g => g.Year).ThenBy(g => g.Title, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true)).ToList();
        Targets = await db.TargetValues.AsNoTracking().Where(t => t.IndicatorId == id).ToListAsync();
        Targets = Targets.OrderByDescending(t => t.Year).ThenBy(t => t.OrgUnitId is null ? "" : tree.Units[t.OrgUnitId.Value].Path).ToList();
        foreach (var target in Targets.Where(t => t.OrgUnitId is not null))
            target.OrgUnit = tree.Units[target.OrgUnitId!.Value];

        LastYear = clock.GetLocalNow().Year;
        var firstYear = LastYear - ChartYears + 1;
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => v.IndicatorId == id && v.Year >= firstYear && v.Year <= LastYear).ToListAsync();
        var readings = new IndicatorReadings(indicator, values, Targets);
        LatestValues = AdoptingUnits.Select(readings.LatestOf).OfType<IndicatorReadings.Latest>().ToList();

        // The chosen unit, else the owner when it reports, else the first reporting unit with values.
        ChartUnit = unit is { } chosen && tree.Units.TryGetValue(chosen, out var picked) ? picked
            : adopting.Contains(indicator.OwnerUnitId) || AdoptingUnits.Count == 0 ? indicator.OwnerUnit!
            : AdoptingUnits.FirstOrDefault(u => readings.HasValues(u.Id)) ?? AdoptingUnits[0];
        Chart = readings.ChartOf(ChartUnit.Id, firstYear, LastYear);
        return Page();
    }
}
