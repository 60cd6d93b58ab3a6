using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.InternalControl;

/// <summary>Arranges control plans directly in the database, so the tests depend on no demo plan.</summary>
internal static class ControlPlanTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Tn = "Trafiknämnden";

    public static int ThisYear => DateTime.Now.Year;

    /// <summary>The planning year after this one: the demo seeds it but no control plans for it.</summary>
    public static int NextYear => DateTime.Now.Year + 1;

    public static string Details(int planId) => $"/InternalControl/ControlPlans/Details/{planId}";

    /// <summary>
    /// A fresh plan of the unit for the year in the given state, with the named controls; any plan the
    /// unit already had for the year (demo data) is removed first, with its controls and results.
    /// </summary>
    public static Task<InternalControlPlan> ArrangeControlPlanAsync(this StyrkedjaFactory app, string organisation, string unitName,
        int year, PlanState state = PlanState.Draft, params string[] controls) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            db.InternalControlPlans.RemoveRange(await db.InternalControlPlans
                .Where(p => p.OrgUnitId == unit.Id && p.PlanningYearId == planningYear.Id).ToListAsync());
            await db.SaveChangesAsync();
            var plan = new InternalControlPlan
            {
                OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = planningYear.Id, State = state,
                Controls = controls.Select((title, i) => new Control { OrganisationId = unit.OrganisationId, Title = title, SortOrder = i + 1 }).ToList(),
            };
            if (state == PlanState.Decided)
                (plan.DecidedBy, plan.DecidedOn, plan.DecisionParagraph, plan.RegistryNumber) = (unitName, new DateOnly(year - 1, 8, 27), "§ 1", "TEST 1");
            db.InternalControlPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });

    /// <summary>The plan as stored now, with its controls, their results and actions.</summary>
    public static Task<InternalControlPlan> ControlPlanAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.InternalControlPlans.AsNoTracking()
            .Include(p => p.Controls).ThenInclude(c => c.Results).ThenInclude(r => r.Actions)
            .SingleAsync(p => p.Id == id));

    /// <summary>The refusal or message the plan page shows after a redirect to it.</summary>
    public static async Task<string> ControlPlanAlertsAsync(this AppClient client, int planId)
    {
        var page = await client.GetDocumentAsync(Details(planId));
        return string.Join(" ", page.QuerySelectorAll(".alert-error, .alert-ok").Select(e => e.TextContent.Trim()));
    }
}
