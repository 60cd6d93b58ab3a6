using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>Swedish names of the indicator enums.</summary>
public static class IndicatorLabels
{
    public static string For(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => IndicatorText.DirectionHigher,
        IndicatorDirection.LowerIsBetter => IndicatorText.DirectionLower,
        _ => IndicatorText.DirectionNeutral,
    };

    public static string For(IndicatorScope scope) =>
        scope == IndicatorScope.RegionWide ? IndicatorText.ScopeRegionWide : IndicatorText.ScopeUnitOwn;

    public static string For(IndicatorSource source) => source switch
    {
        IndicatorSource.Kolada => IndicatorText.SourceKolada,
        IndicatorSource.Api => IndicatorText.SourceApi,
        _ => IndicatorText.SourceManual,
    };

    /// <summary>"Kolada (N79173)" when bound to a KPI, else the source's name.</summary>
    public static string SourceOf(Indicator indicator) =>
        string.IsNullOrEmpty(indicator.KoladaKpiId) ? For(indicator.Source) : $"{For(indicator.Source)} ({indicator.KoladaKpiId})";
}
