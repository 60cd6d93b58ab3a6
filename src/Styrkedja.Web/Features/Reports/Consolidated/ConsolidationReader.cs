using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// Builds the <see cref="Consolidation"/> of a round in six queries whatever the number of units: the
/// tree, the levels, the round's reports, their assessments and their summary sections are read whole
/// and combined in memory (a region has a few thousand units at most).
/// </summary>
public static class ConsolidationReader
{
    /// <param name="round">With <see cref="ReportRound.ReportType"/> and <see cref="ReportRound.PlanningYear"/> loaded.</param>
    public static async Task<Consolidation> ReadAsync(StyrkedjaDbContext db, ReportRound round)
    {
        var type = round.ReportType!;
        var organisation = await db.Organisations.Where(o => o.Id == round.OrganisationId).Select(o => o.Name).SingleAsync();
        var tree = await OrgTree.LoadAsync(db);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReportRoundId == round.Id).ToListAsync();
        var counting = reports.Where(r => ReportRules.CountsInConsolidation(r, type)).ToList();
        var inTreeOrder = tree.InTreeOrder().ToList();
        var economyOnly = type.Writers == ReportWriters.None;

        var missing = inTreeOrder.Join(reports.Except(counting), u => u.Id, r => r.OrgUnitId,
            (u, r) => new MissingReport(r.Id, u.Name, r.State, r.DueOn)).ToList();
        var (economy, total) = Economy(inTreeOrder, counting);
        var internalControl = type.IncludesInternalControl
            ? await ControlResultsReader.ReadAsync(db, round.PlanningYearId, round.Id,
                inTreeOrder.Where(u => !u.IsClosed && IsCommittee(u)).ToList(), yearAsFallback: true)
            : null;
        if (economyOnly)
            return new(round.Id, organisation, Title(round), true, round.Summary, [], [], new(ConsolidationText.TotalRow), [], economy, total,
                missing, internalControl);

        var countingIds = counting.Select(r => r.Id).ToHashSet();
        var assessments = (await db.ReportGoalAssessments.Where(a => a.Report!.ReportRoundId == round.Id)
                .Select(a => new { a.ReportId, a.Goal!.LevelId, a.AtPeriodEnd, a.Forecast }).ToListAsync())
            .Where(a => countingIds.Contains(a.ReportId)).ToList();
        var levels = await db.GoalLevels.AsNoTracking().OrderBy(l => l.SortOrder).ToListAsync();
        var sections = await db.ReportSections
            .Where(s => s.Report!.ReportRoundId == round.Id && s.Heading == ReportRules.SummaryHeading)
            .Select(s => new { s.ReportId, s.Body, s.SortOrder }).ToListAsync();

        var committeeOf = counting.ToDictionary(r => r.Id, r => CommitteeOf(tree, r.OrgUnitId));
        var byLevel = levels.ToDictionary(l => l.Id, l => new FulfilmentRow(l.Name));
        var byCommittee = inTreeOrder.ToDictionary(u => u.Id, u => new FulfilmentRow(u.Name));
        var totalRow = new FulfilmentRow(ConsolidationText.TotalRow);
        foreach (var a in assessments)
            foreach (var row in new[] { byLevel[a.LevelId], byCommittee[committeeOf[a.ReportId].Id], totalRow })
            {
                row.AtPeriodEnd.Add(a.AtPeriodEnd);
                row.Forecast.Add(a.Forecast);
            }

        var summaries = inTreeOrder.Where(IsCommittee)
            .Join(counting, u => u.Id, r => r.OrgUnitId, (u, r) => new CommitteeSummary(r.Id, u.Name,
                sections.Where(s => s.ReportId == r.Id).OrderBy(s => s.SortOrder).Select(s => s.Body).FirstOrDefault() ?? ""))
            .ToList();
        return new(round.Id, organisation, Title(round), false, round.Summary,
            levels.Select(l => byLevel[l.Id]).Where(r => r.AtPeriodEnd.Total > 0).ToList(),
            inTreeOrder.Select(u => byCommittee[u.Id]).Where(r => r.AtPeriodEnd.Total > 0).ToList(),
            totalRow, summaries, economy, total, missing, internalControl);
    }

    /// <summary>"Årsredovisning 2026", or "Månadsrapport mars 2026": the consolidated name with the round's period.</summary>
    public static string Title(ReportRound round)
    {
        var type = round.ReportType!;
        // The period is written as the round's own title writes it; only the name differs.
        var period = new ReportType { Name = type.ConsolidatedTitle, Months = type.Months };
        return ReportRules.RoundTitle(period, round.PlanningYear!.Year, round.Month);
    }

    private static bool IsCommittee(OrgUnit unit) => unit.Kind is OrgUnitKind.Styrelse or OrgUnitKind.Namnd;

    /// <summary>The nearest styrelse or nämnd at or above the unit; the unit itself when it has none above it.</summary>
    public static OrgUnit CommitteeOf(OrgTree tree, int unitId)
    {
        var unit = tree.Units[unitId];
        return unit.Lineage.Reverse().Select(id => tree.Units[id]).FirstOrDefault(IsCommittee) ?? unit;
    }

    /// <summary>Each unit with a counting report at or below it, in tree order, with the figures of its whole subtree.</summary>
    private static (List<EconomyRow> Rows, EconomyFigures Total) Economy(List<OrgUnit> inTreeOrder, List<Report> counting)
    {
        var reporting = counting.Join(inTreeOrder, r => r.OrgUnitId, u => u.Id, (r, u) => (Report: r, u.Path)).ToList();
        var rows = new List<EconomyRow>();
        foreach (var unit in inTreeOrder)
        {
            var below = reporting.Where(r => r.Path.StartsWith(unit.Path, StringComparison.Ordinal)).Select(r => r.Report).ToList();
            if (below.Count > 0)
                rows.Add(new EconomyRow(unit.Id, unit.Name, OrgTree.Depth(unit), EconomyFigures.Sum(below)));
        }
        return (rows, EconomyFigures.Sum(counting));
    }
}
