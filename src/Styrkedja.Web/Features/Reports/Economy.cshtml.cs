using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>/Reports/Economy/{id}: the unit's own economy figures (tkr) and the comment on them.</summary>
public class EconomyModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ReportPageModel(db, access, clock)
{
    [BindProperty]
    public EconomyInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        Input = new EconomyInput
        {
            BudgetYear = ReportDisplay.Input(Report.BudgetYear), BudgetToDate = ReportDisplay.Input(Report.BudgetToDate),
            OutcomeToDate = ReportDisplay.Input(Report.OutcomeToDate), ForecastYear = ReportDisplay.Input(Report.ForecastYear),
            Comment = Report.EconomyComment, Version = Report.Version,
        };
        await LedgerFiguresAsync();
        return Page();
    }

    /// <summary>Whether the ledger has figures for the report's unit, so that the form can be filled from it.</summary>
    public bool HasLedger { get; private set; }

    /// <summary>Fills the form with the ledger's figures and the round's forecast; the writer reviews them and saves.</summary>
    public async Task<IActionResult> OnPostLedgerAsync(int id)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        if (await LedgerFiguresAsync() is not { } figures)
            return Page();
        ModelState.Clear();
        (Input.BudgetYear, Input.BudgetToDate, Input.OutcomeToDate, Input.ForecastYear) = (ReportDisplay.Input(figures.BudgetYear),
            ReportDisplay.Input(figures.BudgetToDate), ReportDisplay.Input(figures.OutcomeToDate), ReportDisplay.Input(figures.ForecastYear));
        TempData["Message"] = ReportText.LedgerFilled;
        return Page();
    }

    private async Task<Economy.Outcome.UnitEconomy?> LedgerFiguresAsync()
    {
        var figures = (await Economy.Outcome.RoundEconomy.LoadAsync(Db, Report.Round!)).For(Report.OrgUnit!);
        HasLedger = figures is not null;
        return figures;
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadWritableReportAsync(id) is { } refusal)
            return refusal;
        var budgetYear = Figure("Input.BudgetYear", Input.BudgetYear, mayBeNegative: false);
        var budgetToDate = Figure("Input.BudgetToDate", Input.BudgetToDate, mayBeNegative: false);
        var outcomeToDate = Figure("Input.OutcomeToDate", Input.OutcomeToDate, mayBeNegative: true);
        var forecastYear = Figure("Input.ForecastYear", Input.ForecastYear, mayBeNegative: true);
        if (!ModelState.IsValid)
        {
            await LedgerFiguresAsync();
            return Page();
        }

        Report.BudgetYear = budgetYear;
        Report.BudgetToDate = budgetToDate;
        Report.OutcomeToDate = outcomeToDate;
        Report.ForecastYear = forecastYear;
        Report.EconomyComment = Input.Comment?.Trim() ?? "";
        MarkStarted();
        return await SaveReportAsync(Input.Version, ReportText.EconomySaved);
    }

    /// <summary>The typed figure, or null with the field's message in the model state. A budget is never negative.</summary>
    private decimal? Figure(string field, string? text, bool mayBeNegative)
    {
        if (!ValueRules.TryParse(text, out var value, out var error))
        {
            ModelState.AddModelError(field, error!);
            return null;
        }
        var problem = value switch
        {
            < 0 when !mayBeNegative => ReportText.ErrorNegativeBudget,
            // The columns hold two decimals; a trillion tkr is a typing error.
            { } figure when decimal.Round(figure, 2) != figure => ReportText.ErrorFigureDecimals,
            { } figure when Math.Abs(figure) >= 1_000_000_000_000m => ReportText.ErrorFigureTooLarge,
            _ => null,
        };
        if (problem is not null)
            ModelState.AddModelError(field, problem);
        return value;
    }
}
