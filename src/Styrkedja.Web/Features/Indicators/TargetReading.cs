using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>How a value moved since the previous period, judged by the indicator's direction.</summary>
public enum Trend
{
    Better,
    Unchanged,
    Worse,
    Up,
    Down,
}

/// <summary>A trend with the way the number itself moved: "lower is better" improves downward.</summary>
public sealed record TrendReading(Trend Trend, int Movement)
{
    /// <summary>↑, ↓ or →: the number's movement, whatever the judgement.</summary>
    public string Symbol => Movement > 0 ? "↑" : Movement < 0 ? "↓" : "→";

    public string Label => TargetReading.Label(Trend);
}

/// <summary>
/// Reads values against targets and goals against their indicators. Pure functions over loaded data,
/// so the grid, the goal page, reports and exports all read the same.
/// </summary>
public static class TargetReading
{
    /// <summary>
    /// Met when the value reaches the target in the desired direction; close when it misses by at most the
    /// indicator's tolerance (percent of the target); otherwise not met. A neutral indicator is met within
    /// the tolerance on either side.
    /// </summary>
    public static TargetStatus StatusOf(Indicator indicator, decimal value, decimal target)
    {
        var tolerance = Math.Abs(target) * indicator.TolerancePercent / 100m;
        var shortfall = indicator.Direction switch
        {
            IndicatorDirection.HigherIsBetter => target - value,
            IndicatorDirection.LowerIsBetter => value - target,
            _ => Math.Abs(value - target) - tolerance,
        };
        if (shortfall <= 0)
            return TargetStatus.Met;
        return shortfall <= tolerance && indicator.Direction != IndicatorDirection.Neutral ? TargetStatus.Close : TargetStatus.NotMet;
    }

    /// <summary>
    /// A value's status against its target and its trend against the previous period's value, each null
    /// when there is nothing to compare with: what every page shows beside a value.
    /// </summary>
    public static (TargetStatus? Status, TrendReading? Trend) Judge(Indicator indicator, decimal? value, decimal? target,
        decimal? previous) => value is not { } v
        ? (null, null)
        : (target is { } t ? StatusOf(indicator, v, t) : null, previous is { } p ? TrendOf(indicator, v, p) : null);

    public static TrendReading TrendOf(Indicator indicator, decimal value, decimal previous)
    {
        var movement = value.CompareTo(previous);
        if (movement == 0)
            return new TrendReading(Trend.Unchanged, 0);
        var rose = movement > 0;
        var trend = indicator.Direction switch
        {
            IndicatorDirection.HigherIsBetter => rose ? Trend.Better : Trend.Worse,
            IndicatorDirection.LowerIsBetter => rose ? Trend.Worse : Trend.Better,
            _ => rose ? Trend.Up : Trend.Down,
        };
        return new TrendReading(trend, movement);
    }

    /// <summary>
    /// A goal's status from its indicators' statuses by the model's rule; null when no indicator has a
    /// reading yet. A manual assessment, when there is one, overrides this (see <see cref="GoalAssessment"/>).
    /// </summary>
    public static TargetStatus? GoalStatus(IReadOnlyCollection<TargetStatus> indicatorStatuses, GoalStatusRule rule, int sharePercent)
    {
        if (indicatorStatuses.Count == 0)
            return null;
        if (rule == GoalStatusRule.ShareMet)
        {
            var metShare = indicatorStatuses.Count(s => s == TargetStatus.Met) * 100m / indicatorStatuses.Count;
            if (metShare >= sharePercent)
                return TargetStatus.Met;
            return indicatorStatuses.All(s => s == TargetStatus.NotMet) ? TargetStatus.NotMet : TargetStatus.Close;
        }
        if (indicatorStatuses.All(s => s == TargetStatus.Met))
            return TargetStatus.Met;
        return indicatorStatuses.Any(s => s == TargetStatus.NotMet) ? TargetStatus.NotMet : TargetStatus.Close;
    }

    /// <summary>Of an indicator's targets for one year, the unit's own wins over the organisation's (no unit).</summary>
    public static decimal? TargetFor(IEnumerable<TargetValue> targetsOfYear, int? unitId) =>
        targetsOfYear.Where(t => (unitId is not null && t.OrgUnitId == unitId) || t.OrgUnitId == null)
            .OrderBy(t => t.OrgUnitId is null).FirstOrDefault()?.Value;

    /// <summary>Text shown with the colour: a status is never told by colour alone.</summary>
    public static string Label(TargetStatus status) => status switch
    {
        TargetStatus.Met => IndicatorText.StatusMet,
        TargetStatus.Close => IndicatorText.StatusClose,
        _ => IndicatorText.StatusNotMet,
    };

    /// <summary>A symbol that carries the status in black and white too: ✓ met, ◐ close, ✗ not met.</summary>
    public static string Symbol(TargetStatus status) => status switch
    {
        TargetStatus.Met => "✓",
        TargetStatus.Close => "◐",
        _ => "✗",
    };

    /// <summary>The CSS class of the status badge (status-met, status-close, status-notmet).</summary>
    public static string CssClass(TargetStatus status) => "status-" + status.ToString().ToLowerInvariant();

    public static string Label(Trend trend) => trend switch
    {
        Trend.Better => IndicatorText.TrendBetter,
        Trend.Worse => IndicatorText.TrendWorse,
        Trend.Up => IndicatorText.TrendUp,
        Trend.Down => IndicatorText.TrendDown,
        _ => IndicatorText.TrendUnchanged,
    };
}
