using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>How the report page and the Word export write a report's values (sv-SE).</summary>
public static class ReportDisplay
{
    /// <summary>"12 345" or "−1 234,5" tkr (without the unit, which the column heading gives); empty when not given.</summary>
    public static string Tkr(decimal? value) => value?.ToString("#,0.##", ServiceRegistration.Swedish) ?? ReportText.NotGiven;

    /// <summary>A figure as typed back into its form field: "12345,5", which the form reads again.</summary>
    public static string Input(decimal? value) => value is { } figure ? ValueRules.FormatForInput(figure) : "";

    /// <summary>"2026-03-31", or nothing.</summary>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";

    /// <summary>The economy table's rows, label and tkr, ending with the deviation (budget − forecast, positive = surplus).</summary>
    public static IReadOnlyList<(string Label, string Value)> EconomyRows(ReportEconomy economy) =>
    [
        (ReportText.BudgetYear, Tkr(economy.BudgetYear)),
        (ReportText.BudgetToDate, Tkr(economy.BudgetToDate)),
        (ReportText.OutcomeToDate, Tkr(economy.OutcomeToDate)),
        (ReportText.ForecastYear, Tkr(economy.ForecastYear)),
        (ReportText.Deviation, Tkr(economy.Deviation)),
    ];
}
