using Microsoft.AspNetCore.Mvc;
using Styrkedja.Web.Data;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments/Plan/{id}: the plan with its needs in the combined order, the sums per category and
/// per committee for the four plan years and the six years of the horizon, and each committee's plan years
/// against its investment frame in the adopted budget (over the frame said in words and with a symbol).
/// </summary>
public class PlanModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : InvestmentPlanPageModel(db, access, clock)
{
    public InvestmentSummary Summary { get; private set; } = null!;

    /// <summary>The committees whose needs the user may register and change.</summary>
    public HashSet<int> WritableUnits { get; private set; } = [];

    public bool MayAssess { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadPlanAsync(id, InvestmentUse.Read) is { } refusal)
            return refusal;
        Summary = await InvestmentView.LoadAsync(Db, Plan);
        if (!Plan.IsLocked)
        {
            WritableUnits = (await InvestmentRules.WritableCommitteesAsync(Db, Access)).Select(u => u.Id).ToHashSet();
            MayAssess = await InvestmentRules.MayAssessAsync(Access);
        }
        return Page();
    }
}
