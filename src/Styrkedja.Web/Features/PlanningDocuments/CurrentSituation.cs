using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Oversight;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>Last year's goals of one level of the chain, counted by status.</summary>
public sealed record LevelFulfilment(string Level, GoalStatusCounts Counts);

/// <summary>One indicator measuring a committee's goal last year: the year's latest outcome against its target.</summary>
public sealed record CommitteeOutcome(string Committee, string Indicator, string? Outcome, string? Target, TargetStatus? Status);

/// <summary>
/// The facts of the nulägesanalys that the system already holds, read for the year before the planning
/// year: goal fulfilment per level and the committees' indicator outcomes against target. They are read
/// through <see cref="GoalStatusReading"/>, the same reading goal pages, plans and the oversight use, so
/// the planeringsförutsättningar never disagree with them and nobody retypes them.
/// </summary>
public sealed class CurrentSituation
{
    public required int Year { get; init; }
    public required IReadOnlyList<LevelFulfilment> Levels { get; init; }
    public required IReadOnlyList<CommitteeOutcome> Outcomes { get; init; }

    public static async Task<CurrentSituation> LoadAsync(StyrkedjaDbContext db, int planningYear)
    {
        var year = planningYear - 1;
        var goals = await db.Goals.AsNoTracking().Include(g => g.Level).Include(g => g.OwnerUnit)
            .Where(g => g.PlanningYear!.Year == year).ToListAsync();
        if (goals.Count == 0)
            return new CurrentSituation { Year = year, Levels = [], Outcomes = [] };
        var statuses = await GoalStatusReading.LoadAsync(db, goals);

        var levels = goals.GroupBy(g => g.LevelId).Select(g => g.ToList())
            .OrderBy(g => g[0].Level!.SortOrder)
            .Select(g => new LevelFulfilment(g[0].Level!.Name, GoalStatusCounts.Of(g.Select(goal => statuses.For(goal.Id).Status))))
            .ToList();

        // A committee's key indicators are those that measure its own goals; one row per indicator even
        // when it measures several of them.
        var committeeGoals = goals.Where(g => g.OwnerUnit!.Kind is OrgUnitKind.Styrelse or OrgUnitKind.Namnd)
            .OrderBy(g => g.OwnerUnit!.Path);
        var outcomes = new List<CommitteeOutcome>();
        foreach (var committee in committeeGoals.GroupBy(g => g.OwnerUnit!.Name))
        {
            var readings = committee.SelectMany(g => statuses.For(g.Id).Indicators).DistinctBy(r => r.Indicator.Id)
                .OrderBy(r => r.Indicator.Name, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, false));
            outcomes.AddRange(readings.Select(r => new CommitteeOutcome(committee.Key, r.Indicator.Name,
                r.Latest?.Value is { } value ? ValueRules.Format(r.Indicator, value) : null,
                r.Target is { } target ? ValueRules.Format(r.Indicator, target) : null,
                r.Status)));
        }
        return new CurrentSituation { Year = year, Levels = levels, Outcomes = outcomes };
    }
}
