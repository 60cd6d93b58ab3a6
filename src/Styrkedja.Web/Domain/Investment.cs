namespace Styrkedja.Web.Domain;

/// <summary>
/// The investment plan (002, 004): four plan years with a ten-year horizon, starting with the budget year
/// of its <see cref="PlanningYear"/> and decided a year ahead of it. Committees register their
/// <see cref="InvestmentNeed"/>s within their investment frame; the regional staff rank them across
/// committees; the plan is then decided and locked as plans are.
/// </summary>
public class InvestmentPlan : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public const int PlanYears = 4;
    public const int HorizonYears = 10;

    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public required string Title { get; set; }
    public PlanState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }
    public List<InvestmentNeed> Needs { get; set; } = [];

    public bool IsLocked => State == PlanState.Decided;
}

public enum InvestmentCategory
{
    /// <summary>Fastighet.</summary>
    Property,

    /// <summary>Medicinteknik.</summary>
    MedicalTechnology,

    /// <summary>IT.</summary>
    InformationTechnology,

    /// <summary>Övriga inventarier.</summary>
    OtherEquipment,
}

/// <summary>
/// A committee's investment need: category, description, the committee's own priority (1 first), and the
/// amounts per year (its timing); <see cref="CentralRank"/> is the regional staff's combined ranking
/// across committees (1 first), empty until assessed.
/// </summary>
public class InvestmentNeed : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int InvestmentPlanId { get; set; }
    public InvestmentPlan? Plan { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public InvestmentCategory Category { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public int CommitteePriority { get; set; }
    public int? CentralRank { get; set; }
    public string AssessmentComment { get; set; } = "";
    public List<InvestmentAmount> Amounts { get; set; } = [];

    string IHasAuditSubject.AuditSubjectType => nameof(InvestmentPlan);
    int IHasAuditSubject.AuditSubjectId => InvestmentPlanId;
}

/// <summary>What a need costs in one calendar year, tkr.</summary>
public class InvestmentAmount : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int InvestmentNeedId { get; set; }
    public InvestmentNeed? Need { get; set; }
    public int Year { get; set; }
    public decimal Amount { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(InvestmentNeed);
    int IHasAuditSubject.AuditSubjectId => InvestmentNeedId;
}
