using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Economy.Budget;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's financial goals and the budget proposals of this year (the majority's,
/// adopted, and two opposition proposals) and of next year (all three still drafts), each with frames for
/// every committee over the horizon. Region-scale amounts in tkr; the frames sum to a little less than tax
/// revenue and financial net, and one opposition proposal misses the 2 % result goal in one year so that a
/// failed check shows. All of it is example data.
/// </summary>
internal sealed class BudgetDemo(DemoSeeder seed)
{
    /// <summary>The region's size and politics for the demo.</summary>
    /// <param name="TaxRevenue">Tax revenue and general grants of this year, tkr.</param>
    /// <param name="DecisionMonth">The month the assembly adopts the budget the year before.</param>
    public sealed record Region(decimal TaxRevenue, decimal TaxRate, int DecisionMonth, string FirstOpposition, string SecondOpposition);

    public static readonly Region Halland = new(12_400_000m, 11.40m, 6, "Socialdemokraterna", "Sverigedemokraterna");
    public static readonly Region Blekinge = new(8_300_000m, 12.14m, 11, "Sverigedemokraterna", "Vänsterpartiet");

    /// <summary>A proposal's result as a share of revenue per horizon year (%); the first opposition's second year falls short of 2 %.</summary>
    private static readonly decimal[][] ResultShares = [[2.4m, 2.2m, 2.5m], [2.3m, 1.6m, 2.1m], [2.8m, 2.5m, 2.3m]];

    /// <summary>Investments as a share of revenue per proposal (%).</summary>
    private static readonly decimal[] InvestmentShares = [7.5m, 8.5m, 6.0m];

    /// <summary>Tax rate change against the majority's, per proposal (kr per 100 kr).</summary>
    private static readonly decimal[] TaxRateChanges = [0m, 0.10m, -0.05m];

    public async Task SeedAsync(PlanningYear thisYear, Region region)
    {
        var db = seed.Db;
        var orgId = thisYear.OrganisationId;
        db.FinancialGoals.AddRange(
            new FinancialGoal
            {
                OrganisationId = orgId, Name = "Resultatet ska vara minst 2 procent av skatteintäkter och generella statsbidrag",
                Kind = FinancialGoalKind.MinimumResultShare, Percent = 2, Description = "God ekonomisk hushållning. (Exempeldata.)",
            },
            new FinancialGoal
            {
                OrganisationId = orgId, Name = "Investeringarna ska vara högst 10 procent av skatteintäkter och generella statsbidrag",
                Kind = FinancialGoalKind.MaximumInvestmentShare, Percent = 10, Description = "Investeringarna ska i huvudsak finansieras med egna medel. (Exempeldata.)",
            });
        var committees = (await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Styrelse || u.Kind == OrgUnitKind.Namnd)
            .OrderBy(u => u.Path).ToListAsync()).Where(u => !u.IsClosed).ToList();
        var assembly = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Fullmaktige).Select(u => u.Name).FirstAsync();
        var nextYear = await db.PlanningYears.SingleOrDefaultAsync(y => y.Year == thisYear.Year + 1);

        foreach (var (year, adopt) in new[] { (thisYear, true), (nextYear, false) })
        {
            if (year is null)
                continue;
            var growth = year.Year - thisYear.Year;
            string[] names = ["Majoritetens budgetförslag", $"{region.FirstOpposition}s förslag", $"{region.SecondOpposition}s förslag"];
            string[] parties = ["Den styrande majoriteten", region.FirstOpposition, region.SecondOpposition];
            for (var i = 0; i < names.Length; i++)
            {
                var proposal = BudgetProposals.NewDraft(year, names[i], parties[i],
                    $"Budget och plan för {year.Year}–{year.LastPlanYear}. (Exempeldata.)",
                    committees, template: null);
                foreach (var y in proposal.Years)
                {
                    var step = growth + y.Year - year.Year;
                    var rate = region.TaxRate + TaxRateChanges[i];
                    // Revenue grows with the tax base about 3.5 % a year and with the rate itself.
                    y.TaxRate = rate;
                    y.TaxRevenue = RoundTo(region.TaxRevenue * (decimal)Math.Pow(1.035, step) * rate / region.TaxRate, 1000);
                    y.FinancialNet = RoundTo(y.TaxRevenue * 0.004m, 1000);
                    var resultShare = ResultShares[i][Math.Min(y.Year - year.Year, ResultShares[i].Length - 1)];
                    var operating = y.TaxRevenue + y.FinancialNet - RoundTo(y.TaxRevenue * resultShare / 100, 100);
                    Spread(proposal.Frames.Where(f => f.Year == y.Year).ToList(), committees, operating, i, (f, v) => f.OperatingFrame = v);
                    Spread(proposal.Frames.Where(f => f.Year == y.Year).ToList(), committees,
                        RoundTo(y.TaxRevenue * InvestmentShares[i] / 100, 1000), i, (f, v) => f.InvestmentFrame = v, investment: true);
                }
                if (adopt && i == 0)
                {
                    proposal.State = PlanState.Decided;
                    proposal.DecidedBy = assembly;
                    proposal.DecidedOn = new DateOnly(year.Year - 1, region.DecisionMonth, 20);
                    proposal.DecisionParagraph = "§ 52";
                    proposal.RegistryNumber = $"RS {year.Year - 1}/210";
                }
                db.BudgetProposals.Add(proposal);
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Shares the total among the committees by their size (health care takes most), rounded to 100 tkr; the
    /// rounding remainder goes to the largest so that the frames sum exactly to the total. Opposition proposals
    /// move a little between culture and health care, so that the comparison shows differences per committee.
    /// </summary>
    private static void Spread(List<BudgetFrame> frames, List<OrgUnit> committees, decimal total, int proposal,
        Action<BudgetFrame, decimal> set, bool investment = false)
    {
        var weights = committees.ToDictionary(c => c.Id, c => Weight(c, investment) * Tweak(c, proposal));
        var sum = weights.Values.Sum();
        foreach (var frame in frames)
            set(frame, RoundTo(total * weights[frame.OrgUnitId] / sum, 100));
        var largest = frames.MaxBy(f => weights[f.OrgUnitId])!;
        set(largest, total - frames.Where(f => f != largest).Sum(f => investment ? f.InvestmentFrame : f.OperatingFrame));
    }

    private static decimal RoundTo(decimal value, decimal unit) => Math.Round(value / unit) * unit;

    private static decimal Weight(OrgUnit committee, bool investment) => committee.Name switch
    {
        var n when n.Contains("sjukvård") => investment ? 55 : 74,
        var n when n.Contains("Psykiatri") => investment ? 4 : 8,
        var n when n.Contains("styrelsen") => investment ? 30 : 6,
        var n when n.Contains("trafik") => investment ? 8 : 6,
        _ => investment ? 2 : 3,
    };

    private static decimal Tweak(OrgUnit committee, int proposal) => (proposal, committee.Name) switch
    {
        (1, var n) when n.Contains("Kultur") => 1.10m,
        (2, var n) when n.Contains("Kultur") => 0.80m,
        (2, var n) when n.Contains("sjukvård") => 1.01m,
        _ => 1m,
    };
}
