using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// How a year's calendar follows from the process template, and what a calendar item links to. The
/// year-wheel pages, the demo and the calendar feeds all use these rules.
/// </summary>
public static class YearWheelRules
{
    /// <summary>The step's date in a month of the year; a day past the month's end means its last day.</summary>
    public static DateOnly DateIn(int year, int month, int day) =>
        new(year, month, Math.Clamp(day, 1, DateTime.DaysInMonth(year, month)));

    /// <summary>
    /// Adds the year's items from the template: one per step and month, dated by the step's day. Steps that
    /// already have items in the year are skipped, so generating again only adds what the template gained
    /// since; the items a user moved stay where they were put. The caller saves.
    /// </summary>
    public static async Task<List<YearWheelItem>> GenerateAsync(StyrkedjaDbContext db, PlanningYear year)
    {
        var steps = await db.ProcessSteps.OrderBy(s => s.SortOrder).ToListAsync();
        var generated = await db.YearWheelItems.Where(i => i.PlanningYearId == year.Id && i.ProcessStepId != null)
            .Select(i => i.ProcessStepId!.Value).Distinct().ToListAsync();
        var items = steps.Where(s => !generated.Contains(s.Id))
            .SelectMany(step => step.MonthList.Select(month => new YearWheelItem
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, ProcessStepId = step.Id, Name = step.Name,
                Date = DateIn(year.Year, month, step.Day), Body = step.Body, Produces = step.Produces,
                ReportTypeId = step.ReportTypeId, Purpose = step.Purpose,
            }))
            .ToList();
        db.YearWheelItems.AddRange(items);
        return items;
    }

    /// <summary>
    /// The report round a report-round item stands for: its type's round whose period ended last before the
    /// item's date (the tertial report in May is April's round; the annual report in March is last December's).
    /// </summary>
    public static async Task<ReportRound?> RoundForAsync(StyrkedjaDbContext db, YearWheelItem item)
    {
        if (item.Produces != ProcessOutput.ReportRound || item.ReportTypeId is null)
            return null;
        var rounds = await db.ReportRounds.Include(r => r.PlanningYear)
            .Where(r => r.ReportTypeId == item.ReportTypeId
                && (r.PlanningYear!.Year == item.Date.Year || r.PlanningYear.Year == item.Date.Year - 1))
            .ToListAsync();
        var before = new DateOnly(item.Date.Year, item.Date.Month, 1);
        return rounds.Where(r => new DateOnly(r.PlanningYear!.Year, r.Month, 1).AddMonths(1) <= before)
            .MaxBy(r => new DateOnly(r.PlanningYear!.Year, r.Month, 1));
    }
}
