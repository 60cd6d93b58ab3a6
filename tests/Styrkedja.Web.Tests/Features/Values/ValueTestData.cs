using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Values;

/// <summary>Arranges indicators, adoptions, targets and values in the database (the demo has none yet).</summary>
internal static class ValueTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    /// <summary>An indicator of Halland reported by the named units; <paramref name="configure"/> sets the rest.</summary>
    public static Task<int> IndicatorAsync(this StyrkedjaFactory app, string name, Periodicity periodicity,
        Action<Indicator>? configure = null, params string[] reportedBy) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var units = await db.OrgUnits.Where(u => (reportedBy.Length == 0 ? new[] { Hsn } : reportedBy).Contains(u.Name)).ToListAsync();
            var indicator = new Indicator
            {
                OrganisationId = units[0].OrganisationId, Name = name, MeasureUnit = "%", Decimals = 1,
                Periodicity = periodicity, OwnerUnitId = units[0].Id,
            };
            configure?.Invoke(indicator);
            foreach (var unit in units)
                indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return indicator.Id;
        });

    public static Task TargetAsync(this StyrkedjaFactory app, int indicator, int year, decimal value, string? unit = null) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == DemoUsers.Halland);
            int? unitId = unit is null ? null : await db.OrgUnits.Where(u => u.Name == unit).Select(u => u.Id).SingleAsync();
            db.TargetValues.Add(new TargetValue { OrganisationId = org.Id, IndicatorId = indicator, Year = year, OrgUnitId = unitId, Value = value });
            return await db.SaveChangesAsync();
        });

    public static Task ValueAsync(this StyrkedjaFactory app, int indicator, int year, int period, decimal value,
        string unit = Hsn, Gender gender = Gender.Total) =>
        app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var orgUnit = await db.OrgUnits.SingleAsync(u => u.Name == unit);
            db.IndicatorValues.Add(new IndicatorValue
            {
                OrganisationId = orgUnit.OrganisationId, IndicatorId = indicator, OrgUnitId = orgUnit.Id, Year = year,
                Period = period, Gender = gender, Value = value, Source = IndicatorSource.Manual,
            });
            return await db.SaveChangesAsync();
        });

    public static Task<List<IndicatorValue>> ValuesAsync(this StyrkedjaFactory app, int indicator) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.Where(v => v.IndicatorId == indicator)
            .OrderBy(v => v.Year).ThenBy(v => v.Period).ThenBy(v => v.Gender).ToListAsync());

    public static Task<int> UnitIdAsync(this StyrkedjaFactory app, string name) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.OrgUnits.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>"Cells[3]": the posted name prefix of the grid row of an indicator and gender row.</summary>
    public static string CellOf(IHtmlDocument grid, int indicator, Gender gender = Gender.Total)
    {
        var row = grid.QuerySelectorAll("#value-grid tbody tr").Single(tr =>
            tr.QuerySelector("input[name$='.IndicatorId']")?.GetAttribute("value") == indicator.ToString() &&
            tr.QuerySelector("input[name$='.Gender']")?.GetAttribute("value") == gender.ToString());
        var name = row.QuerySelector("input[name$='.IndicatorId']")!.GetAttribute("name")!;
        return name[..name.IndexOf('.')];
    }

    /// <summary>The table row of an indicator (and gender row) in the grid, found by its link and label.</summary>
    public static AngleSharp.Dom.IElement RowOf(IHtmlDocument grid, int indicator, string? genderLabel = null) =>
        grid.QuerySelectorAll("#value-grid tbody tr").Single(tr =>
            tr.QuerySelector($"a[href='/Indicators/Details/{indicator}']") is not null &&
            (genderLabel is null || tr.QuerySelector("th")!.TextContent.Contains(genderLabel)));
}
