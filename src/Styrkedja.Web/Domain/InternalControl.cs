namespace Styrkedja.Web.Domain;

/// <summary>Which of the risk matrix's two axes a scale step belongs to.</summary>
public enum RiskAxis
{
    Probability,
    Consequence,
}

/// <summary>
/// One step of the organisation's probability or consequence scale (1 = lowest), with the name and the
/// description the committees assess against. The number of steps per axis is the scale: 1–4 in both
/// demo organisations, configurable in the model.
/// </summary>
public class RiskScaleStep : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public RiskAxis Axis { get; set; }
    public int Value { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
}

/// <summary>
/// A risk in a unit's risk- och konsekvensanalys for a planning year: what could go wrong, in which
/// process or area, how likely (<see cref="Probability"/>) and how serious (<see cref="Consequence"/>),
/// who owns it and what is done about it. A risk carried over from last year points to last year's row,
/// so that its history (earlier values and measures) can be followed back.
/// </summary>
public class Risk : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>The process or area the risk belongs to, e.g. "Ekonomi", "Personal", "Upphandling".</summary>
    public string? Area { get; set; }

    public int Probability { get; set; }
    public int Consequence { get; set; }

    /// <summary>The risk owner, e.g. "Förvaltningschef".</summary>
    public string? Owner { get; set; }

    /// <summary>Measures already taken or planned (Markdown).</summary>
    public string? Measures { get; set; }

    /// <summary>Last year's risk this one continues, if any.</summary>
    public int? CarriedFromId { get; set; }
    public Risk? CarriedFrom { get; set; }

    /// <summary>Risk value: probability × consequence (1–16 on the 4 × 4 scale).</summary>
    public int Value => Probability * Consequence;
}

/// <summary>
/// A committee's intern kontrollplan for a planning year, decided with its budget input: the controls
/// chosen from the risk analysis. Locked once decided, as plans are.
/// </summary>
public class InternalControlPlan : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public PlanState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }
    public List<Control> Controls { get; set; } = [];

    public bool IsLocked => State == PlanState.Decided;
}

/// <summary>
/// One control of a control plan: what is checked, how, by whom, when or how often, and to whom it is
/// reported; usually chosen from a risk of the unit's analysis.
/// </summary>
public class Control : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int InternalControlPlanId { get; set; }
    public InternalControlPlan? Plan { get; set; }
    public int? RiskId { get; set; }
    public Risk? Risk { get; set; }
    public required string Title { get; set; }
    public string? Method { get; set; }
    public string? Responsible { get; set; }

    /// <summary>When or how often, e.g. "Två gånger per år" or "Mars och september".</summary>
    public string? Frequency { get; set; }

    public string? ReportedTo { get; set; }
    public int SortOrder { get; set; }
    public List<ControlResult> Results { get; set; } = [];

    string IHasAuditSubject.AuditSubjectType => nameof(InternalControlPlan);
    int IHasAuditSubject.AuditSubjectId => InternalControlPlanId;
}

/// <summary>The outcome of a control, read like a goal's traffic light (green, yellow, red).</summary>
public enum ControlOutcome
{
    NoRemarks,
    Remarks,
    SeriousDeficiencies,
}

/// <summary>
/// The result of one control for a report round (e.g. the delårsrapport) or, without a round, for the
/// whole year (the verksamhetsberättelse): the outcome, what was found and the actions decided.
/// </summary>
public class ControlResult : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ControlId { get; set; }
    public Control? Control { get; set; }
    public int? ReportRoundId { get; set; }
    public ReportRound? ReportRound { get; set; }
    public ControlOutcome Outcome { get; set; }
    public string? Findings { get; set; }
    public DateOnly PerformedOn { get; set; }
    public List<ControlAction> Actions { get; set; } = [];

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Control);
    int IHasAuditSubject.AuditSubjectId => ControlId;
}

/// <summary>An action decided on a control's findings, with an owner and a due date (in Mina uppgifter).</summary>
public class ControlAction : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ControlResultId { get; set; }
    public ControlResult? Result { get; set; }
    public required string Text { get; set; }
    public string? ResponsibleUserId { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(ControlResult);
    int IHasAuditSubject.AuditSubjectId => ControlResultId;
}
