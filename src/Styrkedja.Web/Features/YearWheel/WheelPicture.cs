using System.Globalization;
using System.Xml.Linq;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>
/// The årshjul as SVG: twelve month sectors with their names around, the year in the centre, and one ring per
/// body with its items as markers at their dates' angles. The one drawing used by the page, the print page and
/// the Word file (through LibreOffice, which is why colours are attributes and not the site's CSS). Built with
/// XElement, so every name is escaped.
/// </summary>
public static class WheelPicture
{
    /// <summary>The bodies from the outermost ring inwards, each with its colour (contrast ≥ 4.5:1 on white) and the colour's name for the legend.</summary>
    public static readonly IReadOnlyList<(ProcessBody Body, string Colour, string ColourName)> Rings =
    [
        (ProcessBody.Assembly, "#0b4f7c", YearWheelText.ColourDarkBlue),
        (ProcessBody.Board, "#8a3b12", YearWheelText.ColourRust),
        (ProcessBody.Committee, "#2f6b1f", YearWheelText.ColourGreen),
        (ProcessBody.Administration, "#6a1b9a", YearWheelText.ColourPurple),
        (ProcessBody.RegionalStaff, "#4a4a4a", YearWheelText.ColourGrey),
    ];

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double Centre = 500, Hub = 160, Outer = 440, LabelRadius = 472, MarkerRadius = 14;
    private static readonly double RingWidth = (Outer - Hub) / Rings.Count;

    /// <param name="pixels">Width and height for a picture file; null lets the page's CSS size it.</param>
    /// <remarks>
    /// The markers carry a tooltip but no links: the picture is role="img", where links would be nested
    /// interactive content; keyboard and screen-reader users have the list beside it, with the same steps.
    /// </remarks>
    public static string Draw(int year, IReadOnlyList<WheelEntry> entries, int? pixels = null)
    {
        var svg = new XElement(Svg + "svg",
            new XAttribute("viewBox", "-70 -10 1140 1020"), new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "wheel-title wheel-desc"), new XAttribute("font-family", "Arial, Helvetica, sans-serif"),
            new XElement(Svg + "title", new XAttribute("id", "wheel-title"), string.Format(YearWheelText.WheelTitle, year)),
            new XElement(Svg + "desc", new XAttribute("id", "wheel-desc"), string.Format(YearWheelText.WheelDescription, year, entries.Count)),
            new XElement(Svg + "rect", new XAttribute("x", -70), new XAttribute("y", -10), new XAttribute("width", 1140),
                new XAttribute("height", 1020), new XAttribute("fill", "#ffffff")));
        if (pixels is { } size)
        {
            svg.Add(new XAttribute("width", size * 1140 / 1020), new XAttribute("height", size));
        }
        svg.Add(Months(year), RingsAndHub(year), Markers(year, entries));
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Angle in degrees, clockwise from twelve o'clock, of a moment of the year (0 = 1 January, 00:00).</summary>
    private static double Angle(int year, double dayOfYear) => 360 * dayOfYear / (DateTime.IsLeapYear(year) ? 366 : 365);

    private static double DayAngle(DateOnly date) => Angle(date.Year, date.DayOfYear - 0.5);

    private static (double X, double Y) Point(double angle, double radius)
    {
        var radians = angle * Math.PI / 180;
        return (Centre + radius * Math.Sin(radians), Centre - radius * Math.Cos(radians));
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Alternately shaded month sectors, their borders, and the month names outside the rings.</summary>
    private static IEnumerable<XElement> Months(int year)
    {
        for (var month = 1; month <= 12; month++)
        {
            var start = Angle(year, new DateOnly(year, month, 1).DayOfYear - 1);
            var end = month == 12 ? 360 : Angle(year, new DateOnly(year, month + 1, 1).DayOfYear - 1);
            var (x1, y1) = Point(start, Outer);
            var (x2, y2) = Point(end, Outer);
            var (x3, y3) = Point(end, Hub);
            var (x4, y4) = Point(start, Hub);
            yield return new XElement(Svg + "path",
                new XAttribute("d", $"M{F(x1)},{F(y1)} A{F(Outer)},{F(Outer)} 0 0 1 {F(x2)},{F(y2)} L{F(x3)},{F(y3)} A{F(Hub)},{F(Hub)} 0 0 0 {F(x4)},{F(y4)} Z"),
                new XAttribute("fill", month % 2 == 0 ? "#eef1f4" : "#ffffff"), new XAttribute("stroke", "#8a939c"), new XAttribute("stroke-width", 1));
            var (lx, ly) = Point((start + end) / 2, LabelRadius);
            yield return new XElement(Svg + "text", new XAttribute("class", "month"),
                new XAttribute("x", F(lx)), new XAttribute("y", F(ly + 9)), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-size", 26), new XAttribute("font-weight", "bold"), new XAttribute("fill", "#1a1a1a"),
                ModelMonths.Name(month));
        }
    }

    /// <summary>A thin circle per ring border in the ring's colour, and the year in the hub.</summary>
    private static IEnumerable<XElement> RingsAndHub(int year)
    {
        for (var i = 0; i < Rings.Count; i++)
            yield return new XElement(Svg + "circle", new XAttribute("cx", F(Centre)), new XAttribute("cy", F(Centre)),
                new XAttribute("r", F(Outer - (i + 0.5) * RingWidth)), new XAttribute("fill", "none"),
                new XAttribute("stroke", Rings[i].Colour), new XAttribute("stroke-width", 2), new XAttribute("stroke-dasharray", "2 6"));
        yield return new XElement(Svg + "circle", new XAttribute("cx", F(Centre)), new XAttribute("cy", F(Centre)),
            new XAttribute("r", F(Hub)), new XAttribute("fill", "#ffffff"), new XAttribute("stroke", "#8a939c"));
        yield return new XElement(Svg + "text", new XAttribute("x", F(Centre)), new XAttribute("y", F(Centre + 30)),
            new XAttribute("text-anchor", "middle"), new XAttribute("font-size", 96), new XAttribute("font-weight", "bold"),
            new XAttribute("fill", "#1a1a1a"), year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// One marker per item on its body's ring. Items close in time are spread along the ring so that every
    /// marker stays visible; a done item carries a tick.
    /// </summary>
    private static IEnumerable<XElement> Markers(int year, IReadOnlyList<WheelEntry> entries)
    {
        for (var i = 0; i < Rings.Count; i++)
        {
            var radius = Outer - (i + 0.5) * RingWidth;
            var minimumGap = 180 / Math.PI * (2 * MarkerRadius + 2) / radius;
            var previous = double.NegativeInfinity;
            foreach (var entry in entries.Where(e => e.Item.Body == Rings[i].Body && e.Item.Date.Year == year))
            {
                var angle = Math.Max(DayAngle(entry.Item.Date), previous + minimumGap);
                previous = angle;
                yield return Marker(entry, Point(angle, radius), Rings[i].Colour);
            }
        }
    }

    private static XElement Marker(WheelEntry entry, (double X, double Y) at, string colour)
    {
        var title = string.Format(YearWheelText.MarkerTitle, entry.DateText, entry.Item.Name, Labels.For(entry.Item.Body), Labels.For(entry.State));
        var shape = new List<XElement>
        {
            new(Svg + "circle", new XAttribute("class", "marker"), new XAttribute("cx", F(at.X)), new XAttribute("cy", F(at.Y)),
                new XAttribute("r", F(MarkerRadius)), new XAttribute("fill", colour), new XAttribute("stroke", "#ffffff"),
                new XAttribute("stroke-width", 2)),
        };
        if (entry.State == YearWheelState.Done)
            shape.Add(new XElement(Svg + "path", new XAttribute("d", $"M{F(at.X - 7)},{F(at.Y)} l5,5 l9,-10"),
                new XAttribute("fill", "none"), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", 3)));
        return new XElement(Svg + "g", new XElement(Svg + "title", title), shape);
    }
}
