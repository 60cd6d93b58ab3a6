using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;

namespace Styrkedja.Web.Tests.Features.Indicators;

/// <summary>The rules shared by the grid, Excel and the push API, and the status reading.</summary>
public class IndicatorRulesTests
{
    private static Indicator Percent(IndicatorDirection direction = IndicatorDirection.HigherIsBetter) => new()
    {
        Name = "Besök inom vårdgarantin", MeasureUnit = "%", Decimals = 1, Direction = direction,
        Periodicity = Periodicity.Tertial, TolerancePercent = 5,
    };

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData(" 1 234,5 ", 1234.5)]
    [InlineData("1\u00A0234", 1234)]
    [InlineData("\u22123,2", -3.2)]
    [InlineData("7.25", 7.25)]
    public void Swedish_notation_is_read(string text, double expected)
    {
        Assert.True(ValueRules.TryParse(text, out var value, out var error));
        Assert.Null(error);
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("tolv")]
    [InlineData("12,5,1")]
    [InlineData("12%")]
    public void Text_in_a_number_is_refused_with_a_Swedish_message(string text)
    {
        Assert.False(ValueRules.TryParse(text, out _, out var error));
        Assert.Contains("är inte ett tal", error);
    }

    [Fact]
    public void Empty_means_no_value()
    {
        Assert.True(ValueRules.TryParse("  ", out var value, out _));
        Assert.Null(value);
    }

    [Fact]
    public void A_percentage_over_100_is_refused_unless_the_indicator_allows_it()
    {
        var indicator = Percent();
        Assert.Contains("högre än det högsta tillåtna", ValueRules.Check(indicator, 1, Gender.Total, 100.5m));
        Assert.Null(ValueRules.Check(indicator, 1, Gender.Total, 100m));

        indicator.MaxValue = 200;
        Assert.Null(ValueRules.Check(indicator, 1, Gender.Total, 150m));
    }

    [Fact]
    public void A_period_the_indicator_does_not_have_is_refused()
    {
        Assert.Contains("tertial", ValueRules.Check(Percent(), 4, Gender.Total, 50m));
        Assert.Null(ValueRules.Check(Percent(), 3, Gender.Total, 50m));
    }

    [Fact]
    public void Gender_rows_need_an_indicator_broken_down_by_gender()
    {
        var indicator = Percent();
        Assert.NotNull(ValueRules.Check(indicator, 1, Gender.Women, 50m));
        indicator.ByGender = true;
        Assert.Null(ValueRules.Check(indicator, 1, Gender.Women, 50m));
    }

    [Fact]
    public void More_decimals_than_the_indicator_has_are_refused()
    {
        Assert.Contains("högst 1 decimal", ValueRules.Check(Percent(), 1, Gender.Total, 50.25m));
    }

    [Fact]
    public void Values_are_shown_in_Swedish_format_with_their_unit()
    {
        Assert.Equal("1\u00A0234,5 %", ValueRules.Format(Percent(), 1234.5m));
    }

    [Theory]
    [InlineData(IndicatorDirection.HigherIsBetter, 90, 90, TargetStatus.Met)]
    [InlineData(IndicatorDirection.HigherIsBetter, 86, 90, TargetStatus.Close)]
    [InlineData(IndicatorDirection.HigherIsBetter, 80, 90, TargetStatus.NotMet)]
    [InlineData(IndicatorDirection.LowerIsBetter, 20, 21, TargetStatus.Met)]
    [InlineData(IndicatorDirection.LowerIsBetter, 22, 21, TargetStatus.Close)]
    [InlineData(IndicatorDirection.LowerIsBetter, 30, 21, TargetStatus.NotMet)]
    [InlineData(IndicatorDirection.Neutral, 104, 100, TargetStatus.Met)]
    [InlineData(IndicatorDirection.Neutral, 110, 100, TargetStatus.NotMet)]
    public void Status_reads_the_value_against_the_target_in_the_desired_direction(
        IndicatorDirection direction, double value, double target, TargetStatus expected)
    {
        Assert.Equal(expected, TargetReading.StatusOf(Percent(direction), (decimal)value, (decimal)target));
    }

    [Fact]
    public void A_falling_value_is_better_when_lower_is_better_and_the_arrow_still_points_down()
    {
        var trend = TargetReading.TrendOf(Percent(IndicatorDirection.LowerIsBetter), 10m, 12m);

        Assert.Equal(Trend.Better, trend.Trend);
        Assert.Equal("↓", trend.Symbol);
        Assert.Contains("bättre", trend.Label);
    }

    [Fact]
    public void Goal_status_follows_the_models_rule()
    {
        TargetStatus[] statuses = [TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.NotMet];

        Assert.Equal(TargetStatus.NotMet, TargetReading.GoalStatus(statuses, GoalStatusRule.AllMet, 75));
        Assert.Equal(TargetStatus.Met, TargetReading.GoalStatus(statuses, GoalStatusRule.ShareMet, 75));
        Assert.Equal(TargetStatus.Close, TargetReading.GoalStatus(statuses, GoalStatusRule.ShareMet, 80));
        Assert.Null(TargetReading.GoalStatus([], GoalStatusRule.AllMet, 75));
    }

    [Fact]
    public void Periods_are_named_in_Swedish()
    {
        Assert.Equal("mars 2026", ReportingPeriods.Name(Periodicity.Month, 2026, 3));
        Assert.Equal("T2 2026", ReportingPeriods.Name(Periodicity.Tertial, 2026, 2));
        Assert.Equal((2025, 3), ReportingPeriods.Previous(Periodicity.Tertial, 2026, 1));
        Assert.Equal(8, ReportingPeriods.LastMonth(Periodicity.Tertial, 2));
    }
}
