using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Plans;

/// <summary>Arranges plans directly in the database, so the tests depend on no demo plan.</summary>
internal static class PlanTestData
{
    public const string Hsn = "Hälso- och sjukvårdsnämnden";
    public const string Run = "Regionala utvecklingsnämnden";

    public static int ThisYear => DateTime.Now.Year;

    /// <summary>The planning year after this one: the demo seeds it but writes no plans for it.</summary>
    public static int NextYear => DateTime.Now.Year + 1;

    /// <summary>
    /// A fresh revision 1 of the unit's plan for the year, in the given state, with the default sections;
    /// any plan the unit already had for the year (demo data) is removed first.
    /// </summary>
    public static Task<Plan> ArrangePlanAsync(this StyrkedjaFactory app, string organisation, string unitName, int year,
        PlanState state = PlanState.Draft) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            db.Plans.RemoveRange(await db.Plans.Where(p => p.OrgUnitId == unit.Id && p.PlanningYearId == planningYear.Id).ToListAsync());
            await db.SaveChangesAsync();
            var plan = new Plan
            {
                OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = planningYear.Id,
                Kind = PlanKinds.For(unit.Kind)!.Value, Title = $"Testplan {unitName} {year}", State = state,
                Sections = PlanRules.DefaultSections(unit.OrganisationId),
            };
            if (state == PlanState.Decided)
            {
                plan.DecidedBy = unitName;
                plan.DecidedOn = new DateOnly(year - 1, 11, 20);
                plan.DecisionParagraph = "§ 1";
                plan.RegistryNumber = "TEST 1";
            }
            db.Plans.Add(plan);
            await db.SaveChangesAsync();
            return plan;
        });

    /// <summary>The plan as stored now, with its sections.</summary>
    public static Task<Plan> PlanAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.Plans.AsNoTracking().Include(p => p.Sections).SingleAsync(p => p.Id == id));

    public static Task<List<Plan>> PlansOfAsync(this StyrkedjaFactory app, string organisation, string unitName, int year) =>
        app.WithDbAsync(organisation, db => db.Plans.AsNoTracking().Include(p => p.Sections)
            .Where(p => p.OrgUnit!.Name == unitName && p.PlanningYear!.Year == year).OrderBy(p => p.Revision).ToListAsync());

    public static Task<List<AuditEntry>> PlanAuditAsync(this StyrkedjaFactory app, string organisation, int planId) =>
        app.WithDbAsync(organisation, db => db.AuditEntries
            .Where(a => a.SubjectType == "Plan" && a.SubjectId == planId.ToString()).ToListAsync());

    /// <summary>The refusal or message the plan page shows after a redirect to it.</summary>
    public static async Task<string> PlanPageAlertsAsync(this AppClient client, int planId)
    {
        var page = await client.GetDocumentAsync($"/Plans/Details/{planId}");
        return string.Join(" ", page.QuerySelectorAll(".alert-error, .alert-ok").Select(e => e.TextContent.Trim()));
    }
}
