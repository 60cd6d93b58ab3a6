using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>How many controls came out each way, and how many have no result yet.</summary>
public sealed record OutcomeCounts(int NoRemarks, int Remarks, int SeriousDeficiencies, int NotReported)
{
    public static readonly OutcomeCounts Zero = new(0, 0, 0, 0);

    public int Controls => NoRemarks + Remarks + SeriousDeficiencies + NotReported;

    public int Of(ControlOutcome outcome) => outcome switch
    {
        ControlOutcome.NoRemarks => NoRemarks,
        ControlOutcome.Remarks => Remarks,
        _ => SeriousDeficiencies,
    };

    public static OutcomeCounts Count(IEnumerable<ControlOutcome?> outcomes)
    {
        var list = outcomes.ToList();
        return new(list.Count(o => o == ControlOutcome.NoRemarks), list.Count(o => o == ControlOutcome.Remarks),
            list.Count(o => o == ControlOutcome.SeriousDeficiencies), list.Count(o => o is null));
    }

    public static OutcomeCounts operator +(OutcomeCounts a, OutcomeCounts b) =>
        new(a.NoRemarks + b.NoRemarks, a.Remarks + b.Remarks, a.SeriousDeficiencies + b.SeriousDeficiencies, a.NotReported + b.NotReported);
}

/// <summary>One control of a committee's plan with its result for the round (null: not reported).</summary>
public sealed record ControlResultLine(int ControlId, string Title, string? RiskTitle, ControlOutcome? Outcome, string? Findings,
    int OpenActions);

/// <summary>A committee's internal-control report for the round: its plan, the counts and the controls.</summary>
public sealed record CommitteeControlResults(OrgUnit Unit, int PlanId, PlanState State, OutcomeCounts Counts,
    IReadOnlyList<ControlResultLine> Controls);

/// <summary>Every committee's report for the round and their sum (the annual report's internal control).</summary>
public sealed record ControlResultsSummary(IReadOnlyList<CommitteeControlResults> Committees)
{
    public OutcomeCounts Total => Committees.Aggregate(OutcomeCounts.Zero, (sum, c) => sum + c.Counts);
}

/// <summary>
/// Reads the results of the control plans of given units for one report round or, with no round, for the
/// whole year. The verksamhetsberättelse shows one committee's part, the annual report sums them all, and
/// the summary page shows both; they read the same numbers from here. Two queries whatever the number of
/// committees. The caller decides which units the user may read (<see cref="InternalControlAccess"/>).
/// </summary>
/// <remarks>
/// A report that carries internal control (<see cref="ReportType.IncludesInternalControl"/>) reads with
/// <c>yearAsFallback</c>: a control without a result for the round shows its result for the whole year
/// ("Helår"), which is how committees commonly record the verksamhetsberättelse's controls.
/// </remarks>
public static class ControlResultsReader
{
    public static async Task<ControlResultsSummary> ReadAsync(StyrkedjaDbContext db, int planningYearId, int? reportRoundId,
        IReadOnlyList<OrgUnit> units, bool yearAsFallback = false)
    {
        var unitIds = units.Select(u => u.Id).ToList();
        var plans = await db.InternalControlPlans.AsNoTracking()
            .Where(p => p.PlanningYearId == planningYearId && unitIds.Contains(p.OrgUnitId))
            .Include(p => p.Controls).ThenInclude(c => c.Risk)
            .ToListAsync();
        var planIds = plans.Select(p => p.Id).ToList();
        var results = (await db.ControlResults.AsNoTracking()
            .Where(r => (r.ReportRoundId == reportRoundId || (yearAsFallback && r.ReportRoundId == null))
                && planIds.Contains(r.Control!.InternalControlPlanId))
            .Select(r => new { r.ControlId, r.ReportRoundId, r.Outcome, r.Findings, Open = r.Actions.Count(a => a.DoneOn == null) })
            .ToListAsync())
            // The round's own result first; the year's only where the round has none.
            .OrderBy(r => r.ReportRoundId == reportRoundId ? 0 : 1)
            .DistinctBy(r => r.ControlId)
            .ToDictionary(r => r.ControlId);

        var committees = new List<CommitteeControlResults>();
        foreach (var unit in units)
        {
            if (plans.FirstOrDefault(p => p.OrgUnitId == unit.Id) is not { } plan)
                continue;
            var lines = plan.Controls.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c =>
            {
                var result = results.GetValueOrDefault(c.Id);
                return new ControlResultLine(c.Id, c.Title, c.Risk?.Title, result?.Outcome, result?.Findings, result?.Open ?? 0);
            }).ToList();
            committees.Add(new(unit, plan.Id, plan.State, OutcomeCounts.Count(lines.Select(l => l.Outcome)), lines));
        }
        return new ControlResultsSummary(committees);
    }
}

/// <summary>What the shared results partial renders: the results, the table's caption and the level of the committees' headings.</summary>
public sealed record ControlResultsView(ControlResultsSummary Summary, string Caption, int CommitteeHeadingLevel);
