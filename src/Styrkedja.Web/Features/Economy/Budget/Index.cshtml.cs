using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningDocuments;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget: the budget proposals of a planning year with their totals and the financial goals
/// checked per year, the way to compare some of them, and (for the central staff) a new proposal.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed record Row(BudgetProposal Proposal, List<YearFigures> Years, List<GoalCheck> Checks);

    public sealed class CreateInput
    {
        [Display(Name = nameof(BudgetText.Name), ResourceType = typeof(BudgetText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string Name { get; set; } = "";

        [Display(Name = nameof(BudgetText.Party), ResourceType = typeof(BudgetText))]
        [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string? Party { get; set; }

        /// <summary>The proposal of the same year whose figures the new one starts from; none: all zero.</summary>
        public int? CopyOf { get; set; }
    }

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public List<FinancialGoal> Goals { get; private set; } = [];
    public bool MayEdit { get; private set; }

    public IEnumerable<int> HorizonYears => BudgetProposals.HorizonYears(Year!);

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        if (!await BudgetAccess.MayReadAsync(access))
            return Forbid();
        await LoadAsync(year);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(int year)
    {
        if (!await BudgetAccess.MayReadAsync(access))
            return Forbid();
        if (!await BudgetAccess.MayEditAsync(access))
            return Forbid();
        await LoadAsync(year);
        if (Year is null)
            return NotFound();
        var name = Input.Name.Trim();
        if (ModelState.IsValid && await BudgetProposals.NameTakenAsync(db, Year.Id, name))
            ModelState.AddModelError("Input.Name", BudgetText.ErrorNameTaken);
        var template = Rows.Select(r => r.Proposal).FirstOrDefault(p => p.Id == Input.CopyOf);
        if (Input.CopyOf is not null && template is null)
            ModelState.AddModelError("Input.CopyOf", BudgetText.ErrorCopyOf);
        if (!ModelState.IsValid)
            return Page();
        var committees = await PlanningDocumentRules.CommitteesAsync(db);
        var proposal = BudgetProposals.NewDraft(Year, name, Input.Party?.Trim() ?? "", "", committees, template);
        db.BudgetProposals.Add(proposal);
        if (!await this.TrySaveOrShowConflictAsync(db, BudgetText.ProposalNoun, clock))
            return Page();
        return Redirect($"/Economy/Budget/Frames?id={proposal.Id}");
    }

    private async Task LoadAsync(int? year)
    {
        MayEdit = await BudgetAccess.MayEditAsync(access);
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        var yearId = Year.Id;
        Goals = await db.FinancialGoals.AsNoTracking().OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync();
        var proposals = await db.BudgetProposals.AsNoTracking().Where(p => p.PlanningYearId == yearId)
            .Include(p => p.Years).Include(p => p.Frames).AsSplitQuery().ToListAsync();
        // The decided budget first, then the proposals by name.
        Rows = proposals.OrderByDescending(p => p.IsAdopted).ThenBy(p => p.Name, StringComparer.CurrentCulture).Select(p =>
        {
            var figures = BudgetFigures.Of(p);
            return new Row(p, figures, BudgetFigures.CheckAll(Goals, figures));
        }).ToList();
    }
}
