using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.RiskScales;

/// <summary>
/// /GovernanceModel/RiskScales: the risk matrix's two scales. Steps are added above the top and removed
/// from the top only, so every axis stays 1…max; a step some risk is assessed at is never removed.
/// </summary>
[Authorize(Policy = RoleRequirement.AdministratorPolicy)]
public class IndexModel(StyrkedjaDbContext db) : PageModel
{
    /// <summary>Fewer steps would make no matrix.</summary>
    public const int MinimumSteps = 2;

    public RiskScale Scale { get; private set; } = null!;

    public async Task OnGetAsync() => Scale = await RiskScale.LoadAsync(db);

    public async Task<IActionResult> OnPostRemoveHighestAsync(RiskAxis axis)
    {
        var steps = await db.RiskScaleSteps.Where(s => s.Axis == axis).OrderByDescending(s => s.Value).ToListAsync();
        if (steps.Count <= MinimumSteps)
            return await Refuse(string.Format(RiskText.StepRemoveTooFew, Labels.For(axis), MinimumSteps));
        var top = steps[0];
        var users = await db.Risks.CountAsync(r => axis == RiskAxis.Probability ? r.Probability == top.Value : r.Consequence == top.Value);
        if (users > 0)
            return await Refuse(string.Format(RiskText.StepInUse, top.Value, top.Name, users));
        db.RiskScaleSteps.Remove(top);
        await db.SaveChangesAsync();
        TempData["Message"] = string.Format(RiskText.StepRemoved, top.Value, top.Name, Labels.For(axis));
        return Redirect("/GovernanceModel/RiskScales");
    }

    private async Task<IActionResult> Refuse(string message)
    {
        ModelState.AddModelError("", message);
        Scale = await RiskScale.LoadAsync(db);
        return Page();
    }
}
