using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>
/// Interna kontrollplaner: every committee the user may read, with its plan's state, its number of
/// controls and the outcomes of its latest follow-up; an editor of a committee without a plan starts one.
/// </summary>
public class IndexModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    /// <summary>The latest follow-up with results: the whole year once reported, else the latest round.</summary>
    public sealed record Latest(string RoundName, OutcomeCounts Counts);

    public sealed record Row(OrgUnit Unit, InternalControlPlan? Plan, int Controls, Latest? Results, bool MayCreate);

    public List<PlanningYear> Years { get; private set; } = [];
    public PlanningYear? Year { get; private set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year)
    {
        Years = await db.PlanningYears.OrderBy(y => y.Year).ToListAsync();
        Year = PlanningYearChoice.Pick(Years, year, clock);
        if (Year is null)
            return;
        var yearId = Year.Id;
        var plans = await db.InternalControlPlans.AsNoTracking().Where(p => p.PlanningYearId == yearId)
            .Select(p => new { Plan = p, Controls = p.Controls.Count }).ToDictionaryAsync(p => p.Plan.OrgUnitId);
        var results = await db.ControlResults.AsNoTracking()
            .Where(r => r.Control!.Plan!.PlanningYearId == yearId)
            .Select(r => new { r.Control!.InternalControlPlanId, r.Outcome, r.ReportRound })
            .ToListAsync();
        var rounds = await ControlChoices.RoundsAsync(db, yearId);
        var tree = await OrgTree.LoadAsync(db);
        var committees = tree.InTreeOrder().Where(u => !u.IsClosed && ControlChoices.IsCommittee(u));
        foreach (var unit in await InternalControlAccess.ReadableAsync(access, committees))
        {
            var plan = plans.GetValueOrDefault(unit.Id);
            Latest? latest = null;
            if (plan is not null)
            {
                var own = results.Where(r => r.InternalControlPlanId == plan.Plan.Id).ToList();
                // The whole year (no round) comes after every round; among rounds the latest month.
                var last = own.OrderByDescending(r => r.ReportRound?.Month ?? 13).FirstOrDefault();
                if (last is not null)
                {
                    var ofRound = own.Where(r => r.ReportRound?.Id == last.ReportRound?.Id).Select(r => (ControlOutcome?)r.Outcome).ToList();
                    var counts = OutcomeCounts.Count(ofRound) with { NotReported = plan.Controls - ofRound.Count };
                    latest = new(ControlChoices.RoundName(rounds.FirstOrDefault(r => r.Id == last.ReportRound?.Id)), counts);
                }
            }
            Rows.Add(new Row(unit, plan?.Plan, plan?.Controls ?? 0, latest,
                plan is null && await InternalControlAccess.MayEditAsync(access, unit)));
        }
    }

    /// <summary>Starts the committee's plan for the year: a draft without controls.</summary>
    public async Task<IActionResult> OnPostCreateAsync(int unit, int year)
    {
        var orgUnit = await db.OrgUnits.SingleOrDefaultAsync(u => u.Id == unit);
        if (orgUnit is null || !ControlChoices.IsCommittee(orgUnit) || !await InternalControlAccess.MayReadAsync(access, orgUnit))
            return NotFound();
        if (!await InternalControlAccess.MayEditAsync(access, orgUnit))
            return Forbid();
        var planningYear = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == year);
        if (planningYear is null)
            return NotFound();
        var plan = new InternalControlPlan
        {
            OrganisationId = orgUnit.OrganisationId, OrgUnitId = orgUnit.Id, PlanningYearId = planningYear.Id, State = PlanState.Draft,
        };
        db.InternalControlPlans.Add(plan);
        // Two people starting the same plan at once: the unique index decides, the later one is told.
        if (await db.TrySaveAsync(ControlText.PlanNoun, clock) is { } conflict)
        {
            TempData["Message"] = conflict;
            return Redirect($"/InternalControl/ControlPlans?year={year}");
        }
        return Redirect(ControlPlanPageModel.DetailsUrl(plan.Id));
    }
}
