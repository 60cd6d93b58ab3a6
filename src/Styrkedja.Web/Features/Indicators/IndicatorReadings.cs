using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>
/// An indicator's loaded values and targets, read for one page: which target holds for a unit and year,
/// a unit's latest value with its status and trend, and the series of a trend chart.
/// </summary>
public sealed class IndicatorReadings(Indicator indicator, IReadOnlyList<IndicatorValue> values, IReadOnlyList<TargetValue> targets)
{
    public sealed record Latest(OrgUnit Unit, IndicatorValue Value, decimal? Target, TargetStatus? Status, TrendReading? Trend);

    private readonly Dictionary<(int Unit, int Year, int Period, Gender Gender), decimal?> _values =
        values.ToDictionary(v => (v.OrgUnitId, v.Year, v.Period, v.Gender), v => v.Value);

    /// <summary>The unit's own target for the year, else the organisation's.</summary>
    public decimal? TargetFor(int? unitId, int year) => TargetReading.TargetFor(targets.Where(t => t.Year == year), unitId);

    public decimal? ValueAt(int unitId, int year, int period, Gender gender = Gender.Total) =>
        _values.GetValueOrDefault((unitId, year, period, gender));

    public bool HasValues(int unitId) => values.Any(v => v.OrgUnitId == unitId && v.Value is not null);

    /// <summary>The unit's latest total with its status against the target and its trend since the period before.</summary>
    public Latest? LatestOf(OrgUnit unit)
    {
        var latest = values.Where(v => v.OrgUnitId == unit.Id && v.Gender == Gender.Total && v.Value is not null)
            .MaxBy(v => (v.Year, v.Period));
        if (latest is null)
            return null;
        var target = TargetFor(unit.Id, latest.Year);
        var (year, period) = ReportingPeriods.Previous(indicator.Periodicity, latest.Year, latest.Period);
        var (status, trend) = TargetReading.Judge(indicator, latest.Value, target, ValueAt(unit.Id, year, period));
        return new Latest(unit, latest, target, status, trend);
    }

    /// <summary>
    /// The chart of a unit over the given years: the total, or total, women and men for an indicator by
    /// gender; periods after the last reported one are left out.
    /// </summary>
    public TrendChart ChartOf(int unitId, int firstYear, int lastYear)
    {
        var periods = Enumerable.Range(firstYear, lastYear - firstYear + 1)
            .SelectMany(year => ReportingPeriods.All(indicator.Periodicity).Select(period => (year, period)))
            .ToList();
        var genders = ValueRules.GenderRows(indicator);
        var last = periods.FindLastIndex(p => genders.Any(g => ValueAt(unitId, p.year, p.period, g) is not null));
        if (last >= 0)
            periods = periods[..(last + 1)];
        return new TrendChart(
            periods.Select(p => ReportingPeriods.Name(indicator.Periodicity, p.year, p.period)).ToList(),
            genders.Select(g => new ChartSeries(Labels.For(g),
                periods.Select(p => ValueAt(unitId, p.year, p.period, g)).ToList())).ToList(),
            periods.Select(p => TargetFor(unitId, p.year)).ToList());
    }
}
