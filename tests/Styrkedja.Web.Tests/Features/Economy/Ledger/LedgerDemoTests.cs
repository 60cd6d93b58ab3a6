using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Ledger;

/// <summary>The demo's ledger: imported through the import service at seed time, as the issue asks.</summary>
public class LedgerDemoTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Theory]
    [InlineData(DemoUsers.Halland)]
    [InlineData(DemoUsers.Blekinge)]
    public async Task Each_demo_region_has_last_years_outcome_this_years_to_last_month_and_budget_for_every_month(string organisation)
    {
        var thisYear = DateTime.Now.Year;
        var months = await app.WithDbAsync(organisation, db => db.LedgerAmounts
            .GroupBy(a => new { a.Kind, a.Year }).Select(g => new { g.Key.Kind, g.Key.Year, Months = g.Select(a => a.Month).Distinct().Count() })
            .ToListAsync());

        Assert.Equal(2, await app.WithDbAsync(organisation, db => db.LedgerImports.CountAsync()));
        Assert.Contains(months, m => m is { Kind: LedgerAmountKind.Outcome, Months: 12 } && m.Year == thisYear - 1);
        Assert.Contains(months, m => m is { Kind: LedgerAmountKind.Budget, Months: 12 } && m.Year == thisYear - 1);
        Assert.Contains(months, m => m is { Kind: LedgerAmountKind.Budget, Months: 12 } && m.Year == thisYear);
        Assert.DoesNotContain(months, m => m.Kind == LedgerAmountKind.Outcome && m.Year == thisYear && m.Months != DateTime.Now.Month - 1);
    }

    [Fact]
    public async Task Some_demo_units_spend_more_than_their_budget_and_others_do_not()
    {
        var lastYear = DateTime.Now.Year - 1;
        var net = await app.WithDbAsync(DemoUsers.Halland, db => db.LedgerAmounts.Where(a => a.Year == lastYear)
            .GroupBy(a => a.OrgUnitId)
            .Select(g => new
            {
                Outcome = g.Where(a => a.Kind == LedgerAmountKind.Outcome).Sum(a => a.Amount),
                Budget = g.Where(a => a.Kind == LedgerAmountKind.Budget).Sum(a => a.Amount),
            }).ToListAsync());

        Assert.Contains(net, n => n.Outcome > n.Budget * 1.03m);
        Assert.Contains(net, n => n.Outcome < n.Budget * 1.02m);
        Assert.All(net, n => Assert.InRange(n.Budget, 10_000_000m, 1_000_000_000m));
    }
}
