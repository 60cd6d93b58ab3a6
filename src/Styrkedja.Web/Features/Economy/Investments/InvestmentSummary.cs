using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// What the plan page and the Excel export show of a plan: its needs in the order of the combined
/// assessment (central rank, unranked last, then the committee's own priority), and the sums per category
/// and per committee for each of the ten years, the committees' plan years against their investment frames.
/// Computed in memory from the needs so that the page, the export and the tests count alike.
/// </summary>
public sealed class InvestmentSummary
{
    /// <summary>One committee in one year: what its needs add up to, and its frame when a budget is adopted.</summary>
    public sealed record CommitteeYear(int Year, decimal Sum, decimal? Frame)
    {
        /// <summary>Over the frame only when strictly more: spending the whole frame is within it.</summary>
        public bool IsOver => Frame is { } frame && Sum > frame;

        public decimal Excess => IsOver ? Sum - Frame!.Value : 0;
    }

    public sealed record CommitteeRow(OrgUnit Committee, IReadOnlyList<CommitteeYear> Years)
    {
        public bool IsOverInAnyPlanYear => Years.Take(InvestmentPlan.PlanYears).Any(y => y.IsOver);
    }

    private InvestmentSummary(int budgetYear, List<InvestmentNeed> needs, List<CommitteeRow> committees, InvestmentFrames? frames)
    {
        BudgetYear = budgetYear;
        Years = InvestmentRules.YearsOf(budgetYear);
        Needs = needs;
        Committees = committees;
        Frames = frames;
    }

    public int BudgetYear { get; }

    /// <summary>The ten calendar years; the first <see cref="InvestmentPlan.PlanYears"/> are the plan years.</summary>
    public int[] Years { get; }

    public IEnumerable<int> PlanYears => Years.Take(InvestmentPlan.PlanYears);
    public IEnumerable<int> HorizonYears => Years.Skip(InvestmentPlan.PlanYears);

    public IReadOnlyList<InvestmentNeed> Needs { get; }
    public IReadOnlyList<CommitteeRow> Committees { get; }

    /// <summary>The adopted budget's frames; null when no budget of the year is adopted.</summary>
    public InvestmentFrames? Frames { get; }

    public static InvestmentSummary Build(int budgetYear, IEnumerable<InvestmentNeed> needs, IEnumerable<OrgUnit> committees,
        InvestmentFrames? frames)
    {
        var ordered = needs
            .OrderBy(n => n.CentralRank ?? int.MaxValue)
            .ThenBy(n => n.CommitteePriority)
            .ThenBy(n => n.OrgUnit?.Path, StringComparer.Ordinal)
            .ThenBy(n => n.Title, StringComparer.CurrentCulture)
            .ToList();
        var years = InvestmentRules.YearsOf(budgetYear);
        // Every open committee (its frame matters even without needs), and any other unit a need belongs to.
        var units = committees.Concat(ordered.Select(n => n.OrgUnit!)).DistinctBy(u => u.Id).OrderBy(u => u.Path, StringComparer.Ordinal);
        var rows = units.Select(unit => new CommitteeRow(unit, years.Select(year => new CommitteeYear(year,
                ordered.Where(n => n.OrgUnitId == unit.Id).Sum(n => AmountOf(n, year)),
                InvestmentRules.IsPlanYear(budgetYear, year) ? frames?.For(unit.Id, year) : null)).ToList()))
            .ToList();
        return new InvestmentSummary(budgetYear, ordered, rows, frames);
    }

    public static decimal AmountOf(InvestmentNeed need, int year) => need.Amounts.Where(a => a.Year == year).Sum(a => a.Amount);

    public static decimal PlanYearsTotal(InvestmentNeed need, int budgetYear) =>
        need.Amounts.Where(a => InvestmentRules.IsPlanYear(budgetYear, a.Year)).Sum(a => a.Amount);

    public decimal ByCategory(InvestmentCategory category, int year) =>
        Needs.Where(n => n.Category == category).Sum(n => AmountOf(n, year));

    public decimal Total(int year) => Needs.Sum(n => AmountOf(n, year));

    public IEnumerable<CommitteeRow> OverFrame => Committees.Where(c => c.IsOverInAnyPlanYear);
}
