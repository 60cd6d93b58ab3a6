using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Activities;
using T = Styrkedja.Web.Features.Activities.ActivityTimeline;

namespace Styrkedja.Web.Tests.Features.Activities;

/// <summary>The geometry of the timeline, without a browser: where bars start and end over the months.</summary>
public class ActivityTimelineTests
{
    private const int Year = 2026;

    private static Activity Dated(string title, DateOnly? start, DateOnly? end, int progress = 0) => new()
    {
        Title = title, StartsOn = start, EndsOn = end, ProgressPercent = progress,
    };

    private static T TimelineOf(params Activity[] activities) => new(Year, activities, new DateOnly(Year, 7, 1));

    [Fact]
    public void A_bar_from_1_March_to_30_June_covers_the_March_to_June_columns_exactly()
    {
        var bar = TimelineOf(Dated("Vår", new(Year, 3, 1), new(Year, 6, 30))).Bars.Single();

        Assert.Equal(T.MonthX(3), bar.X, 6);
        Assert.Equal(T.MonthX(7), bar.End, 6);
        Assert.Equal(4 * T.MonthWidth, bar.Width, 6);
    }

    [Fact]
    public void Month_columns_split_the_plot_evenly_from_January_to_the_end_of_December()
    {
        Assert.Equal(T.Left, T.MonthX(1));
        Assert.Equal(T.Right, T.MonthX(13), 6);
        Assert.Equal((T.Right - T.Left) / 12, T.MonthX(2) - T.MonthX(1), 6);
    }

    [Fact]
    public void A_bar_within_a_month_starts_and_ends_at_the_share_of_the_month_passed()
    {
        // 16 April is 15 of April's 30 days in; 15 April ends half-way through the month.
        var bar = TimelineOf(Dated("Halva april", new(Year, 4, 16), new(Year, 4, 30))).Bars.Single();
        Assert.Equal(T.MonthX(4) + T.MonthWidth / 2, bar.X, 6);
        Assert.Equal(T.MonthX(5), bar.End, 6);
    }

    [Fact]
    public void A_one_day_activity_has_the_width_of_that_day()
    {
        var bar = TimelineOf(Dated("En dag", new(Year, 2, 10), new(Year, 2, 10))).Bars.Single();
        Assert.Equal(T.MonthWidth / 28, bar.Width, 6);
    }

    [Fact]
    public void Dates_outside_the_year_are_clipped_to_its_edges()
    {
        var bar = TimelineOf(Dated("Över årsskiftena", new(Year - 1, 10, 1), new(Year + 1, 3, 31))).Bars.Single();
        Assert.Equal(T.Left, bar.X);
        Assert.Equal(T.Right, bar.End, 6);
    }

    [Fact]
    public void Activities_without_both_dates_or_wholly_outside_the_year_get_no_bar_and_take_no_row()
    {
        var timeline = TimelineOf(
            Dated("Utan datum", null, null),
            Dated("Bara start", new(Year, 1, 1), null),
            Dated("Förra året", new(Year - 1, 1, 1), new(Year - 1, 12, 31)),
            Dated("Med datum", new(Year, 9, 1), new(Year, 9, 30)));

        var bar = Assert.Single(timeline.Bars);
        Assert.Equal("Med datum", bar.Activity.Title);
        Assert.Equal(0, bar.Row);
        Assert.Equal(T.AxisHeight + (T.RowHeight - T.BarHeight) / 2, bar.Y, 6);
    }

    [Fact]
    public void Rows_stack_downward_and_the_progress_bar_is_the_share_done_of_the_bar()
    {
        var timeline = TimelineOf(
            Dated("Första", new(Year, 1, 1), new(Year, 12, 31), progress: 25),
            Dated("Andra", new(Year, 1, 1), new(Year, 6, 30), progress: 100));

        Assert.Equal(T.RowHeight, timeline.Bars[1].Y - timeline.Bars[0].Y, 6);
        Assert.Equal(timeline.Bars[0].Width / 4, timeline.Bars[0].ProgressWidth, 6);
        Assert.Equal(timeline.Bars[1].Width, timeline.Bars[1].ProgressWidth, 6);
        Assert.Equal(T.AxisHeight + 2 * T.RowHeight, timeline.Bottom, 6);
    }

    [Fact]
    public void Today_is_drawn_only_when_it_falls_in_the_year()
    {
        Assert.Equal(T.MonthX(7), TimelineOf().TodayX!.Value, 6);
        Assert.Null(new T(Year, [], new DateOnly(Year + 1, 1, 1)).TodayX);
    }

    [Fact]
    public void Month_names_are_Swedish_and_long_titles_are_shortened()
    {
        Assert.Equal("jan", T.MonthName(1));
        Assert.Equal("maj", T.MonthName(5));
        var label = T.Label(new string('x', 100));
        Assert.Equal(T.LabelLength, label.Length);
        Assert.EndsWith("…", label);
        Assert.Equal("Kort", T.Label("Kort"));
    }
}
