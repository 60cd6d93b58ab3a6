using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>Loads what the plan page and the Excel export show of a plan: its needs with committees and amounts, and the frames.</summary>
public static class InvestmentView
{
    public static async Task<InvestmentSummary> LoadAsync(StyrkedjaDbContext db, InvestmentPlan plan)
    {
        var needs = await db.InvestmentNeeds.AsNoTracking().Where(n => n.InvestmentPlanId == plan.Id)
            .Include(n => n.OrgUnit).Include(n => n.Amounts).ToListAsync();
        var frames = await InvestmentFrames.LoadAsync(db, plan.PlanningYearId);
        return InvestmentSummary.Build(plan.PlanningYear!.Year, needs, await InvestmentRules.CommitteesAsync(db), frames);
    }
}

/// <summary>The model of the _YearHeads partial: the leading column headings before the year columns.</summary>
public sealed record YearHeads(InvestmentSummary Summary, params string[] Leading);
