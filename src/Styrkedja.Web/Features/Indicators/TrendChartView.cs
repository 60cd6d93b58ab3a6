using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>What the <c>_TrendChart</c> partial draws: the chart, its indicator (for number format) and what it shows.</summary>
public sealed record TrendChartView(TrendChart Chart, Indicator Indicator, string Subject)
{
    /// <summary>Series differ by dash pattern and marker as well as colour, so no one needs to tell colours apart.</summary>
    public static readonly string[] Dashes = ["none", "8 4", "2 4"];

    public static readonly string[] Markers = ["circle", "square", "diamond"];

    public string Cell(decimal? value) => value is { } v ? ValueRules.Format(Indicator, v) : "–";
}
