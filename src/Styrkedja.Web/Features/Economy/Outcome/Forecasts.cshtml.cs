using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Reports;
using Styrkedja.Web.Infrastructure.Security;

namespace Styrkedja.Web.Features.Economy.Outcome;

/// <summary>
/// /Economy/Outcome/Forecasts/{round}: every following-up unit's full-year forecast at the round — the
/// proposal (outcome to date + remaining budget) until a controller saves an adjusted one — with the sum.
/// </summary>
public class ForecastsModel(StyrkedjaDbContext db, AccessPolicy access) : PageModel
{
    public RoundEconomy Economy { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public List<UnitEconomy> Rows { get; private set; } = [];
    public HashSet<int> Adjustable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await ForecastRound.LoadAsync(db, id) is not { } round)
            return NotFound();
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        Economy = await RoundEconomy.LoadAsync(db, round);
        Title = ReportRules.RoundTitle(round.ReportType!, round.PlanningYear!.Year, round.Month);
        Rows = Economy.Units.Select(Economy.For).OfType<UnitEconomy>().ToList();
        foreach (var row in Rows)
            if (await access.CanAsync(UnitAction.Review, row.Unit))
                Adjustable.Add(row.Unit.Id);
        return Page();
    }
}

/// <summary>Loads a report round with what a forecast page shows of it.</summary>
public static class ForecastRound
{
    public static Task<ReportRound?> LoadAsync(StyrkedjaDbContext db, int id) =>
        db.ReportRounds.AsNoTracking().Include(r => r.ReportType).Include(r => r.PlanningYear).SingleOrDefaultAsync(r => r.Id == id);
}
