using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// /Economy/Budget/FinancialGoals: the organisation's financial goals (god ekonomisk hushållning) that every
/// proposal's years are checked against. Everyone reads them; the central staff add, change and remove them.
/// </summary>
public class FinancialGoalsModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class GoalInput
    {
        [Display(Name = nameof(BudgetText.GoalName), ResourceType = typeof(BudgetText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
        public string Name { get; set; } = "";

        public FinancialGoalKind Kind { get; set; }

        [Display(Name = nameof(BudgetText.GoalPercent), ResourceType = typeof(BudgetText))]
        [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
        public string? Percent { get; set; }

        public string? Description { get; set; }

        public int Version { get; set; }
    }

    [BindProperty]
    public GoalInput Input { get; set; } = new();

    public List<FinancialGoal> Goals { get; private set; } = [];
    public bool MayEdit { get; private set; }

    /// <summary>The goal being changed; null when the form adds one.</summary>
    public FinancialGoal? Editing { get; private set; }

    public static string KindLabel(FinancialGoalKind kind) =>
        kind == FinancialGoalKind.MinimumResultShare ? BudgetText.KindMinimumResultShare : BudgetText.KindMaximumInvestmentShare;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (await LoadAsync(id, change: false) is { } refusal)
            return refusal;
        if (Editing is not null)
            Input = new GoalInput
            {
                Name = Editing.Name, Kind = Editing.Kind, Percent = BudgetDisplay.Tkr(Editing.Percent),
                Description = Editing.Description, Version = Editing.Version,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
            return refusal;
        decimal percent = 0;
        if (!string.IsNullOrWhiteSpace(Input.Percent))
        {
            if (!ValueRules.TryParse(Input.Percent, out var parsed, out var error))
                ModelState.AddModelError("Input.Percent", error!);
            else if (parsed is < 0 or > 100)
                ModelState.AddModelError("Input.Percent", BudgetText.ErrorPercent);
            else
                percent = parsed!.Value;
        }
        if (!Enum.IsDefined(Input.Kind))
            ModelState.AddModelError("Input.Kind", BudgetText.ErrorKind);
        if (!ModelState.IsValid)
            return Page();
        var goal = Editing ?? db.FinancialGoals.Add(new FinancialGoal { OrganisationId = db.OrganisationId!.Value, Name = "" }).Entity;
        goal.Name = Input.Name.Trim();
        goal.Kind = Input.Kind;
        goal.Percent = percent;
        goal.Description = Input.Description?.Trim() ?? "";
        if (Editing is not null)
            db.ExpectVersion(goal, Input.Version);
        if (!await this.TrySaveOrShowConflictAsync(db, BudgetText.GoalNoun, clock))
            return Page();
        TempData["Message"] = BudgetText.GoalSaved;
        return Redirect("/Economy/Budget/FinancialGoals");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version)
    {
        if (await LoadAsync(id, change: true) is { } refusal)
            return refusal;
        db.ExpectVersion(Editing!, version);
        db.FinancialGoals.Remove(Editing!);
        TempData["Message"] = await db.TrySaveAsync(BudgetText.GoalNoun, clock) ?? string.Format(BudgetText.GoalDeleted, Editing!.Name);
        return Redirect("/Economy/Budget/FinancialGoals");
    }

    private async Task<IActionResult?> LoadAsync(int? id, bool change)
    {
        if (!await BudgetAccess.MayReadAsync(access))
            return Forbid();
        MayEdit = await BudgetAccess.MayEditAsync(access);
        if (change && !MayEdit)
            return Forbid();
        Goals = await db.FinancialGoals.OrderBy(g => g.Kind).ThenBy(g => g.Name).ToListAsync();
        if (id is not null)
        {
            Editing = Goals.FirstOrDefault(g => g.Id == id);
            if (Editing is null)
                return NotFound();
        }
        return null;
    }
}
