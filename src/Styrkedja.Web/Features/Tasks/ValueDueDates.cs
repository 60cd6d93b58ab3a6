using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Features.Tasks;

/// <summary>A reporting period whose values are asked for: the year, the period and the month it ends in.</summary>
public sealed record DuePeriod(int Year, int Period, int LastMonth, DateOnly Due);

/// <summary>When the values of a reporting period are due.</summary>
public static class ValueDueDates
{
    /// <summary>
    /// The values of a period are due the 15th of the month after the period ends: March's by 15 April,
    /// the first tertial's by 15 May, the whole year's by 15 January the year after. Two weeks is the
    /// usual time in the regions' follow-up calendars to close the books and enter the figures.
    /// </summary>
    public static DateOnly DueFor(int year, int lastMonth) => new DateOnly(year, lastMonth, 1).AddMonths(1).AddDays(14);

    /// <summary>
    /// The periods of an indicator asked for on <paramref name="today"/>: those that have ended and are due
    /// this calendar year. That is this year's ended periods and, in January, last December's (whose values
    /// are due on 15 January), so that the turn of the year does not hide the most pressing report.
    /// </summary>
    public static IEnumerable<DuePeriod> Asked(Periodicity periodicity, DateOnly today) =>
        from year in new[] { today.Year - 1, today.Year }
        from period in ReportingPeriods.All(periodicity)
        let lastMonth = ReportingPeriods.LastMonth(periodicity, period)
        let due = DueFor(year, lastMonth)
        where new DateOnly(year, lastMonth, 1).AddMonths(1) <= today && due.Year == today.Year
        select new DuePeriod(year, period, lastMonth, due);
}
