using System.Globalization;
using SkiaSharp;

namespace Styrkedja.Documents.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as a PNG for Word: title, value axis with grid lines and label,
/// category labels, bars and a legend. Text is drawn with the machine's default typeface; where the
/// machine has no font at all (a bare container) the picture is drawn without text, and the caller's
/// alt text and table beside it carry the numbers, as they must for screen readers anyway.
/// </summary>
public static class BarChartPng
{
    // Colours with at least 3:1 contrast on white (WCAG 1.4.11), told apart by lightness as well as hue.
    private static readonly SKColor[] Palette =
        [new(0x0B, 0x4F, 0x7C), new(0xC4, 0x6A, 0x1B), new(0x3D, 0x5A, 0x1E), new(0x6B, 0x6B, 0x6B), new(0x7B, 0x2D, 0x6E)];

    private const int Left = 90, Right = 24, Top = 56, Bottom = 120;

    private static readonly Lazy<SKTypeface?> Typeface = new(FindTypeface);

    /// <summary>Whether the pictures carry text on this machine (a typeface with Latin and Swedish letters was found).</summary>
    public static bool DrawsText => Typeface.Value is not null;

    public static byte[] Render(BarChart chart, int width = 1200, int height = 600)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var font = new SKFont(Typeface.Value ?? SKTypeface.Default, 20);
        using var ink = new SKPaint { Color = new SKColor(0x1A, 0x1A, 0x1A), IsAntialias = true };
        using var grid = new SKPaint { Color = new SKColor(0xD0, 0xD0, 0xD0), StrokeWidth = 1, IsAntialias = true };

        var plot = new SKRect(Left, Top, width - Right, height - Bottom);
        var (top, step) = chart.Scale();
        Text(canvas, chart.Title, width / 2f, 34, SKTextAlign.Center, font, ink, size: 26);
        for (var value = 0d; value <= top; value += step)
        {
            var y = plot.Bottom - (float)(value / top) * plot.Height;
            canvas.DrawLine(plot.Left, y, plot.Right, y, grid);
            Text(canvas, value.ToString("N0", CultureInfo.GetCultureInfo("sv-SE")), plot.Left - 10, y + 7, SKTextAlign.Right, font, ink);
        }
        canvas.Save();
        canvas.RotateDegrees(-90, 24, plot.MidY);
        Text(canvas, chart.ValueAxisLabel, 24, plot.MidY, SKTextAlign.Center, font, ink);
        canvas.Restore();

        Bars(canvas, chart, plot, top, font, ink);
        canvas.DrawLine(plot.Left, plot.Bottom, plot.Right, plot.Bottom, ink);
        Legend(canvas, chart, new SKPoint(plot.Left, height - 30), font, ink);

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Bars(SKCanvas canvas, BarChart chart, SKRect plot, double top, SKFont font, SKPaint ink)
    {
        if (chart.Categories.Count == 0)
            return;
        var slot = plot.Width / chart.Categories.Count;
        var barsPerSlot = chart.Stacked ? 1 : Math.Max(chart.Series.Count, 1);
        var barWidth = slot * 0.7f / barsPerSlot;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x = plot.Left + c * slot + slot * 0.15f;
            var baseY = plot.Bottom;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var height = (float)(BarChart.Value(chart.Series[s], c) / top) * plot.Height;
                using var fill = new SKPaint { Color = Palette[s % Palette.Length], IsAntialias = true };
                var left = chart.Stacked ? x : x + s * barWidth;
                canvas.DrawRect(new SKRect(left, baseY - height, left + barWidth, baseY), fill);
                if (chart.Stacked)
                    baseY -= height;
            }
            Text(canvas, chart.Categories[c], plot.Left + (c + 0.5f) * slot, plot.Bottom + 28, SKTextAlign.Center, font, ink);
        }
    }

    private static void Legend(SKCanvas canvas, BarChart chart, SKPoint at, SKFont font, SKPaint ink)
    {
        var x = at.X;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            using var fill = new SKPaint { Color = Palette[s % Palette.Length], IsAntialias = true };
            canvas.DrawRect(new SKRect(x, at.Y - 16, x + 20, at.Y + 4), fill);
            var name = chart.Series[s].Name;
            Text(canvas, name, x + 28, at.Y, SKTextAlign.Left, font, ink);
            x += 28 + (DrawsText ? font.MeasureText(name) : 0) + 32;
        }
    }

    private static void Text(SKCanvas canvas, string text, float x, float y, SKTextAlign align, SKFont font, SKPaint ink, float? size = null)
    {
        if (!DrawsText || string.IsNullOrEmpty(text))
            return;
        var normal = font.Size;
        if (size is { } larger)
            font.Size = larger;
        canvas.DrawText(text, x, y, align, font, ink);
        font.Size = normal;
    }

    /// <summary>A sans-serif typeface that has the letters the charts need; null when the machine has none.</summary>
    private static SKTypeface? FindTypeface()
    {
        foreach (var family in new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "sans-serif" })
        {
            var typeface = SKTypeface.FromFamilyName(family) ?? SKTypeface.Default;
            if (typeface.GlyphCount > 0 && typeface.ContainsGlyphs("Aåäö019"))
                return typeface;
        }
        return null;
    }
}
