namespace Styrkedja.Web.Domain;

/// <summary>
/// A budget proposal for a budget year (the <see cref="PlanningYear"/>) and the years of the plan horizon
/// after it: the majority's proposal and each opposition party's (000) are each a full set of frames.
/// Adopting one (state <see cref="PlanState.Decided"/>, with decision data as for plans) makes it the
/// decided budget of the year; at most one proposal of a year is adopted.
/// </summary>
public class BudgetProposal : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }

    /// <summary>E.g. "Majoritetens budgetförslag" or "Socialdemokraternas budgetförslag".</summary>
    public required string Name { get; set; }

    /// <summary>The party or parties behind the proposal.</summary>
    public string Party { get; set; } = "";

    public string Description { get; set; } = "";
    public PlanState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }
    public List<BudgetProposalYear> Years { get; set; } = [];
    public List<BudgetFrame> Frames { get; set; } = [];

    public bool IsAdopted => State == PlanState.Decided;
}

/// <summary>
/// What a proposal assumes for one calendar year of its horizon: the tax rate (kr per 100 kr), tax revenue
/// and general state grants, and the financial net (both tkr). With the frames they give the year's
/// result, which the <see cref="FinancialGoal"/>s are checked against.
/// </summary>
public class BudgetProposalYear : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int BudgetProposalId { get; set; }
    public BudgetProposal? Proposal { get; set; }
    public int Year { get; set; }
    public decimal TaxRate { get; set; }
    public decimal TaxRevenue { get; set; }
    public decimal FinancialNet { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(BudgetProposal);
    int IHasAuditSubject.AuditSubjectId => BudgetProposalId;
}

/// <summary>
/// A committee's frames (ramar) for one calendar year in a proposal, tkr: the operating frame is the
/// committee's net cost (drift), the investment frame what it may invest.
/// </summary>
public class BudgetFrame : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int BudgetProposalId { get; set; }
    public BudgetProposal? Proposal { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int Year { get; set; }
    public decimal OperatingFrame { get; set; }
    public decimal InvestmentFrame { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(BudgetProposal);
    int IHasAuditSubject.AuditSubjectId => BudgetProposalId;
}

public enum FinancialGoalKind
{
    /// <summary>The year's result is at least the percentage of tax revenue and general grants (e.g. 2 %).</summary>
    MinimumResultShare,

    /// <summary>The year's investments are at most the percentage of tax revenue and general grants.</summary>
    MaximumInvestmentShare,
}

/// <summary>A financial goal of the organisation (god ekonomisk hushållning), checked against every proposal's years.</summary>
public class FinancialGoal : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public FinancialGoalKind Kind { get; set; }
    public decimal Percent { get; set; }
    public string Description { get; set; } = "";
}
