using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget/Frames?id=: the whole proposal in one form — its name, the assumptions of every year
/// and a grid of every committee's operating and investment frame per year. Bad cells re-show the grid
/// with the input kept and the message next to the cell; nothing is saved until every cell is right.
/// </summary>
public class FramesModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : ProposalPageModel(db, access, clock)
{
    public sealed class HeadInput
    {
        [Display(Name = nameof(BudgetText.Name), ResourceType = typeof(BudgetText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string Name { get; set; } = "";

        [Display(Name = nameof(BudgetText.Party), ResourceType = typeof(BudgetText))]
        [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string? Party { get; set; }

        public string? Description { get; set; }

        public int Version { get; set; }
    }

    /// <summary>One number of the grid: its posted name, its label for screen readers and the error summary, and whether it may be negative.</summary>
    public sealed record Cell(string Name, string Label, bool MayBeNegative = false);

    [BindProperty]
    public HeadInput Input { get; set; } = new();

    /// <summary>The text of every cell by name, as stored or as posted, so that bad input is shown back as typed.</summary>
    public Dictionary<string, string?> Values { get; } = [];

    public static string YearCell(int year, string field) => $"Year.{year}.{field}";

    public static string FrameCell(int unitId, int year, FrameKind kind) => $"Frame.{unitId}.{year}.{kind}";

    public IEnumerable<Cell> YearCells(int year) =>
    [
        new(YearCell(year, nameof(BudgetProposalYear.TaxRate)), $"{BudgetText.TaxRate} {year}"),
        new(YearCell(year, nameof(BudgetProposalYear.TaxRevenue)), $"{BudgetText.TaxRevenueTkr} {year}"),
        new(YearCell(year, nameof(BudgetProposalYear.FinancialNet)), $"{BudgetText.FinancialNetTkr} {year}", MayBeNegative: true),
    ];

    public Cell FrameCellOf(OrgUnit unit, int year, FrameKind kind) =>
        new(FrameCell(unit.Id, year, kind), $"{unit.Name}, {(kind == FrameKind.Operating ? BudgetText.Operating : BudgetText.Investment).ToLowerInvariant()} {year}");

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadProposalAsync(id, change: true) is { } refusal)
            return refusal;
        Input = new HeadInput { Name = Proposal.Name, Party = Proposal.Party, Description = Proposal.Description, Version = Proposal.Version };
        foreach (var year in HorizonYears)
        {
            var stored = Proposal.Years.FirstOrDefault(y => y.Year == year);
            Values[YearCell(year, nameof(BudgetProposalYear.TaxRate))] = Text(stored?.TaxRate);
            Values[YearCell(year, nameof(BudgetProposalYear.TaxRevenue))] = Text(stored?.TaxRevenue);
            Values[YearCell(year, nameof(BudgetProposalYear.FinancialNet))] = Text(stored?.FinancialNet);
            foreach (var unit in Committees)
            {
                var frame = Proposal.Frames.FirstOrDefault(f => f.OrgUnitId == unit.Id && f.Year == year);
                Values[FrameCell(unit.Id, year, FrameKind.Operating)] = Text(frame?.OperatingFrame);
                Values[FrameCell(unit.Id, year, FrameKind.Investment)] = Text(frame?.InvestmentFrame);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadProposalAsync(id, change: true) is { } refusal)
            return refusal;
        var name = Input.Name.Trim();
        if (ModelState.IsValid && await BudgetProposals.NameTakenAsync(Db, Proposal.PlanningYearId, name, Proposal.Id))
            ModelState.AddModelError("Input.Name", BudgetText.ErrorNameTaken);
        var orgId = Proposal.OrganisationId;
        foreach (var year in HorizonYears)
        {
            var cells = YearCells(year).ToList();
            var (rate, revenue, net) = (Read(cells[0]), Read(cells[1]), Read(cells[2]));
            var stored = Proposal.Years.FirstOrDefault(y => y.Year == year);
            if (stored is null)
                Proposal.Years.Add(stored = new BudgetProposalYear { OrganisationId = orgId, Year = year });
            (stored.TaxRate, stored.TaxRevenue, stored.FinancialNet) = (rate, revenue, net);
            foreach (var unit in Committees)
            {
                var operating = Read(FrameCellOf(unit, year, FrameKind.Operating));
                var investment = Read(FrameCellOf(unit, year, FrameKind.Investment));
                var frame = Proposal.Frames.FirstOrDefault(f => f.OrgUnitId == unit.Id && f.Year == year);
                if (frame is null)
                    Proposal.Frames.Add(frame = new BudgetFrame { OrganisationId = orgId, OrgUnitId = unit.Id, Year = year });
                (frame.OperatingFrame, frame.InvestmentFrame) = (operating, investment);
            }
        }
        if (!ModelState.IsValid)
            return Page();
        Proposal.Name = name;
        Proposal.Party = Input.Party?.Trim() ?? "";
        Proposal.Description = Input.Description?.Trim() ?? "";
        Db.ExpectVersion(Proposal, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(Db, BudgetText.ProposalNoun, Clock))
            return Page();
        return BackToProposal(message: BudgetText.Saved);
    }

    /// <summary>The cell's number as posted; on bad input the message goes next to the cell and 0 stands in (nothing is saved then).</summary>
    private decimal Read(Cell cell)
    {
        var text = Request.Form[cell.Name].ToString();
        Values[cell.Name] = text;
        if (string.IsNullOrWhiteSpace(text))
            ModelState.AddModelError(cell.Name, string.Format(BudgetText.ErrorCellRequired, cell.Label));
        else if (!ValueRules.TryParse(text, out var value, out var error))
            ModelState.AddModelError(cell.Name, $"{cell.Label}: {error}");
        else if (value < 0 && !cell.MayBeNegative)
            ModelState.AddModelError(cell.Name, string.Format(BudgetText.ErrorCellNegative, cell.Label));
        else
            return value!.Value;
        return 0;
    }

    private static string? Text(decimal? value) => value is { } v ? BudgetDisplay.Tkr(v) : null;
}
