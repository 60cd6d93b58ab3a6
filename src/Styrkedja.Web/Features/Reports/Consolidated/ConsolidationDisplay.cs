using System.Globalization;
using Styrkedja.Documents.Charts;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>How the page and the Word file write the consolidation's figures, so that both say the same.</summary>
public static class ConsolidationDisplay
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static IReadOnlyList<Fulfilment> Fulfilments { get; } = Enum.GetValues<Fulfilment>();

    /// <summary>Whole tkr in Swedish ("−1 250"), or a dash when no report gave the figure.</summary>
    public static string Amount(decimal? tkr) => tkr?.ToString("N0", Swedish) ?? "–";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The organisation's counts as a grouped bar chart: one group per fulfilment, period end beside forecast.</summary>
    public static BarChart FulfilmentChart(Consolidation report) => new(
        ConsolidationText.ChartTitle, ConsolidationText.ChartAxis,
        Fulfilments.Select(Labels.For).ToList(),
        [
            new BarSeries(ConsolidationText.AtPeriodEnd, Fulfilments.Select(f => (double)report.Total.AtPeriodEnd[f]).ToList()),
            new BarSeries(ConsolidationText.Forecast, Fulfilments.Select(f => (double)report.Total.Forecast[f]).ToList()),
        ]);

    /// <summary>The chart's figures in words, for screen readers (the table beside it has them too).</summary>
    public static string ChartAltText(Consolidation report) => string.Format(ConsolidationText.ChartAlt, string.Join(" ",
        new[] { (ConsolidationText.AtPeriodEnd, report.Total.AtPeriodEnd), (ConsolidationText.Forecast, report.Total.Forecast) }
            .Select(s => string.Format(ConsolidationText.ChartAltSeries, s.Item1,
                string.Join(", ", Fulfilments.Select(f => $"{Labels.For(f)} {s.Item2[f]}"))))));

    /// <summary>The two measures a fulfilment table is shown for.</summary>
    public static IReadOnlyList<(string Caption, Func<FulfilmentRow, FulfilmentCounts> Counts)> Measures { get; } =
    [
        (ConsolidationText.AtPeriodEnd, row => row.AtPeriodEnd),
        (ConsolidationText.Forecast, row => row.Forecast),
    ];

    /// <summary>The column headings of a fulfilment table after the first (level or committee).</summary>
    public static IReadOnlyList<string> FulfilmentHeaders { get; } = [.. Fulfilments.Select(Labels.For), ConsolidationText.ColumnTotal];

    /// <summary>A fulfilment table row's cells after its name: the four counts and their total.</summary>
    public static IReadOnlyList<string> Cells(FulfilmentCounts counts) =>
        [.. Fulfilments.Select(f => counts[f].ToString(Swedish)), counts.Total.ToString(Swedish)];

    /// <summary>The economy row's cells after the unit's name.</summary>
    public static IReadOnlyList<string> Cells(EconomyFigures f) =>
        [Amount(f.BudgetYear), Amount(f.BudgetToDate), Amount(f.OutcomeToDate), Amount(f.DeviationToDate), Amount(f.ForecastYear), Amount(f.DeviationYear)];

    public static IReadOnlyList<string> EconomyHeaders { get; } =
    [
        ConsolidationText.ColumnBudgetYear, ConsolidationText.ColumnBudgetToDate, ConsolidationText.ColumnOutcomeToDate,
        ConsolidationText.ColumnDeviationToDate, ConsolidationText.ColumnForecastYear, ConsolidationText.ColumnDeviationYear,
    ];
}
