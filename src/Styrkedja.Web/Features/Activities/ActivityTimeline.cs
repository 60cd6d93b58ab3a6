using System.Globalization;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Activities;

/// <summary>
/// The geometry of a unit's activity timeline (Gantt-like) over one planning year: twelve equal month
/// columns, one row per dated activity, its bar from the start of its first day to the end of its last,
/// clipped to the year. Pure and free of markup, so that positions are tested here and the partial only
/// places elements. An activity needs both dates to get a bar; one wholly outside the year gets none.
/// </summary>
public sealed class ActivityTimeline
{
    public const double Width = 960;
    public const double LabelWidth = 240;
    public const double StatusWidth = 150;
    public const double AxisHeight = 32;
    public const double RowHeight = 30;
    public const double BarHeight = 18;
    public const double ProgressHeight = 6;
    public const double FootHeight = 22;

    /// <summary>Longest activity title drawn beside its bar; the table carries the whole title.</summary>
    public const int LabelLength = 34;

    public sealed record Bar(Activity Activity, int Row, double X, double Y, double Width, double ProgressWidth)
    {
        public double End => X + Width;
        public double Middle => Y + BarHeight / 2;
        public double ProgressY => Y + (BarHeight - ProgressHeight) / 2;
    }

    public ActivityTimeline(int year, IEnumerable<Activity> activities, DateOnly today)
    {
        Year = year;
        var bars = new List<Bar>();
        foreach (var activity in activities)
            if (BarFor(activity, bars.Count) is { } bar)
                bars.Add(bar);
        Bars = bars;
        TodayX = today.Year == year ? X(today) : null;
    }

    public int Year { get; }
    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>Where the "today" line is drawn; null when today is not in the year.</summary>
    public double? TodayX { get; }

    public static double Left => LabelWidth;
    public static double Right => Width - StatusWidth;
    public static double MonthWidth => (Right - Left) / 12;
    public double Bottom => AxisHeight + Math.Max(1, Bars.Count) * RowHeight;
    public double Height => Bottom + FootHeight;

    /// <summary>The left edge of a month's column (1–12); 13 is the right edge of December.</summary>
    public static double MonthX(int month) => Left + (month - 1) * MonthWidth;

    /// <summary>The start of a day; a day before the year is the left edge, a day after it the right edge.</summary>
    public double X(DateOnly day)
    {
        if (day.Year < Year)
            return Left;
        if (day.Year > Year)
            return Right;
        var intoMonth = (day.Day - 1) / (double)DateTime.DaysInMonth(day.Year, day.Month);
        return MonthX(day.Month) + intoMonth * MonthWidth;
    }

    /// <summary>The bar of an activity with both dates that touches the year, else null.</summary>
    public Bar? BarFor(Activity activity, int row)
    {
        if (activity is not { StartsOn: { } start, EndsOn: { } end } || end < start || end.Year < Year || start.Year > Year)
            return null;
        var x = X(start);
        var width = X(end.AddDays(1)) - x;
        var progress = width * Math.Clamp(activity.ProgressPercent, 0, 100) / 100;
        return new Bar(activity, row, x, AxisHeight + row * RowHeight + (RowHeight - BarHeight) / 2, width, progress);
    }

    /// <summary>"jan" … "dec", as sv-SE abbreviates them.</summary>
    public static string MonthName(int month) =>
        Sv.DateTimeFormat.AbbreviatedMonthNames[month - 1].TrimEnd('.');

    public static string Label(string title) =>
        title.Length <= LabelLength ? title : title[..(LabelLength - 1)].TrimEnd() + "…";

    /// <summary>SVG numbers are written with a decimal point whatever the page's culture.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");
}
