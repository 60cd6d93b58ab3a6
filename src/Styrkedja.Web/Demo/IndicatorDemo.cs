using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Demo;

/// <summary>
/// An example indicator of a demo organisation: its catalogue entry, the units that report it, a trend
/// for the generated values (start value two years ago and change per year), the organisation's target
/// and the goals it measures (by title).
/// </summary>
internal sealed record DemoIndicator(
    string Name, string Unit, int Decimals, IndicatorDirection Direction, string Category, Periodicity Periodicity,
    string Owner, string[] Adopters, decimal Start, decimal YearlyChange, decimal Target, string Definition, string[] Goals)
{
    public bool ByGender { get; init; }
    public bool UnitOwn { get; init; }
    public string? Kpi { get; init; }
    public decimal? Min { get; init; }
    public decimal Tolerance { get; init; } = 5;
}

/// <summary>
/// Seeds a demo organisation's indicators: catalogue, adoptions, three years of values up to the last
/// finished period, organisation and unit targets, goal links, and Kolada figures for the bound KPIs
/// (own and peers, made up) so that comparisons work offline. All of it is example data.
/// </summary>
internal sealed class IndicatorDemo(DemoSeeder seed)
{
    private static readonly Dictionary<string, string> KoladaNames = new()
    {
        ["0000"] = "Riket", ["0010"] = "Region Blekinge", ["0012"] = "Region Skåne", ["0013"] = "Region Halland",
    };

    public async Task SeedAsync(Organisation org, string koladaId, string[] peerIds, IReadOnlyList<DemoIndicator> indicators)
    {
        var db = seed.Db;
        org.KoladaId = koladaId;
        org.KoladaPeerIds = string.Join(",", peerIds);
        var units = db.OrgUnits.ToDictionary(u => u.Name);
        var categories = db.Perspectives.Where(p => p.ForIndicators).ToDictionary(p => p.Name);
        var goals = db.Goals.ToList();
        // A fixed seed per organisation: the same demo every time, with a little noise so that some values miss.
        var random = new Random(int.Parse(koladaId));
        var now = seed.Clock.GetLocalNow();

        foreach (var demo in indicators)
        {
            var indicator = new Indicator
            {
                OrganisationId = org.Id, Name = demo.Name, Definition = demo.Definition + "\n\n*(Exempeldata.)*",
                MeasureUnit = demo.Unit, Decimals = demo.Decimals, Direction = demo.Direction,
                PerspectiveId = categories[demo.Category].Id,
                Scope = demo.UnitOwn ? IndicatorScope.UnitOwn : IndicatorScope.RegionWide,
                OwnerUnitId = units[demo.Owner].Id, ResponsiblePerson = "Exempel Exempelsson",
                Periodicity = demo.Periodicity, ByGender = demo.ByGender,
                Source = demo.Kpi is null ? IndicatorSource.Manual : IndicatorSource.Kolada, KoladaKpiId = demo.Kpi,
                MinValue = demo.Min, TolerancePercent = demo.Tolerance,
            };
            var adopters = (demo.UnitOwn ? demo.Adopters.Prepend(demo.Owner) : demo.Adopters).Distinct().Select(n => units[n]).ToList();
            foreach (var unit in adopters)
                indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = org.Id, OrgUnitId = unit.Id });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();

            for (var year = seed.CurrentYear - 2; year <= seed.CurrentYear; year++)
            {
                var yearsIn = year - (seed.CurrentYear - 2);
                db.TargetValues.Add(Target(indicator, year, null, demo.Target));
                // The first reporting unit has a stretch target of its own.
                db.TargetValues.Add(Target(indicator, year, adopters[0].Id, demo.Target + demo.YearlyChange / 2));
                for (var u = 0; u < adopters.Count; u++)
                    foreach (var period in ReportingPeriods.All(demo.Periodicity).Where(p => IsFinished(demo.Periodicity, year, p, now)))
                    {
                        var periodsIn = yearsIn + (period - 1m) / ReportingPeriods.CountPerYear(demo.Periodicity);
                        var trend = demo.Start + demo.YearlyChange * periodsIn;
                        var total = Noisy(indicator, trend * (1 + 0.02m * u), random);
                        db.IndicatorValues.Add(Value(indicator, adopters[u], year, period, Gender.Total, total));
                        if (!demo.ByGender)
                            continue;
                        var gap = Math.Abs(total) * 0.06m;
                        db.IndicatorValues.Add(Value(indicator, adopters[u], year, period, Gender.Women, Noisy(indicator, total + gap, random)));
                        db.IndicatorValues.Add(Value(indicator, adopters[u], year, period, Gender.Men, Noisy(indicator, total - gap, random)));
                    }
            }
            foreach (var goal in goals.Where(g => demo.Goals.Contains(g.Title)))
                db.GoalIndicators.Add(new GoalIndicator { OrganisationId = org.Id, GoalId = goal.Id, IndicatorId = indicator.Id });
            if (demo.Kpi is { } kpi)
                AddKoladaValues(org, kpi, demo, [koladaId, .. peerIds], random, now.UtcDateTime);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>A period counts once it has ended: last month's values are in, this month's are not yet.</summary>
    private static bool IsFinished(Periodicity periodicity, int year, int period, DateTimeOffset now) =>
        year < now.Year || ReportingPeriods.LastMonth(periodicity, period) < now.Month;

    private static decimal Noisy(Indicator indicator, decimal value, Random random)
    {
        var noisy = value * (1 + (decimal)(random.NextDouble() - 0.5) * 0.08m);
        // Demo values obey the indicator's own rules; a quantity without a lower bound is still never negative.
        var low = indicator.MinValue ?? (value < 0 ? decimal.MinValue : 0);
        var bounded = Math.Clamp(noisy, low, ValueRules.EffectiveMax(indicator) ?? decimal.MaxValue);
        return decimal.Round(bounded, indicator.Decimals);
    }

    private static TargetValue Target(Indicator indicator, int year, int? unitId, decimal value) => new()
    {
        OrganisationId = indicator.OrganisationId, IndicatorId = indicator.Id, Year = year, OrgUnitId = unitId,
        Value = decimal.Round(value, indicator.Decimals),
    };

    private static IndicatorValue Value(Indicator indicator, OrgUnit unit, int year, int period, Gender gender, decimal value) => new()
    {
        OrganisationId = indicator.OrganisationId, IndicatorId = indicator.Id, OrgUnitId = unit.Id, Year = year,
        Period = period, Gender = gender, Value = value, Source = indicator.Source,
    };

    /// <summary>Made-up Kolada figures for the three last full years, the organisation's own and its peers'.</summary>
    private void AddKoladaValues(Organisation org, string kpi, DemoIndicator demo, string[] municipalities, Random random, DateTime fetchedAt)
    {
        foreach (var municipality in municipalities)
            for (var year = seed.CurrentYear - 3; year < seed.CurrentYear; year++)
            {
                var value = demo.Start + demo.YearlyChange * (year - seed.CurrentYear + 2) + (decimal)(random.NextDouble() - 0.5) * Math.Abs(demo.Start) * 0.1m;
                seed.Db.KoladaValues.Add(new KoladaValue
                {
                    OrganisationId = org.Id, KpiId = kpi, MunicipalityId = municipality,
                    MunicipalityName = KoladaNames.GetValueOrDefault(municipality, municipality), Year = year,
                    Gender = Gender.Total, Value = decimal.Round(value, 1), FetchedAt = fetchedAt,
                });
            }
    }
}
