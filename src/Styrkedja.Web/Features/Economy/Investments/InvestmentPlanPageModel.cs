using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>What a page needs before it may act on an investment plan.</summary>
public enum InvestmentUse
{
    Read,

    /// <summary>Register or change needs: the committee's editors (checked per need), only while the plan is not decided.</summary>
    Register,

    /// <summary>Rank or decide: the central staff, only while the plan is not decided.</summary>
    Assess,
}

/// <summary>
/// What the pages that act on one investment plan share: loading it (another organisation's plan is not
/// found, by the context's filter), the access rule of <see cref="InvestmentRules"/>, and the lock of a
/// decided plan whatever the request asked for: a change to it goes back to the plan page with the reason.
/// </summary>
public abstract class InvestmentPlanPageModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public InvestmentPlan Plan { get; private set; } = null!;

    protected StyrkedjaDbContext Db => db;
    protected AccessPolicy Access => access;
    protected TimeProvider Clock => clock;

    /// <summary>Loads the plan (tracked) with its year; a refusal when it may not be used as asked.</summary>
    protected async Task<IActionResult?> LoadPlanAsync(int id, InvestmentUse use)
    {
        var plan = await db.InvestmentPlans.Include(p => p.PlanningYear).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
            return NotFound();
        var allowed = use switch
        {
            InvestmentUse.Assess => await InvestmentRules.MayAssessAsync(access),
            _ => (await access.GrantsAsync()).Count > 0,
        };
        if (!allowed)
            return Forbid();
        Plan = plan;
        if (use != InvestmentUse.Read && plan.IsLocked)
            return BackToPlan(InvestmentText.ErrorLocked);
        return null;
    }

    /// <summary>To the plan page, with a refusal shown at its top when given, or a message.</summary>
    protected IActionResult BackToPlan(string? refusal = null, string? message = null)
    {
        if (refusal is not null)
            TempData[InvestmentRules.RefusalKey] = refusal;
        if (message is not null)
            TempData["Message"] = message;
        return Redirect(InvestmentRules.PlanUrl(Plan.Id));
    }
}
