using System.Globalization;
using System.Text;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>One line of the chart: a value (or a gap) per period.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// The geometry of the server-rendered trend chart: scales, tick values, line paths and point positions in
/// SVG user units. Pure and free of markup, so that the drawing is tested here and the partial only
/// places elements. Gaps (periods without a value) break a line instead of bridging it, so a missing report
/// is not drawn as if it had been made.
/// </summary>
public sealed class TrendChart
{
    public const double Width = 720;
    public const double Height = 320;
    public const double Left = 72;
    public const double Right = 16;
    public const double Top = 16;
    public const double Bottom = 48;

    private readonly decimal _low;
    private readonly decimal _high;

    public TrendChart(IReadOnlyList<string> periods, IReadOnlyList<ChartSeries> series, IReadOnlyList<decimal?> targets)
    {
        Periods = periods;
        Series = series;
        Targets = targets;
        var numbers = series.SelectMany(s => s.Values).Concat(targets).OfType<decimal>().ToList();
        IsEmpty = numbers.Count == 0;
        Ticks = IsEmpty ? [0m, 1m] : NiceTicks(numbers.Min(), numbers.Max());
        _low = Ticks[0];
        _high = Ticks[^1];
    }

    public IReadOnlyList<string> Periods { get; }
    public IReadOnlyList<ChartSeries> Series { get; }
    public IReadOnlyList<decimal?> Targets { get; }
    public IReadOnlyList<decimal> Ticks { get; }
    public bool IsEmpty { get; }
    public bool HasTargets => Targets.Any(t => t is not null);

    public static double PlotWidth => Width - Left - Right;
    public static double PlotHeight => Height - Top - Bottom;
    public static double Bottomline => Top + PlotHeight;

    /// <summary>The horizontal position of a period; one period alone sits in the middle.</summary>
    public double X(int index) => Periods.Count <= 1
        ? Left + PlotWidth / 2
        : Left + index * PlotWidth / (Periods.Count - 1);

    public double Y(decimal value) => Top + (double)((_high - value) / (_high - _low)) * PlotHeight;

    /// <summary>Half the distance between two periods: how far a target step reaches to each side.</summary>
    private double HalfStep => Periods.Count <= 1 ? PlotWidth / 2 : PlotWidth / (Periods.Count - 1) / 2;

    /// <summary>
    /// About <paramref name="count"/> round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) from at or
    /// below <paramref name="min"/> to at or above <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<decimal> NiceTicks(decimal min, decimal max, int count = 5)
    {
        if (min == max)
        {
            min -= min == 0 ? 0 : Math.Abs(min) / 10;
            max += max == 0 ? 1 : Math.Abs(max) / 10;
        }
        var raw = (max - min) / (count - 1);
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var step = new[] { 1m, 2m, 2.5m, 5m, 10m }.Select(f => f * magnitude).First(s => s >= raw);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        var ticks = new List<decimal>();
        for (var tick = low; tick <= high; tick += step)
            ticks.Add(tick);
        return ticks;
    }

    /// <summary>The points of a series that have a value.</summary>
    public IEnumerable<(int Index, double X, double Y)> Points(IReadOnlyList<decimal?> values)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } value)
                yield return (i, X(i), Y(value));
    }

    /// <summary>An SVG path through the values; a missing value starts a new piece.</summary>
    public string LinePath(IReadOnlyList<decimal?> values)
    {
        var path = new StringBuilder();
        var drawing = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                drawing = false;
                continue;
            }
            path.Append(drawing ? " L" : path.Length == 0 ? "M" : " M").Append(Coordinates(X(i), Y(value)));
            drawing = true;
        }
        return path.ToString();
    }

    /// <summary>
    /// The target as steps: each period's target is a level line across its period, joined while it stays
    /// the same (a target holds for a year, so a year is one flat step).
    /// </summary>
    public string TargetPath()
    {
        var path = new StringBuilder();
        decimal? previous = null;
        for (var i = 0; i < Targets.Count; i++)
        {
            var from = Math.Max(Left, X(i) - HalfStep);
            var to = Math.Min(Width - Right, X(i) + HalfStep);
            if (Targets[i] is { } target)
            {
                if (previous != target)
                    path.Append(path.Length == 0 ? "M" : " M").Append(Coordinates(from, Y(target)));
                path.Append(" H").Append(Number(to));
            }
            previous = Targets[i];
        }
        return path.ToString();
    }

    /// <summary>Which periods get a label under the axis: all of them up to 12, then evenly spaced.</summary>
    public IEnumerable<int> LabelledPeriods()
    {
        var every = Math.Max(1, (int)Math.Ceiling(Periods.Count / 12.0));
        return Enumerable.Range(0, Periods.Count).Where(i => i % every == 0);
    }

    /// <summary>SVG numbers are written with a decimal point whatever the page's culture.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Coordinates(double x, double y) => $"{Number(x)},{Number(y)}";
}
