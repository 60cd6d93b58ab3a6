using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Budget;

public enum FrameKind
{
    Operating,
    Investment,
}

/// <summary>
/// Proposals side by side: the frames per committee and year, their totals, and each proposal's
/// difference against the first one (the baseline). The page and the Excel export read it alike.
/// </summary>
public sealed class BudgetComparison(IReadOnlyList<BudgetProposal> proposals, IReadOnlyList<int> years, IReadOnlyList<OrgUnit> committees)
{
    public IReadOnlyList<BudgetProposal> Proposals => proposals;
    public IReadOnlyList<int> Years => years;
    public IReadOnlyList<OrgUnit> Committees => committees;
    public BudgetProposal Baseline => proposals[0];

    public static string KindName(FrameKind kind) => kind == FrameKind.Operating ? BudgetText.OperatingFrames : BudgetText.InvestmentFrames;

    /// <summary>The committee's frame of the kind in the year; 0 when the proposal has none for it.</summary>
    public static decimal Amount(BudgetProposal proposal, int unitId, int year, FrameKind kind) =>
        proposal.Frames.Where(f => f.OrgUnitId == unitId && f.Year == year)
            .Sum(f => kind == FrameKind.Operating ? f.OperatingFrame : f.InvestmentFrame);

    public static decimal Total(BudgetProposal proposal, int year, FrameKind kind) =>
        proposal.Frames.Where(f => f.Year == year).Sum(f => kind == FrameKind.Operating ? f.OperatingFrame : f.InvestmentFrame);

    public decimal Difference(BudgetProposal proposal, int unitId, int year, FrameKind kind) =>
        Amount(proposal, unitId, year, kind) - Amount(Baseline, unitId, year, kind);

    public decimal TotalDifference(BudgetProposal proposal, int year, FrameKind kind) =>
        Total(proposal, year, kind) - Total(Baseline, year, kind);

    /// <summary>The year's figures of the proposal (result and shares), or null when it lacks the year.</summary>
    public static YearFigures? Figures(BudgetProposal proposal, int year) => BudgetFigures.Of(proposal).FirstOrDefault(f => f.Year == year);
}
