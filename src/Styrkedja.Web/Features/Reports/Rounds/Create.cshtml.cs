using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// Opens a round: a report type's follow-up of one period of the year, with a report for every unit
/// that writes in it (<see cref="ReportRules.OpenRoundAsync"/>).
/// </summary>
public class CreateModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class RoundInput
    {
        public int? ReportTypeId { get; set; }
        public int? Month { get; set; }
        public DateOnly? DueOn { get; set; }
    }

    [BindProperty]
    public RoundInput Input { get; set; } = new();

    public PlanningYear Year { get; private set; } = null!;
    public List<ReportType> Types { get; private set; } = [];

    /// <summary>The type the form shows the months of: the chosen one, else the first.</summary>
    public ReportType? ChosenType => Types.SingleOrDefault(t => t.Id == Input.ReportTypeId) ?? Types.FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(int? year, int? type, int? month)
    {
        if (await LoadAsync(year) is { } refusal)
            return refusal;
        Input.ReportTypeId = type;
        if (ChosenType is { } chosen)
        {
            Input.ReportTypeId = chosen.Id;
            Input.Month = month is { } m && chosen.MonthList.Contains(m) ? m : chosen.MonthList.FirstOrDefault();
            if (Input.Month is >= 1 and <= 12)
                Input.DueOn = ReportRules.DefaultDueOn(chosen, Year.Year, Input.Month.Value);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? year)
    {
        if (await LoadAsync(year) is { } refusal)
            return refusal;
        var type = Types.SingleOrDefault(t => t.Id == Input.ReportTypeId);
        await ValidateAsync(type);
        if (!ModelState.IsValid)
            return Page();

        var round = await ReportRules.OpenRoundAsync(db, type!, Year, Input.Month!.Value, Input.DueOn!.Value);
        if (!await this.TrySaveOrShowConflictAsync(db, ReportText.RoundNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RoundText.RoundOpened, ReportRules.RoundTitle(type!, Year.Year, round.Month),
            round.Reports.Count, round.DueOn.ToString("yyyy-MM-dd"));
        return Redirect(RoundLoader.DetailsUrl(round.Id));
    }

    private async Task ValidateAsync(ReportType? type)
    {
        if (type is null)
        {
            ModelState.AddModelError("Input.ReportTypeId", RoundText.ErrorTypeRequired);
            return;
        }
        if (Input.Month is not { } month || !type.MonthList.Contains(month))
        {
            if (ModelState.GetValidationState("Input.Month") != ModelValidationState.Invalid)
                ModelState.AddModelError("Input.Month", string.Format(RoundText.ErrorMonthNotInType, type.Name,
                    string.Join(", ", type.MonthList.Select(ModelMonths.Name))));
            return;
        }
        if (Input.DueOn is null && ModelState.GetValidationState("Input.DueOn") != ModelValidationState.Invalid)
            ModelState.AddModelError("Input.DueOn", RoundText.ErrorDueOnRequired);
        else if (Input.DueOn is { } due && due < new DateOnly(Year.Year, month, 1))
            ModelState.AddModelError("Input.DueOn", RoundText.ErrorDueOnBeforePeriod);
        // The unique index is the backstop for two controllers at the same instant; this says it plainly.
        if (await db.ReportRounds.AnyAsync(r => r.ReportTypeId == type.Id && r.PlanningYearId == Year.Id && r.Month == month))
            ModelState.AddModelError("Input.Month", string.Format(RoundText.ErrorRoundExists, ReportRules.RoundTitle(type, Year.Year, month)));
    }

    private async Task<IActionResult?> LoadAsync(int? year)
    {
        if (!await RoundAccess.MayManageAsync(db, access))
            return Forbid();
        var years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        if (PlanningYearChoice.Pick(years, year, clock) is not { } picked)
            return NotFound();
        Year = picked;
        Types = await db.ReportTypes.Where(t => t.Months != "").OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync();
        return null;
    }

    public IReadOnlyList<FieldOption> TypeOptions() =>
        Types.Select(t => new FieldOption(t.Id.ToString(), t.Name, t.Id == ChosenType?.Id)).ToList();

    public IReadOnlyList<FieldOption> MonthOptions() =>
        (ChosenType?.MonthList ?? []).Select(m => new FieldOption(m.ToString(), ModelMonths.Name(m), m == Input.Month)).ToList();
}
