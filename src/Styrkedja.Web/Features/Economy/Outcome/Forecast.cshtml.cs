using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Outcome;

public sealed class ForecastInput
{
    public const int MaxCommentLength = 4000;

    public string? Amount { get; set; }

    [Display(Name = nameof(OutcomeText.Comment), ResourceType = typeof(OutcomeText))]
    [StringLength(MaxCommentLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Comment { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// /Economy/Outcome/Forecast/{round}/{unit}: a controller over the unit adjusts the unit's full-year
/// forecast from the proposal and says why. The proposal shown is stored beside the forecast, so that the
/// adjustment can be read later against what the ledger said then.
/// </summary>
public class ForecastModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ForecastInput Input { get; set; } = new();

    public UnitEconomy Figures { get; private set; } = null!;
    public string RoundTitle { get; private set; } = "";
    public string ListUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int unit)
    {
        if (await LoadAsync(id, unit) is { } refusal)
            return refusal;
        Input = new ForecastInput
        {
            Amount = Reports.ReportDisplay.Input(Figures.ForecastYear), Comment = Figures.Forecast?.Comment, Version = Figures.Forecast?.Version ?? 0,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int unit)
    {
        if (await LoadAsync(id, unit) is { } refusal)
            return refusal;
        var comment = Input.Comment?.Trim() ?? "";
        if (!ValueRules.TryParse(Input.Amount, out var amount, out var error))
            ModelState.AddModelError("Input.Amount", error!);
        else if (amount is null)
            ModelState.AddModelError("Input.Amount", OutcomeText.ErrorAmountRequired);
        else if (decimal.Round(amount.Value, 2) != amount || Math.Abs(amount.Value) >= 1_000_000_000_000m)
            ModelState.AddModelError("Input.Amount", OutcomeText.ErrorAmountInvalid);
        if (comment.Length == 0 && amount is { } adjusted && adjusted != Figures.Proposal)
            ModelState.AddModelError("Input.Comment", OutcomeText.ErrorCommentRequired);
        if (!ModelState.IsValid)
            return Page();

        var forecast = Figures.Forecast is { } saved
            ? await db.EconomyForecasts.SingleAsync(f => f.Id == saved.Id)
            : db.EconomyForecasts.Add(new EconomyForecast
            {
                OrganisationId = Figures.Unit.OrganisationId, OrgUnitId = Figures.Unit.Id, ReportRoundId = id,
            }).Entity;
        if (Figures.Forecast is not null)
            db.ExpectVersion(forecast, Input.Version);
        (forecast.Amount, forecast.ProposedAmount, forecast.Comment) = (amount!.Value, Figures.Proposal, comment);
        if (!await this.TrySaveOrShowConflictAsync(db, OutcomeText.ForecastNoun, clock))
            return Page();
        TempData["Message"] = string.Format(OutcomeText.ForecastSaved, Figures.Unit.Name);
        return Redirect(ListUrl);
    }

    /// <summary>The round and unit with the unit's figures, or 404 when either is missing or has no ledger figures, 403 for a non-controller.</summary>
    private async Task<IActionResult?> LoadAsync(int roundId, int unitId)
    {
        if (await ForecastRound.LoadAsync(db, roundId) is not { } round
            || await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit)
            return NotFound();
        if (!await access.CanAsync(UnitAction.Review, unit))
            return Forbid();
        var economy = await RoundEconomy.LoadAsync(db, round);
        if (!economy.Units.Any(u => u.Id == unit.Id) || economy.For(unit) is not { } figures)
            return NotFound();
        Figures = figures;
        RoundTitle = ReportRules.RoundTitle(round.ReportType!, round.PlanningYear!.Year, round.Month);
        ListUrl = $"/Economy/Outcome/Forecasts/{round.Id}";
        return null;
    }
}
