using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Oversight;

/// <summary>The kinds of break in the governance chain that oversight looks for, in the order shown.</summary>
public enum FindingKind
{
    CommitteeGoalNotLinked,
    GoalWithoutIndicators,
    IndicatorWithoutTarget,
    IndicatorWithoutResponsible,
    ActivityWithoutResponsible,
    ActivityWithoutDates,
    UnitWithoutPlan,
}

/// <summary>One thing to fix: whose it is, what it is (a goal's title, an indicator's name …) and where to fix it.</summary>
public sealed record Finding(string UnitName, string Subject, string Url);

/// <summary>All findings of one kind: the full count, and the first <see cref="ChainHealth.ShownPerKind"/> of them.</summary>
public sealed record FindingGroup(FindingKind Kind, int Count, IReadOnlyList<Finding> Shown);

/// <summary>
/// Kedjans hälsa for a planning year: where the chain from fullmäktige's goals down to activities is
/// broken. One count and one page query per kind of finding, whatever the number of units or goals.
/// </summary>
public static class ChainHealth
{
    /// <summary>
    /// A group lists at most this many findings (by unit, then name); its heading carries the full count.
    /// A large organisation's first year may have thousands, and a page of thousands of rows helps no one.
    /// </summary>
    public const int ShownPerKind = 100;

    public static async Task<IReadOnlyList<FindingGroup>> LoadAsync(StyrkedjaDbContext db, PlanningYear year)
    {
        var goals = db.Goals.Where(g => g.PlanningYearId == year.Id);
        var indicatorsInUse = db.Indicators.Where(i => db.IndicatorAdoptions.Any(a => a.IndicatorId == i.Id)
            || db.GoalIndicators.Any(l => l.IndicatorId == i.Id && l.Goal!.PlanningYearId == year.Id));
        var activities = db.Activities.Where(a => a.PlanningYearId == year.Id);

        return
        [
            await GroupAsync(FindingKind.CommitteeGoalNotLinked,
                goals.Where(g => (g.OwnerUnit!.Kind == OrgUnitKind.Styrelse || g.OwnerUnit.Kind == OrgUnitKind.Namnd)
                        && !g.ContributesTo.Any(l => l.ParentGoal!.OwnerUnit!.Kind == OrgUnitKind.Fullmaktige))
                    .Select(g => new FindingRow { Id = g.Id, Subject = g.Title, UnitName = g.OwnerUnit!.Name, UnitPath = g.OwnerUnit.Path }),
                id => $"/Goals/Edit/{id}"),
            await GroupAsync(FindingKind.GoalWithoutIndicators,
                goals.Where(g => !db.GoalIndicators.Any(l => l.GoalId == g.Id))
                    .Select(g => new FindingRow { Id = g.Id, Subject = g.Title, UnitName = g.OwnerUnit!.Name, UnitPath = g.OwnerUnit.Path }),
                id => $"/Goals/Indicators/{id}"),
            await GroupAsync(FindingKind.IndicatorWithoutTarget,
                indicatorsInUse.Where(i => !db.TargetValues.Any(t => t.IndicatorId == i.Id && t.Year == year.Year))
                    .Select(i => new FindingRow { Id = i.Id, Subject = i.Name, UnitName = i.OwnerUnit!.Name, UnitPath = i.OwnerUnit.Path }),
                id => $"/Indicators/Targets/{id}"),
            await GroupAsync(FindingKind.IndicatorWithoutResponsible,
                indicatorsInUse.Where(i => i.ResponsiblePerson.Trim() == "")
                    .Select(i => new FindingRow { Id = i.Id, Subject = i.Name, UnitName = i.OwnerUnit!.Name, UnitPath = i.OwnerUnit.Path }),
                id => $"/Indicators/Edit/{id}"),
            await GroupAsync(FindingKind.ActivityWithoutResponsible,
                activities.Where(a => a.ResponsibleUserId == null)
                    .Select(a => new FindingRow { Id = a.Id, Subject = a.Title, UnitName = a.OwnerUnit!.Name, UnitPath = a.OwnerUnit.Path }),
                id => $"/Activities/Edit/{id}"),
            await GroupAsync(FindingKind.ActivityWithoutDates,
                activities.Where(a => a.StartsOn == null || a.EndsOn == null)
                    .Select(a => new FindingRow { Id = a.Id, Subject = a.Title, UnitName = a.OwnerUnit!.Name, UnitPath = a.OwnerUnit.Path }),
                id => $"/Activities/Edit/{id}"),
            await GroupAsync(FindingKind.UnitWithoutPlan,
                db.OrgUnits.Where(u => u.ClosedOn == null && ExpectedKinds.Contains(u.Kind)
                        && !db.Plans.Any(p => p.OrgUnitId == u.Id && p.PlanningYearId == year.Id))
                    .Select(u => new FindingRow { Id = u.Id, Subject = u.Name, UnitName = u.Name, UnitPath = u.Path }),
                id => $"/Plans/Create?unit={id}&year={year.Year}"),
        ];
    }

    /// <summary><see cref="PlanKinds.IsExpected"/> as a list the database can test.</summary>
    private static readonly List<OrgUnitKind> ExpectedKinds = Enum.GetValues<OrgUnitKind>().Where(PlanKinds.IsExpected).ToList();

    private static async Task<FindingGroup> GroupAsync(FindingKind kind, IQueryable<FindingRow> rows, Func<int, string> url)
    {
        var count = await rows.CountAsync();
        var shown = count == 0 ? [] : await rows.OrderBy(r => r.UnitPath).ThenBy(r => r.Subject).ThenBy(r => r.Id).Take(ShownPerKind).ToListAsync();
        return new FindingGroup(kind, count, shown.Select(r => new Finding(r.UnitName, r.Subject, url(r.Id))).ToList());
    }

    /// <summary>A finding as the database projects it (member-initialised so that it can be ordered in SQL).</summary>
    private sealed class FindingRow
    {
        public int Id { get; init; }
        public string Subject { get; init; } = "";
        public string UnitName { get; init; } = "";
        public string UnitPath { get; init; } = "";
    }
}
