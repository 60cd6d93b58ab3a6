using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>
/// "Hämta fjolårets risker": last year's risks of the unit become this year's starting point, each pointing
/// back to the row it continues so that its history can be followed. A risk already carried is skipped,
/// so pressing twice copies nothing more.
/// </summary>
public static class RiskCarryOver
{
    /// <summary>The number of risks copied, or null when there is no planning year before this one.</summary>
    public static async Task<int?> CarryAsync(StyrkedjaDbContext db, OrgUnit unit, PlanningYear year)
    {
        if (await db.PlanningYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year.Year - 1) is not { } lastYear)
            return null;
        var carried = await db.Risks.Where(r => r.OrgUnitId == unit.Id && r.PlanningYearId == year.Id && r.CarriedFromId != null)
            .Select(r => r.CarriedFromId!.Value).ToListAsync();
        var toCarry = await db.Risks.AsNoTracking()
            .Where(r => r.OrgUnitId == unit.Id && r.PlanningYearId == lastYear.Id && !carried.Contains(r.Id))
            .OrderBy(r => r.Id).ToListAsync();
        db.Risks.AddRange(toCarry.Select(r => Continue(r, year)));
        await db.SaveChangesAsync();
        return toCarry.Count;
    }

    /// <summary>This year's copy of a risk: same assessment to start from, to be revised.</summary>
    public static Risk Continue(Risk from, PlanningYear year) => new()
    {
        OrganisationId = from.OrganisationId, OrgUnitId = from.OrgUnitId, PlanningYearId = year.Id, Title = from.Title,
        Description = from.Description, Area = from.Area, Probability = from.Probability, Consequence = from.Consequence,
        Owner = from.Owner, Measures = from.Measures, CarriedFromId = from.Id,
    };
}
