using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Rounds;

/// <summary>
/// The controller's grid of an economy-only round (Blekinge's månadsrapport): each committee's budget,
/// outcome and forecast in tkr, typed in Swedish notation. One save for the whole grid; each row carries
/// its report's version, so a row someone else changed meanwhile stops the save instead of being overwritten.
/// </summary>
public class EconomyModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public const int MaxCommentLength = 2000;

    public sealed class EconomyRow
    {
        public int ReportId { get; set; }
        public string? BudgetYear { get; set; }
        public string? BudgetToDate { get; set; }
        public string? OutcomeToDate { get; set; }
        public string? ForecastYear { get; set; }
        public string? Comment { get; set; }
        public int Version { get; set; }

        public static EconomyRow From(Report report) => new()
        {
            ReportId = report.Id,
            BudgetYear = Show(report.BudgetYear),
            BudgetToDate = Show(report.BudgetToDate),
            OutcomeToDate = Show(report.OutcomeToDate),
            ForecastYear = Show(report.ForecastYear),
            Comment = report.EconomyComment,
            Version = report.Version,
        };

        private static string? Show(decimal? value) => value is { } v ? ValueRules.FormatForInput(v) : null;
    }

    /// <summary>The figures of a row, in the order of the grid's columns, with their posted names.</summary>
    public static readonly string[] Figures =
        [nameof(EconomyRow.BudgetYear), nameof(EconomyRow.BudgetToDate), nameof(EconomyRow.OutcomeToDate), nameof(EconomyRow.ForecastYear)];

    [BindProperty]
    public List<EconomyRow> Rows { get; set; } = [];

    public ReportRound Round { get; private set; } = null!;
    public string Title => RoundLoader.Title(Round);
    public bool EconomyOnly => Round.ReportType!.Writers == ReportWriters.None;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        Rows = Round.Reports.Select(EconomyRow.From).ToList();
        return Page();
    }

    /// <summary>Fills the grid with the ledger's figures and the round's forecasts (units without any keep theirs); the controller saves.</summary>
    public async Task<IActionResult> OnPostLedgerAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        if (!EconomyOnly)
            return Forbid();
        var economy = await Economy.Outcome.RoundEconomy.LoadAsync(db, Round);
        ModelState.Clear();
        Rows = Round.Reports.Select(report =>
        {
            var row = EconomyRow.From(report);
            if (economy.For(report.OrgUnit!) is { } figures)
                (row.BudgetYear, row.BudgetToDate, row.OutcomeToDate, row.ForecastYear) = (ValueRules.FormatForInput(figures.BudgetYear),
                    ValueRules.FormatForInput(figures.BudgetToDate), ValueRules.FormatForInput(figures.OutcomeToDate), ValueRules.FormatForInput(figures.ForecastYear));
            return row;
        }).ToList();
        TempData["Message"] = ReportText.LedgerFilled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refusal)
            return refusal;
        // The units write their own figures in their reports; only an economy-only round is the controller's.
        if (!EconomyOnly)
            return Forbid();

        var parsed = new List<(Report Report, EconomyRow Row, decimal?[] Values)>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            // A crafted id of another round's report is not this grid's to change.
            if (Round.Reports.SingleOrDefault(r => r.Id == row.ReportId) is not { } report)
                continue;
            var values = new decimal?[Figures.Length];
            for (var f = 0; f < Figures.Length; f++)
                if (ValueRules.TryParse(FigureOf(row, f), out var value, out var error))
                    values[f] = value;
                else
                    ModelState.AddModelError(Key(i, Figures[f]), error!);
            if ((row.Comment?.Trim().Length ?? 0) > MaxCommentLength)
                ModelState.AddModelError(Key(i, nameof(EconomyRow.Comment)), string.Format(RoundText.ErrorCommentLength, MaxCommentLength));
            parsed.Add((report, row, values));
        }
        if (!ModelState.IsValid)
            return Page();

        foreach (var (report, row, values) in parsed)
        {
            db.ExpectVersion(report, row.Version);
            report.BudgetYear = values[0];
            report.BudgetToDate = values[1];
            report.OutcomeToDate = values[2];
            report.ForecastYear = values[3];
            report.EconomyComment = row.Comment?.Trim() ?? "";
        }
        if (!await this.TrySaveOrShowConflictAsync(db, ReportText.ReportNoun, clock))
            return Page();
        TempData["Message"] = string.Format(RoundText.EconomySaved, Title);
        return Redirect(RoundLoader.DetailsUrl(id));
    }

    /// <summary>The row to render for a report: what the user posted, else what is stored.</summary>
    public EconomyRow RowFor(int index, Report report) =>
        index < Rows.Count && Rows[index].ReportId == report.Id ? Rows[index] : EconomyRow.From(report);

    public static string? FigureOf(EconomyRow row, int figure) => figure switch
    {
        0 => row.BudgetYear,
        1 => row.BudgetToDate,
        2 => row.OutcomeToDate,
        _ => row.ForecastYear,
    };

    public static string Key(int index, string field) => $"Rows[{index}].{field}";

    public static string FigureLabel(int figure) => figure switch
    {
        0 => RoundText.BudgetYear,
        1 => RoundText.BudgetToDate,
        2 => RoundText.OutcomeToDate,
        _ => RoundText.ForecastYear,
    };

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (await RoundLoader.LoadAsync(db, id) is not { } round)
            return NotFound();
        if (!await RoundAccess.MayManageAsync(db, access))
            return Forbid();
        Round = round;
        return null;
    }
}
