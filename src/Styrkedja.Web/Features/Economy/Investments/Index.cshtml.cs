using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// /Economy/Investments?year=: the investment plan of a planning year (the plan starts with that year as its
/// budget year) with its state and decision; the central staff start it when it is missing. One plan per year
/// (unique index): a second would leave the committees guessing where to register.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public InvestmentPlan? Plan { get; private set; }
    public int NeedCount { get; private set; }
    public bool MayCreate { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        Years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        var yearId = Year.Id;
        Plan = await db.InvestmentPlans.AsNoTracking().SingleOrDefaultAsync(p => p.PlanningYearId == yearId);
        if (Plan is not null)
            NeedCount = await db.InvestmentNeeds.CountAsync(n => n.InvestmentPlanId == Plan.Id);
        MayCreate = Plan is null && await InvestmentRules.MayAssessAsync(access);
    }

    /// <summary>Starts the year's plan as a draft without needs; an existing plan is opened instead.</summary>
    public async Task<IActionResult> OnPostCreateAsync(int year)
    {
        if (!await InvestmentRules.MayAssessAsync(access))
            return Forbid();
        var planningYear = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year);
        if (planningYear is null)
            return NotFound();
        var existing = await db.InvestmentPlans.Where(p => p.PlanningYearId == planningYear.Id).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        if (existing is { } id)
            return Redirect(InvestmentRules.PlanUrl(id));
        var plan = new InvestmentPlan
        {
            OrganisationId = planningYear.OrganisationId, PlanningYearId = planningYear.Id, State = PlanState.Draft,
            Title = string.Format(InvestmentText.DefaultTitle, year, year + InvestmentPlan.PlanYears - 1, year + InvestmentPlan.HorizonYears - 1),
        };
        db.InvestmentPlans.Add(plan);
        // Two people starting the same plan at once: the unique index decides, the later one is told.
        if (await db.TrySaveAsync(InvestmentText.PlanNoun, clock) is { } conflict)
        {
            TempData["Message"] = conflict;
            return Redirect($"/Economy/Investments?year={year}");
        }
        return Redirect(InvestmentRules.PlanUrl(plan.Id));
    }
}
