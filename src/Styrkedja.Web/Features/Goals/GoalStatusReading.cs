using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Features.Goals;

/// <summary>
/// One indicator that measures a goal, read for the goal's planning year: the latest value of the year
/// for <see cref="ReadFor"/>, its target, status and trend against the period before.
/// </summary>
public sealed record IndicatorReading(Indicator Indicator, OrgUnit ReadFor, IndicatorValue? Latest, decimal? Target,
    TargetStatus? Status, TrendReading? Trend);

/// <summary>A goal's indicators, the status they roll up to, and the manual assessment that overrides it.</summary>
public sealed record GoalStatus(IReadOnlyList<IndicatorReading> Indicators, TargetStatus? RolledUp, GoalAssessment? Assessment)
{
    public TargetStatus? Status => Assessment?.Status ?? RolledUp;
}

/// <summary>
/// Goal status for a set of goals in a fixed number of queries, whatever the number of goals: the goal
/// page uses it for one goal, reports and plans for many. Which values count:
/// <list type="bullet">
/// <item>the goal's owner unit's values when the owner reports the indicator (the committee measures
/// its own goal);</item>
/// <item>otherwise the root unit's (the organisation-level reading, e.g. Regionfullmäktige for a
/// region-wide goal). Values are not summed over units: a sum of percentages means nothing, and an
/// indicator that should be read for the organisation is reported for the root unit.</item>
/// </list>
/// Only the total row (not the gender rows) is read. The target is the reading unit's own for the year,
/// else the organisation's. The goal's status follows the model's rule (<see cref="TargetReading.GoalStatus"/>)
/// over the indicators that have a status; a manual assessment overrides it.
/// </summary>
public sealed class GoalStatusReading
{
    public required GoalStatusRule Rule { get; init; }
    public required int SharePercent { get; init; }
    public required IReadOnlyDictionary<int, GoalStatus> Goals { get; init; }

    public GoalStatus For(int goalId) => Goals[goalId];

    /// <param name="throughMonth">When given, only periods that end in or before this month of the goal's
    /// year count (a report reads the value at the end of its period, not a later one).</param>
    public static async Task<GoalStatusReading> LoadAsync(StyrkedjaDbContext db, IReadOnlyCollection<Goal> goals, int? throughMonth = null)
    {
        var goalIds = goals.Select(g => g.Id).ToList();
        var links = await db.GoalIndicators.AsNoTracking().Where(l => goalIds.Contains(l.GoalId))
            .Include(l => l.Indicator).ToListAsync();
        var indicatorIds = links.Select(l => l.IndicatorId).Distinct().ToList();
        var yearIds = goals.Select(g => g.PlanningYearId).Distinct().ToList();
        var yearOf = await db.PlanningYears.AsNoTracking().Where(y => yearIds.Contains(y.Id)).ToDictionaryAsync(y => y.Id, y => y.Year);
        var ownerIds = goals.Select(g => g.OwnerUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ownerIds.Contains(u.Id) || u.ParentId == null)
            .OrderBy(u => u.Path).ToListAsync();
        var root = units.FirstOrDefault(u => u.ParentId == null);
        var unitById = units.ToDictionary(u => u.Id);
        var unitIds = units.Select(u => u.Id).ToList();
        var reported = (await db.IndicatorAdoptions.Where(a => indicatorIds.Contains(a.IndicatorId) && ownerIds.Contains(a.OrgUnitId))
                .Select(a => new { a.IndicatorId, a.OrgUnitId }).ToListAsync())
            .Select(a => (a.IndicatorId, a.OrgUnitId)).ToHashSet();
        // The year before is read too: the first period's trend compares with the last period of that year.
        var years = yearOf.Values.SelectMany(y => new[] { y, y - 1 }).Distinct().ToList();
        var values = (await db.IndicatorValues.AsNoTracking()
                .Where(v => indicatorIds.Contains(v.IndicatorId) && unitIds.Contains(v.OrgUnitId) && years.Contains(v.Year)
                    && v.Gender == Gender.Total && v.Value != null)
                .ToListAsync())
            .ToDictionary(v => (v.IndicatorId, v.OrgUnitId, v.Year, v.Period));
        var targets = (await db.TargetValues.AsNoTracking()
                .Where(t => indicatorIds.Contains(t.IndicatorId) && years.Contains(t.Year)).ToListAsync())
            .ToLookup(t => (t.IndicatorId, t.Year));
        var assessments = await db.GoalAssessments.AsNoTracking().Where(a => goalIds.Contains(a.GoalId)).ToDictionaryAsync(a => a.GoalId);
        var model = await db.GovernanceModels.AsNoTracking().FirstOrDefaultAsync();
        var rule = model?.GoalStatusRule ?? GoalStatusRule.AllMet;
        var share = model?.GoalStatusSharePercent ?? 100;

        IndicatorReading Read(Goal goal, Indicator indicator)
        {
            var year = yearOf[goal.PlanningYearId];
            var owner = unitById[goal.OwnerUnitId];
            var unit = reported.Contains((indicator.Id, owner.Id)) || root is null ? owner : root;
            var latest = ReportingPeriods.All(indicator.Periodicity)
                .Where(p => throughMonth is null || ReportingPeriods.LastMonth(indicator.Periodicity, p) <= throughMonth).Reverse()
                .Select(p => values.GetValueOrDefault((indicator.Id, unit.Id, year, p))).FirstOrDefault(v => v is not null);
            var target = TargetReading.TargetFor(targets[(indicator.Id, year)], unit.Id);
            if (latest is null)
                return new IndicatorReading(indicator, unit, null, target, null, null);
            var (previousYear, previousPeriod) = ReportingPeriods.Previous(indicator.Periodicity, year, latest.Period);
            var previous = values.GetValueOrDefault((indicator.Id, unit.Id, previousYear, previousPeriod))?.Value;
            var (status, trend) = TargetReading.Judge(indicator, latest.Value, target, previous);
            return new IndicatorReading(indicator, unit, latest, target, status, trend);
        }

        var byGoal = links.ToLookup(l => l.GoalId, l => l.Indicator!);
        var result = goals.ToDictionary(g => g.Id, g =>
        {
            var readings = byGoal[g.Id].OrderBy(i => i.Name, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false))
                .Select(i => Read(g, i)).ToList();
            var rolledUp = TargetReading.GoalStatus(readings.Where(r => r.Status is not null).Select(r => r.Status!.Value).ToList(), rule, share);
            return new GoalStatus(readings, rolledUp, assessments.GetValueOrDefault(g.Id));
        });
        return new GoalStatusReading { Rule = rule, SharePercent = share, Goals = result };
    }
}
