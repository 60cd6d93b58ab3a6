using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Tests.Features.Indicators;

public class TrendChartTests
{
    private static TrendChart Chart(decimal?[] values, decimal?[]? targets = null) =>
        new(values.Select((_, i) => $"P{i + 1}").ToList(), [new ChartSeries("Totalt", values)],
            targets ?? values.Select(_ => (decimal?)null).ToArray());

    [Theory]
    [InlineData(3, 97, 0, 100, 25)]
    [InlineData(0.12, 0.87, 0, 1, 0.2)]
    [InlineData(-12, -7, -12, -6, 2)]
    [InlineData(1150, 1290, 1150, 1300, 50)]
    public void Ticks_are_round_steps_that_enclose_the_values(double min, double max, double low, double high, double step)
    {
        var ticks = TrendChart.NiceTicks((decimal)min, (decimal)max);

        Assert.Equal((decimal)low, ticks[0]);
        Assert.Equal((decimal)high, ticks[^1]);
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.Equal((decimal)step, pair.Second - pair.First));
    }

    [Fact]
    public void A_single_value_still_gets_a_range_around_it()
    {
        var ticks = TrendChart.NiceTicks(50, 50);

        Assert.True(ticks[0] < 50 && ticks[^1] > 50);
    }

    [Fact]
    public void Higher_values_are_drawn_higher_up_and_the_axis_spans_the_plot()
    {
        var chart = Chart([0, 50, 100]);

        Assert.Equal(TrendChart.Top, chart.Y(100), 3);
        Assert.Equal(TrendChart.Bottomline, chart.Y(0), 3);
        Assert.Equal(TrendChart.Left, chart.X(0), 3);
        Assert.Equal(TrendChart.Width - TrendChart.Right, chart.X(2), 3);
        Assert.True(chart.Y(50) < chart.Y(0));
    }

    [Fact]
    public void A_missing_value_breaks_the_line_instead_of_bridging_it()
    {
        var chart = Chart([10, 20, null, 30]);

        var path = chart.LinePath(chart.Series[0].Values);

        Assert.Equal(2, path.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(3, chart.Points(chart.Series[0].Values).Count());
    }

    [Fact]
    public void Svg_numbers_use_a_decimal_point_whatever_the_culture()
    {
        var chart = Chart([1.5m, 2.25m]);

        var path = chart.LinePath(chart.Series[0].Values);

        Assert.Matches(@"^M[0-9.]+,[0-9.]+ L[0-9.]+,[0-9.]+$", path);
    }

    [Fact]
    public void A_target_that_holds_for_several_periods_is_one_flat_step()
    {
        var chart = Chart([10, 20, 30, 40], [25, 25, 35, 35]);

        var path = chart.TargetPath();

        Assert.Equal(2, path.Count(c => c == 'M'));
        Assert.Equal(4, path.Count(c => c == 'H'));
        Assert.True(chart.HasTargets);
    }

    [Fact]
    public void Without_any_number_the_chart_is_empty()
    {
        var chart = Chart([null, null]);

        Assert.True(chart.IsEmpty);
        Assert.Equal("", chart.LinePath(chart.Series[0].Values));
    }

    [Fact]
    public void Long_series_label_about_twelve_periods()
    {
        var chart = Chart(Enumerable.Range(0, 36).Select(i => (decimal?)i).ToArray());

        var labelled = chart.LabelledPeriods().ToList();

        Assert.Equal(12, labelled.Count);
        Assert.Equal([0, 3, 6], labelled.Take(3));
    }
}
