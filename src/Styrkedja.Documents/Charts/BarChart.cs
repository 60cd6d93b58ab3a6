namespace Styrkedja.Documents.Charts;

/// <summary>One series of a bar chart: a name for the legend and one value per category.</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values);

/// <summary>
/// A bar chart's data: categories along the x axis, one bar per series in each category (grouped) or
/// the series on top of each other (stacked). Both the PNG renderer for Word and the web page's SVG
/// read their geometry from <see cref="Scale"/>, so the two pictures of the same figures agree.
/// </summary>
public sealed record BarChart(string Title, string ValueAxisLabel, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series,
    bool Stacked = false)
{
    /// <summary>The highest bar: the largest value, or the largest category sum when stacked.</summary>
    public double MaxBar => Categories.Count == 0 || Series.Count == 0
        ? 0
        : Stacked
            ? Enumerable.Range(0, Categories.Count).Max(c => Series.Sum(s => Value(s, c)))
            : Series.Max(s => s.Values.DefaultIfEmpty(0).Max());

    /// <summary>The value axis: the step between grid lines (1, 2 or 5 × 10ⁿ, at most five steps) and the top at or above the highest bar.</summary>
    public (double Top, double Step) Scale()
    {
        var max = Math.Max(MaxBar, 1);
        var step = Steps().First(s => max / s <= 5);
        return (Math.Ceiling(max / step) * step, step);
    }

    private static IEnumerable<double> Steps()
    {
        for (var magnitude = 1d; ; magnitude *= 10)
            foreach (var factor in new[] { 1, 2, 5 })
                yield return factor * magnitude;
    }

    /// <summary>A series' value in a category; a missing or negative value draws no bar.</summary>
    public static double Value(BarSeries series, int category) =>
        category < series.Values.Count ? Math.Max(series.Values[category], 0) : 0;
}
