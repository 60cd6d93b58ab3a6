using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.InternalControl;

/// <summary>Arranging risks straight in the database, for the risk tests.</summary>
public static class RiskTestData
{
    /// <summary>The demo's "this year" (the seeder's clock year) and the year before, which both demos have.</summary>
    public static int ThisYear => DateTime.Today.Year;

    public static Task<OrgUnit> UnitAsync(this StyrkedjaFactory app, string organisation, string name) =>
        app.WithDbAsync(organisation, db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Name == name));

    public static Task<Risk> AddRiskAsync(this StyrkedjaFactory app, string organisation, string unitName, int year,
        string title, int probability, int consequence) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            var planningYear = await db.PlanningYears.SingleAsync(y => y.Year == year);
            var risk = new Risk
            {
                OrganisationId = unit.OrganisationId, OrgUnitId = unit.Id, PlanningYearId = planningYear.Id, Title = title,
                Probability = probability, Consequence = consequence, Measures = "- Uppföljning varje tertial",
            };
            db.Risks.Add(risk);
            await db.SaveChangesAsync();
            return risk;
        });

    public static Task<Risk?> RiskAsync(this StyrkedjaFactory app, string organisation, int id) =>
        app.WithDbAsync(organisation, db => db.Risks.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id));

    public static Task<List<Risk>> RisksAsync(this StyrkedjaFactory app, string organisation, int unitId, int year) =>
        app.WithDbAsync(organisation, db => db.Risks.AsNoTracking()
            .Where(r => r.OrgUnitId == unitId && r.PlanningYear!.Year == year).ToListAsync());
}
