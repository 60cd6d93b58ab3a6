using Styrkedja.Web.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Values;

/// <summary>
/// One row of the value grid: an indicator's period that ends in the chosen month, for one gender row,
/// with what helps the person entering it (the stored value, the previous period's value, the target).
/// </summary>
public sealed record GridRow(Indicator Indicator, int Period, Gender Gender, IndicatorValue? Current, decimal? Previous,
    decimal? Target)
{
    public (int IndicatorId, int Period, Gender Gender) Key => (Indicator.Id, Period, Gender);

    public TargetStatus? Status => TargetReading.Judge(Indicator, Current?.Value, Target, Previous).Status;

    public TrendReading? Trend => TargetReading.Judge(Indicator, Current?.Value, Target, Previous).Trend;

    /// <summary>"Andel besök, T1 (kvinnor)": names the cell for screen readers and error messages.</summary>
    public string Name(int year)
    {
        var period = ReportingPeriods.Name(Indicator.Periodicity, year, Period);
        return Indicator.ByGender ? $"{Indicator.Name}, {period} ({Labels.For(Gender).ToLowerInvariant()})" : $"{Indicator.Name}, {period}";
    }
}

/// <summary>
/// What a unit reports for the periods that end in one month of a year: every indicator the unit has
/// adopted whose period ends then (monthly every month, tertials in April, August and December, half-years
/// in June and December, yearly in December), one row per gender row. Loaded in three queries.
/// </summary>
public sealed class ValueGrid
{
    public required OrgUnit Unit { get; init; }
    public required int Year { get; init; }
    public required int Month { get; init; }
    public required IReadOnlyList<GridRow> Rows { get; init; }

    public static async Task<ValueGrid> LoadAsync(StyrkedjaDbContext db, OrgUnit unit, int year, int month)
    {
        var adopted = await db.IndicatorAdoptions.AsNoTracking().Where(a => a.OrgUnitId == unit.Id)
            .Select(a => a.Indicator!).ToListAsync();
        var due = adopted
            .Select(indicator => (Indicator: indicator, Period: ReportingPeriods.EndingIn(indicator.Periodicity, month)))
            .Where(d => d.Period is not null)
            .OrderBy(d => d.Indicator.Name, StringComparer.Create(ServiceRegistration.Swedish, false))
            .ToList();
        var ids = due.Select(d => d.Indicator.Id).ToList();
        // The previous period of a first period lies in the year before.
        var values = (await db.IndicatorValues.AsNoTracking()
                .Where(v => v.OrgUnitId == unit.Id && ids.Contains(v.IndicatorId) && (v.Year == year || v.Year == year - 1))
                .ToListAsync())
            .ToDictionary(v => (v.IndicatorId, v.Year, v.Period, v.Gender));
        var targets = (await db.TargetValues.AsNoTracking()
                .Where(t => ids.Contains(t.IndicatorId) && t.Year == year && (t.OrgUnitId == unit.Id || t.OrgUnitId == null))
                .ToListAsync())
            .ToLookup(t => t.IndicatorId);

        var rows = new List<GridRow>();
        foreach (var (indicator, period) in due)
        {
            var previous = ReportingPeriods.Previous(indicator.Periodicity, year, period!.Value);
            var target = TargetReading.TargetFor(targets[indicator.Id], unit.Id);
            foreach (var gender in ValueRules.GenderRows(indicator))
                rows.Add(new GridRow(indicator, period.Value, gender,
                    values.GetValueOrDefault((indicator.Id, year, period.Value, gender)),
                    values.GetValueOrDefault((indicator.Id, previous.Year, previous.Period, gender))?.Value,
                    target));
        }
        return new ValueGrid { Unit = unit, Year = year, Month = month, Rows = rows };
    }
}
