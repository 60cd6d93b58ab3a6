using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Goals;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.InternalControl;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Reads a unit report's content in a fixed number of queries, whatever the number of goals,
/// indicators and activities. Indicators are read as they stood at the end of the round's period
/// (through <see cref="GoalStatusReading"/> with its month limit), so a later value never leaks into
/// an earlier report.
/// </summary>
public static class ReportContentReader
{
    /// <param name="report">With its round (type and planning year), unit, sections and assessments loaded.</param>
    public static async Task<ReportContent> ReadAsync(StyrkedjaDbContext db, Report report, DateOnly today)
    {
        var round = report.Round!;
        var type = round.ReportType!;
        var year = round.PlanningYear!;
        var unit = report.OrgUnit!;
        var organisation = await db.Organisations.Where(o => o.Id == report.OrganisationId).Select(o => o.Name).SingleAsync();

        var goals = await ReportGoalsQuery(db, report).AsNoTracking()
            .Include(g => g.Level)
            .Include(g => g.ContributesTo).ThenInclude(l => l.ParentGoal!).ThenInclude(p => p.Level)
            .OrderBy(g => g.Level!.SortOrder).ThenBy(g => g.SortOrder).ThenBy(g => g.Title)
            .ToListAsync();
        var statuses = await GoalStatusReading.LoadAsync(db, goals, round.Month);
        var assessments = report.Assessments.ToDictionary(a => a.GoalId);

        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.OwnerUnitId == unit.Id && a.PlanningYearId == year.Id)
            .Include(a => a.Responsible)
            .OrderBy(a => a.EndsOn).ThenBy(a => a.Title)
            .ToListAsync();

        var internalControl = type.IncludesInternalControl
            ? await ControlResultsReader.ReadAsync(db, year.Id, round.Id, [unit], yearAsFallback: true)
            : null;

        return new ReportContent(
            organisation, unit.Id, unit.Name, round.Id, ReportRules.RoundTitle(type, year.Year, round.Month), type.Name,
            year.Year, round.Month, Period(year.Year, round.Month), report.State, report.DueOn, report.IsLate(today),
            report.State == ReportState.Adopted
                ? new ReportDecision(report.DecidedBy, report.DecidedOn, report.DecisionParagraph, report.RegistryNumber)
                : null,
            goals.Select(g => new ReportGoal(
                g.Id, g.Level!.Name, g.Title,
                g.ContributesTo.Select(l => $"{l.ParentGoal!.Level!.Name}: {l.ParentGoal.Title}").Order().ToList(),
                assessments.GetValueOrDefault(g.Id) is { } a
                    ? new ReportAssessmentContent(a.AtPeriodEnd, a.Forecast, a.Analysis, a.Consequences, a.Measures)
                    : null,
                statuses.For(g.Id).Indicators.Select(Indicator).ToList())).ToList(),
            activities.Select(a => new ReportActivity(
                a.Id, a.Title, a.Responsible?.DisplayName, a.EndsOn, a.Status, a.ProgressPercent, a.IsOverdue(today))).ToList(),
            new ReportEconomy(report.BudgetYear, report.BudgetToDate, report.OutcomeToDate, report.ForecastYear, report.EconomyComment),
            report.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                .Select(s => new ReportSectionContent(s.Id, s.Heading, s.Body)).ToList(),
            internalControl);
    }

    /// <summary>The goals a report assesses: the unit's own goals of the round's planning year.</summary>
    public static IQueryable<Goal> ReportGoalsQuery(StyrkedjaDbContext db, Report report) =>
        db.Goals.Where(g => g.OwnerUnitId == report.OrgUnitId && g.PlanningYearId == report.Round!.PlanningYearId);

    /// <summary>The year to date the report follows up: "januari–april 2026", or "januari 2026".</summary>
    public static string Period(int year, int month)
    {
        var months = Infrastructure.ServiceRegistration.Swedish.DateTimeFormat;
        return month == 1
            ? $"{months.GetMonthName(1)} {year}"
            : $"{months.GetMonthName(1)}–{months.GetMonthName(month)} {year}";
    }

    private static ReportIndicator Indicator(IndicatorReading reading) => new(
        reading.Indicator.Id, reading.Indicator.Name, reading.ReadFor.Name,
        reading.Latest is { } latest ? ReportingPeriods.Name(reading.Indicator.Periodicity, latest.Year, latest.Period) : null,
        reading.Latest?.Value is { } value ? ValueRules.Format(reading.Indicator, value) : null,
        reading.Target is { } target ? ValueRules.Format(reading.Indicator, target) : null,
        reading.Status);
}
