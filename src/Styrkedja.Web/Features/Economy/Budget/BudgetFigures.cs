using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Budget;

/// <summary>
/// What one calendar year of a proposal comes to: the assumptions (tax rate, tax revenue and general
/// grants, financial net) and the committees' frames summed, in tkr.
/// </summary>
public sealed record YearFigures(int Year, decimal TaxRate, decimal TaxRevenue, decimal FinancialNet, decimal Operating, decimal Investment)
{
    /// <summary>The year's result: what comes in less the committees' net costs.</summary>
    public decimal Result => TaxRevenue + FinancialNet - Operating;

    /// <summary>The result as a percentage of tax revenue and general grants; null without revenue.</summary>
    public decimal? ResultShare => Share(Result);

    /// <summary>The investments as a percentage of tax revenue and general grants; null without revenue.</summary>
    public decimal? InvestmentShare => Share(Investment);

    private decimal? Share(decimal amount) => TaxRevenue == 0 ? null : amount * 100 / TaxRevenue;
}

/// <summary>A financial goal checked against one year of a proposal.</summary>
public sealed record GoalCheck(FinancialGoal Goal, int Year, decimal? Actual, bool Passed);

/// <summary>The year figures of proposals and the financial goals checked against them.</summary>
public static class BudgetFigures
{
    /// <summary>The proposal's years in order with its frames summed per year (years and frames loaded).</summary>
    public static List<YearFigures> Of(BudgetProposal proposal) =>
        proposal.Years.OrderBy(y => y.Year).Select(y =>
        {
            var frames = proposal.Frames.Where(f => f.Year == y.Year).ToList();
            return new YearFigures(y.Year, y.TaxRate, y.TaxRevenue, y.FinancialNet,
                frames.Sum(f => f.OperatingFrame), frames.Sum(f => f.InvestmentFrame));
        }).ToList();

    /// <summary>
    /// Checks the goal against the year. The comparison is made on the amounts (result × 100 against
    /// percent × revenue), not on a rounded share, so that a result of exactly 2 % meets a 2 % goal.
    /// Without any revenue a share cannot be computed and no goal is met.
    /// </summary>
    public static GoalCheck Check(FinancialGoal goal, YearFigures year)
    {
        var limit = goal.Percent * year.TaxRevenue;
        var passed = year.TaxRevenue > 0 && goal.Kind switch
        {
            FinancialGoalKind.MinimumResultShare => year.Result * 100 >= limit,
            _ => year.Investment * 100 <= limit,
        };
        var actual = goal.Kind == FinancialGoalKind.MinimumResultShare ? year.ResultShare : year.InvestmentShare;
        return new GoalCheck(goal, year.Year, actual, passed);
    }

    /// <summary>Every goal against every year, goal by goal.</summary>
    public static List<GoalCheck> CheckAll(IEnumerable<FinancialGoal> goals, IReadOnlyList<YearFigures> years) =>
        goals.SelectMany(g => years.Select(y => Check(g, y))).ToList();
}
