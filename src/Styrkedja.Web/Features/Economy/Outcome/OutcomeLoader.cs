using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Organisation;
using Styrkedja.Web.Features.PlanningYears;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>What the outcome page and its Excel file both need: the year, the unit and the figures, or why not.</summary>
public sealed record LoadedOutcome(
    IActionResult? Refusal, List<PlanningYear> Years, PlanningYear? Year, List<OrgUnit> Units, OutcomeView? View);

public static class OutcomeLoader
{
    /// <summary>
    /// The requested year (this year by default) and unit (the first top unit by default). A unit that is
    /// not in the organisation is 404; a user without a grant in it is 403.
    /// </summary>
    public static async Task<LoadedOutcome> LoadAsync(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock, int? year, int? unitId)
    {
        var tree = await OrgTree.LoadAsync(db);
        var units = tree.InTreeOrder().ToList();
        var unit = unitId is null ? tree.Roots.FirstOrDefault() : units.FirstOrDefault(u => u.Id == unitId);
        if (unitId is not null && unit is null)
            return new(new NotFoundResult(), [], null, [], null);
        if (unit is not null && !await access.CanAsync(UnitAction.Read, unit))
            return new(new ForbidResult(), [], null, [], null);
        var years = await db.PlanningYears.AsNoTracking().OrderBy(y => y.Year).ToListAsync();
        var chosen = PlanningYearChoice.Pick(years, year, clock);
        if (chosen is null || unit is null)
            return new(null, years, chosen, units, null);
        var ledger = await LedgerYear.LoadAsync(db, chosen.Year);
        var lines = await db.BudgetLines.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ToListAsync();
        return new(null, years, chosen, units, ledger.IsEmpty ? null : OutcomeView.Build(ledger, tree, unit, lines));
    }
}
