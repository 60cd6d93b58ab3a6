using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// The periods of a year for each periodicity: months 1–12, tertials 1–3, half-years 1–2, or the year
/// as period 1. A value is stored with its period number; these names are what users see.
/// </summary>
public static class ReportingPeriods
{
    public static int CountPerYear(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Month => 12,
        Periodicity.Tertial => 3,
        Periodicity.HalfYear => 2,
        _ => 1,
    };

    public static bool IsValid(Periodicity periodicity, int period) => period >= 1 && period <= CountPerYear(periodicity);

    public static IEnumerable<int> All(Periodicity periodicity) => Enumerable.Range(1, CountPerYear(periodicity));

    /// <summary>"mars", "T1", "H2", "Helår".</summary>
    public static string Name(Periodicity periodicity, int period) => periodicity switch
    {
        Periodicity.Month => ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(period),
        Periodicity.Tertial => $"T{period}",
        Periodicity.HalfYear => $"H{period}",
        _ => IndicatorText.PeriodWholeYear,
    };

    /// <summary>"mars 2026", "T1 2026", "2026".</summary>
    public static string Name(Periodicity periodicity, int year, int period) =>
        periodicity == Periodicity.Year ? year.ToString() : $"{Name(periodicity, period)} {year}";

    /// <summary>
    /// The period of the periodicity that ends in the month, if one does: every month for monthly
    /// indicators, April/August/December for tertials, June/December for half-years, December for years.
    /// </summary>
    public static int? EndingIn(Periodicity periodicity, int month) =>
        All(periodicity).Where(p => LastMonth(periodicity, p) == month).Select(p => (int?)p).FirstOrDefault();

    /// <summary>The period before, crossing into the previous year (for trends).</summary>
    public static (int Year, int Period) Previous(Periodicity periodicity, int year, int period) =>
        period > 1 ? (year, period - 1) : (year - 1, CountPerYear(periodicity));

    /// <summary>The last month a period covers (for due dates and for ordering mixed periodicities).</summary>
    public static int LastMonth(Periodicity periodicity, int period) => period * 12 / CountPerYear(periodicity);

    public static string Label(Periodicity periodicity) => periodicity switch
    {
        Periodicity.Month => IndicatorText.PeriodicityMonth,
        Periodicity.Tertial => IndicatorText.PeriodicityTertial,
        Periodicity.HalfYear => IndicatorText.PeriodicityHalfYear,
        _ => IndicatorText.PeriodicityYear,
    };
}
