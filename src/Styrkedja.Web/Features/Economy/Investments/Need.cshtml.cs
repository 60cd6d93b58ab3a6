using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments/Need/{planId}/{id?}: registers a committee's need or changes or removes one, with its
/// amounts for each of the ten years in one form. Only the committee's editors, only for their own committee
/// (another committee's need, or a committee posted from outside the offered ones, is forbidden), and only
/// while the plan is not decided.
/// </summary>
public class NeedModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : InvestmentPlanPageModel(db, access, clock)
{
    [BindProperty]
    public NeedInput Input { get; set; } = new();

    public InvestmentNeed? Existing { get; private set; }
    public List<OrgUnit> Committees { get; private set; } = [];
    public int[] Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int planId, int? id)
    {
        if (await LoadAsync(planId, id) is { } refusal)
            return refusal;
        Input = Existing is { } need
            ? new NeedInput
            {
                OrgUnitId = need.OrgUnitId, Category = need.Category, Title = need.Title, Description = need.Description,
                CommitteePriority = need.CommitteePriority, Version = need.Version,
                Amounts = Years.Select(y => need.Amounts.FirstOrDefault(a => a.Year == y) is { } a ? ValueRules.FormatForInput(a.Amount) : null).ToList(),
            }
            : new NeedInput { OrgUnitId = Committees.Count == 1 ? Committees[0].Id : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int? id)
    {
        if (await LoadAsync(planId, id) is { } refusal)
            return refusal;
        // The committee list offers only the user's own committees; anything else is a crafted post.
        if (Input.OrgUnitId is { } unitId && Committees.All(c => c.Id != unitId))
            return Forbid();
        var amounts = ReadAmounts();
        if (!ModelState.IsValid)
            return Page();

        var need = Existing ?? new InvestmentNeed { OrganisationId = Plan.OrganisationId, InvestmentPlanId = Plan.Id, Title = "" };
        need.OrgUnitId = Input.OrgUnitId!.Value;
        need.Category = Input.Category!.Value;
        need.Title = Input.Title.Trim();
        need.Description = Input.Description?.Trim() ?? "";
        need.CommitteePriority = Input.CommitteePriority!.Value;
        foreach (var (year, amount) in Years.Zip(amounts))
        {
            var row = need.Amounts.FirstOrDefault(a => a.Year == year);
            if (amount is not { } value)
            {
                if (row is not null)
                    Db.InvestmentAmounts.Remove(row);
            }
            else if (row is null)
                need.Amounts.Add(new InvestmentAmount { OrganisationId = Plan.OrganisationId, Year = year, Amount = value });
            else
                row.Amount = value;
        }
        if (Existing is null)
            Db.InvestmentNeeds.Add(need);
        else
            Db.ExpectVersion(need, Input.Version, evenIfUnchanged: true);
        if (!await this.TrySaveOrShowConflictAsync(Db, InvestmentText.NeedNoun, Clock))
            return Page();
        return BackToPlan(message: string.Format(InvestmentText.NeedSaved, need.Title));
    }

    /// <summary>Removes the need with its amounts (each removal audited under the need).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int planId, int? id)
    {
        if (await LoadAsync(planId, id) is { } refusal)
            return refusal;
        if (Existing is not { } need)
            return NotFound();
        Db.InvestmentAmounts.RemoveRange(need.Amounts);
        Db.InvestmentNeeds.Remove(need);
        Db.ExpectVersion(need, Input.Version);
        if (await Db.TrySaveAsync(InvestmentText.NeedNoun, Clock) is { } conflict)
            return BackToPlan(conflict);
        return BackToPlan(message: string.Format(InvestmentText.NeedDeleted, need.Title));
    }

    /// <summary>The ten amounts read the Swedish way, each error next to its year; at least one year must have an amount.</summary>
    private List<decimal?> ReadAmounts()
    {
        var amounts = new List<decimal?>();
        var unreadable = false;
        for (var i = 0; i < Years.Length; i++)
        {
            var field = NeedInput.AmountField(i);
            if (!ValueRules.TryParse(Input.Amounts.ElementAtOrDefault(i), out var value, out var error))
            {
                ModelState.AddModelError(field, error!);
                unreadable = true;
            }
            else if (value < 0)
                ModelState.AddModelError(field, InvestmentText.ErrorNegativeAmount);
            amounts.Add(value);
        }
        if (!unreadable && amounts.All(a => a is null))
            ModelState.AddModelError(NeedInput.AmountField(0), InvestmentText.ErrorNoAmount);
        return amounts;
    }

    private async Task<IActionResult?> LoadAsync(int planId, int? id)
    {
        if (await LoadPlanAsync(planId, InvestmentUse.Register) is { } refusal)
            return refusal;
        Years = InvestmentRules.YearsOf(Plan.PlanningYear!.Year);
        Committees = await InvestmentRules.WritableCommitteesAsync(Db, Access);
        if (id is { } needId)
        {
            Existing = await Db.InvestmentNeeds.Include(n => n.OrgUnit).Include(n => n.Amounts)
                .SingleOrDefaultAsync(n => n.Id == needId && n.InvestmentPlanId == planId);
            if (Existing is null)
                return NotFound();
            if (!await InvestmentRules.MayEditNeedAsync(Access, Existing.OrgUnit!))
                return Forbid();
        }
        return Committees.Count == 0 ? Forbid() : null;
    }

    public List<FieldOption> CommitteeOptions() =>
        [new("", "", Input.OrgUnitId is null), .. Committees.Select(c => new FieldOption(c.Id.ToString(), c.Name, c.Id == Input.OrgUnitId))];

    public List<FieldOption> CategoryOptions() =>
        [new("", "", Input.Category is null), .. Enum.GetValues<InvestmentCategory>()
            .Select(c => new FieldOption(c.ToString(), InvestmentRules.Label(c), c == Input.Category))];
}
