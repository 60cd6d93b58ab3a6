using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Outcome;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds full-year forecasts at this year's latest opened round from the imported demo ledger: every other
/// following-up unit keeps the proposal, the others are adjusted with a comment, as a controller would.
/// Runs after the ledger demo; without ledger figures there is nothing to forecast. All of it is example data.
/// </summary>
internal sealed class ForecastDemo(DemoSeeder seed)
{
    private static readonly string[] Comments =
    [
        "Ökade kostnader för inhyrd personal under sommaren. (Exempeldata.)",
        "Lägre kostnader för läkemedel än budgeterat. (Exempeldata.)",
        "Vakanser som inte tillsätts före årsskiftet. (Exempeldata.)",
    ];

    public async Task SeedAsync(PlanningYear thisYear)
    {
        var db = seed.Db;
        var round = await db.ReportRounds.Include(r => r.PlanningYear).Where(r => r.PlanningYearId == thisYear.Id)
            .OrderByDescending(r => r.Month).FirstOrDefaultAsync();
        if (round is null)
            return;
        var economy = await RoundEconomy.LoadAsync(db, round);
        foreach (var (figures, i) in economy.Units.Select(economy.For).OfType<UnitEconomy>().Select((f, i) => (f, i)))
        {
            // Adjustments of a few percent of the year's budget, both ways.
            var adjustment = i % 2 == 0 ? 0 : decimal.Round(figures.BudgetYear * (i % 4 == 1 ? 0.02m : -0.01m), 0);
            db.EconomyForecasts.Add(new EconomyForecast
            {
                OrganisationId = thisYear.OrganisationId, OrgUnitId = figures.Unit.Id, ReportRoundId = round.Id,
                ProposedAmount = figures.Proposal, Amount = figures.Proposal + adjustment,
                Comment = adjustment == 0 ? "" : Comments[i % Comments.Length],
            });
        }
        await db.SaveChangesAsync();
    }
}
