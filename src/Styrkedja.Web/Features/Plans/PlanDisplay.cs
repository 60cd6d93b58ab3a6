using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>How the plan page writes the values of a plan's content (sv-SE).</summary>
public static class PlanDisplay
{
    /// <summary>"2026-03-31", or nothing.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";

    /// <summary>The målvärde with the indicator's decimals and measure unit, as everywhere else ("90,0 %").</summary>
    public static string Target(PlanIndicator indicator) => indicator.Target is { } target
        ? ValueRules.Format(new Indicator { Name = indicator.Name, Decimals = indicator.Decimals, MeasureUnit = indicator.MeasureUnit }, target)
        : PlanText.NoTarget;

    /// <summary>"Mål och budget 2026–2028".</summary>
    public static string YearSpan(PlanContent content) => $"{content.Year}–{content.LastPlanYear}";
}
