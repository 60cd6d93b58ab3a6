using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Economy.Outcome;

/// <summary>One generated ledger amount, kronor.</summary>
internal sealed record GeneratedAmount(int UnitId, int LineId, LedgerAmountKind Kind, int Month, decimal Amount);

/// <summary>
/// Ledger amounts generated for next year (which the demo's ledger does not reach), written straight into
/// the database as an import would, so that the pages' sums can be checked against the generated rows.
/// </summary>
internal static class OutcomeTestData
{
    public static int NextYear => DateTime.Now.Year + 1;

    /// <summary>
    /// Budget for every month and outcome for months 1–<paramref name="lastOutcomeMonth"/>, for every unit and two lines of the
    /// test's own, in place of any amounts the year had.
    /// </summary>
    public static Task<List<GeneratedAmount>> GenerateAsync(this StyrkedjaFactory app, int seed, int lastOutcomeMonth = 6,
        string organisation = DemoUsers.Halland) =>
        app.WithDbAsync(organisation, async db =>
        {
            // The year holds only this test's amounts: tests of a class share a database.
            await db.LedgerAmounts.Where(a => a.Year == NextYear).ExecuteDeleteAsync();
            var random = new Random(seed);
            var units = await db.OrgUnits.Where(u => u.ClosedOn == null).OrderBy(u => u.Id).ToListAsync();
            var orgId = units[0].OrganisationId;
            var lines = new[] { "Testintäkter", "Testkostnader" }
                .Select((name, i) => new BudgetLine { OrganisationId = orgId, Name = $"{name} {seed}", SortOrder = 100 + i }).ToList();
            db.BudgetLines.AddRange(lines);
            var import = new LedgerImport { OrganisationId = orgId, FileName = $"test-{seed}.se", Year = NextYear, FirstMonth = 1, LastMonth = 12 };
            db.LedgerImports.Add(import);
            await db.SaveChangesAsync();

            var amounts = new List<GeneratedAmount>();
            foreach (var unit in units)
                for (var month = 1; month <= 12; month++)
                {
                    // Costs positive in öre as a ledger has them; revenue is credit, negative, and smaller, so that
                    // every unit has a net cost as in a region.
                    var budget = random.Next(0, 2_000_000) / 100m * 100;
                    amounts.Add(new(unit.Id, lines[1].Id, LedgerAmountKind.Budget, month, budget));
                    amounts.Add(new(unit.Id, lines[0].Id, LedgerAmountKind.Budget, month, -decimal.Round(budget * random.Next(0, 30) / 100m, 2)));
                    if (month > lastOutcomeMonth)
                        continue;
                    var outcome = random.Next(0, 200_000_000) / 100m;
                    amounts.Add(new(unit.Id, lines[1].Id, LedgerAmountKind.Outcome, month, outcome));
                    amounts.Add(new(unit.Id, lines[0].Id, LedgerAmountKind.Outcome, month, -decimal.Round(outcome * random.Next(0, 30) / 100m, 2)));
                }
            db.LedgerAmounts.AddRange(amounts.Select(a => new LedgerAmount
            {
                OrganisationId = orgId, LedgerImportId = import.Id, OrgUnitId = a.UnitId, BudgetLineId = a.LineId, Kind = a.Kind,
                Year = NextYear, Month = a.Month, Amount = a.Amount,
            }));
            await db.SaveChangesAsync();
            return amounts;
        });

    /// <summary>A unit and every unit below it.</summary>
    public static Task<HashSet<int>> SubtreeAsync(this StyrkedjaFactory app, string unitName, string organisation = DemoUsers.Halland) =>
        app.WithDbAsync(organisation, async db =>
        {
            var unit = await db.OrgUnits.SingleAsync(u => u.Name == unitName);
            return (await db.OrgUnits.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToListAsync()).ToHashSet();
        });

    /// <summary>The sum in tkr (as the pages round it, to whole tkr) of the generated amounts that match.</summary>
    public static decimal Tkr(this IEnumerable<GeneratedAmount> amounts, Func<GeneratedAmount, bool> match) =>
        decimal.Round(amounts.Where(match).Sum(a => a.Amount) / 1000m, 2);

    /// <summary>"1 234" with the non-breaking spaces sv-SE groups digits with: what the pages print.</summary>
    public static string Whole(decimal tkr) => tkr.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("sv-SE"));
}
