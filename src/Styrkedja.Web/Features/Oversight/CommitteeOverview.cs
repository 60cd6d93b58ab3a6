using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Features.Plans;

namespace Styrkedja.Web.Features.Oversight;

/// <summary>The latest revision of a unit's plan for the year.</summary>
public sealed record PlanSummary(int Id, int Revision, PlanState State);

/// <summary>
/// One row of the oversight table: fullmäktige, the board or a committee, with the figures of the units
/// beneath it that are not rows of their own (its administrations and their operations) rolled in.
/// </summary>
public sealed record CommitteeRow(OrgUnit Unit, PlanSummary? Plan, GoalStatusCounts Goals,
    IReadOnlyDictionary<ActivityStatus, int> Activities, int Overdue)
{
    public int ActivityCount(ActivityStatus status) => Activities.GetValueOrDefault(status);
}

/// <summary>How many goals have each status; a goal without one (no values, no assessment) counts as <see cref="None"/>.</summary>
public sealed record GoalStatusCounts(int Met, int Close, int NotMet, int None)
{
    public static GoalStatusCounts Of(IEnumerable<TargetStatus?> statuses)
    {
        var list = statuses.ToList();
        return new(list.Count(s => s == TargetStatus.Met), list.Count(s => s == TargetStatus.Close),
            list.Count(s => s == TargetStatus.NotMet), list.Count(s => s is null));
    }

    public int Total => Met + Close + NotMet + None;

    public int For(TargetStatus? status) => status switch
    {
        TargetStatus.Met => Met,
        TargetStatus.Close => Close,
        TargetStatus.NotMet => NotMet,
        _ => None,
    };
}

/// <summary>An activity past its end date that is neither done nor cancelled.</summary>
public sealed record OverdueActivity(int Id, string Title, string UnitName, string? Responsible, DateOnly EndsOn, int DaysLate);

/// <summary>
/// Regionstyrelsen's view across all committees for a planning year. A fixed number of queries: units,
/// plans, goals (with their statuses through <see cref="GoalStatusReading"/>), activity counts and the
/// overdue activities; the roll-up onto rows happens in memory over the unit tree.
/// </summary>
public sealed class CommitteeOverview
{
    /// <summary>The kinds that get a row of their own; every other unit counts in its nearest such ancestor.</summary>
    private const OrgUnitKind RowKinds = OrgUnitKind.Fullmaktige | OrgUnitKind.Styrelse | OrgUnitKind.Namnd;

    public required IReadOnlyList<CommitteeRow> Rows { get; init; }
    public required IReadOnlyList<OverdueActivity> Overdue { get; init; }

    public static async Task<CommitteeOverview> LoadAsync(StyrkedjaDbContext db, PlanningYear year, DateOnly today)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Path).ToListAsync();
        var rowUnits = units.Where(u => !u.IsClosed && (u.Kind & RowKinds) != 0).ToList();
        var rowOf = RowOfEachUnit(units, rowUnits.Select(u => u.Id).ToHashSet());

        var plans = await db.Plans.Where(p => p.PlanningYearId == year.Id).Latest(db.Plans)
            .Select(p => new { p.OrgUnitId, Summary = new PlanSummary(p.Id, p.Revision, p.State) })
            .ToDictionaryAsync(p => p.OrgUnitId, p => p.Summary);

        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanningYearId == year.Id).ToListAsync();
        var statuses = await GoalStatusReading.LoadAsync(db, goals);
        var goalStatuses = goals.Where(g => rowOf.ContainsKey(g.OwnerUnitId))
            .ToLookup(g => rowOf[g.OwnerUnitId], g => statuses.For(g.Id).Status);

        var activityCounts = (await db.Activities.Where(a => a.PlanningYearId == year.Id)
                .GroupBy(a => new { a.OwnerUnitId, a.Status })
                .Select(g => new { g.Key.OwnerUnitId, g.Key.Status, Count = g.Count() })
                .ToListAsync())
            .Where(c => rowOf.ContainsKey(c.OwnerUnitId))
            .ToLookup(c => rowOf[c.OwnerUnitId]);

        var overdue = await db.Activities.Where(a => a.PlanningYearId == year.Id && a.EndsOn < today
                && a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled)
            .OrderBy(a => a.EndsOn).ThenBy(a => a.Title)
            .Select(a => new { a.Id, a.Title, a.OwnerUnitId, Unit = a.OwnerUnit!.Name, Responsible = a.Responsible == null ? null : a.Responsible.DisplayName, EndsOn = a.EndsOn!.Value })
            .ToListAsync();
        var overdueCount = overdue.Where(a => rowOf.ContainsKey(a.OwnerUnitId)).CountBy(a => rowOf[a.OwnerUnitId])
            .ToDictionary(c => c.Key, c => c.Value);

        return new CommitteeOverview
        {
            Rows = rowUnits.Select(u => new CommitteeRow(u, plans.GetValueOrDefault(u.Id),
                    GoalStatusCounts.Of(goalStatuses[u.Id]),
                    activityCounts[u.Id].GroupBy(c => c.Status).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
                    overdueCount.GetValueOrDefault(u.Id)))
                .ToList(),
            Overdue = overdue.Select(a => new OverdueActivity(a.Id, a.Title, a.Unit, a.Responsible, a.EndsOn,
                today.DayNumber - a.EndsOn.DayNumber)).ToList(),
        };
    }

    /// <summary>
    /// For each unit, the nearest unit at or above it (read from its materialised path) that has a row:
    /// a committee's administrations count in the committee's row, the committee not in fullmäktige's.
    /// Units above every row (none in practice) are left out.
    /// </summary>
    private static Dictionary<int, int> RowOfEachUnit(IEnumerable<OrgUnit> units, IReadOnlySet<int> rowIds)
    {
        var result = new Dictionary<int, int>();
        foreach (var unit in units)
        {
            // The path ends with the unit's own id, so a row unit is its own row.
            var row = unit.Lineage.Reverse().FirstOrDefault(rowIds.Contains);
            if (row != 0)
                result[unit.Id] = row;
        }
        return result;
    }
}
