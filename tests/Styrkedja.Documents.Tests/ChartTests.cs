using System.Buffers.Binary;
using SkiaSharp;
using Styrkedja.Documents.Charts;

namespace Styrkedja.Documents.Tests;

/// <summary>The PNG bar chart for Word: a real PNG of the asked size whose bars follow the data.</summary>
public class ChartTests
{
    private static BarChart Chart(bool stacked, params double[][] series) => new(
        "Måluppfyllelse", "Antal mål", ["Uppfyllt", "Delvis", "Ej uppfyllt"],
        series.Select((values, i) => new BarSeries($"Serie {i + 1}", values)).ToList(), stacked);

    /// <summary>Rows of the plot area, from the axis up, where the bar of the category's centre is coloured (not white, not grid grey).</summary>
    private static int BarHeightAt(SKBitmap bitmap, float x)
    {
        var height = 0;
        for (var y = bitmap.Height - 121; y > 56; y--)
        {
            var pixel = bitmap.GetPixel((int)x, y);
            if (pixel.Red == pixel.Green && pixel.Green == pixel.Blue && pixel.Red > 0x60)
                continue;
            height++;
        }
        return height;
    }

    private static float CategoryCentre(int width, int categories, int category, float offsetInSlot)
    {
        var slot = (width - 90 - 24) / (float)categories;
        return 90 + category * slot + offsetInSlot * slot;
    }

    [Fact]
    public void The_chart_is_a_png_of_the_asked_size()
    {
        var png = BarChartPng.Render(Chart(false, [3, 1, 2], [2, 2, 0]), 800, 400);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(800, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(800, bitmap.Width);
    }

    [Fact]
    public void Grouped_bars_differ_in_height_with_the_data()
    {
        using var bitmap = SKBitmap.Decode(BarChartPng.Render(Chart(false, [4, 1, 2]), 900, 500));
        var heights = Enumerable.Range(0, 3).Select(c => BarHeightAt(bitmap, CategoryCentre(900, 3, c, 0.5f))).ToList();
        Assert.True(heights[0] > heights[2] && heights[2] > heights[1] && heights[1] > 0, string.Join(", ", heights));
        // 4 is twice 2: the bars are drawn to scale (a pixel of rounding either way).
        Assert.InRange(heights[0], 2 * heights[2] - 2, 2 * heights[2] + 2);
    }

    [Fact]
    public void Stacked_bars_are_as_high_as_the_category_sums()
    {
        using var bitmap = SKBitmap.Decode(BarChartPng.Render(Chart(true, [1, 3, 0], [1, 1, 2]), 900, 500));
        var heights = Enumerable.Range(0, 3).Select(c => BarHeightAt(bitmap, CategoryCentre(900, 3, c, 0.5f))).ToList();
        // Sums 2, 4 and 2.
        Assert.InRange(heights[1], 2 * heights[0] - 2, 2 * heights[0] + 2);
        Assert.InRange(heights[2], heights[0] - 1, heights[0] + 1);
    }

    [Fact]
    public void The_value_axis_ends_on_a_round_step_at_or_above_the_highest_bar()
    {
        Assert.Equal((4d, 1d), Chart(false, [4, 1, 2]).Scale());
        Assert.Equal((8d, 2d), Chart(false, [7, 1, 2]).Scale());
        Assert.Equal((60d, 20d), Chart(true, [30, 1, 2], [26, 0, 0]).Scale());
        Assert.Equal((1d, 1d), Chart(false, [0, 0, 0]).Scale());
    }

    [Fact]
    public void Text_is_drawn_where_the_machine_has_a_typeface()
    {
        // On a machine without any font the chart carries no text; the alt text and the table carry the numbers.
        if (!BarChartPng.DrawsText)
            return;
        using var bitmap = SKBitmap.Decode(BarChartPng.Render(Chart(false, [0, 0, 0]), 900, 500));
        var titleInk = Enumerable.Range(0, 900).SelectMany(x => Enumerable.Range(5, 40).Select(y => bitmap.GetPixel(x, y)))
            .Count(p => p.Red < 0x80);
        Assert.True(titleInk > 100, $"{titleInk} dark pixels in the title band");
    }
}
