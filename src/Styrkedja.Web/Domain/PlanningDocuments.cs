namespace Styrkedja.Web.Domain;

/// <summary>
/// Planeringsförutsättningar (the strategic analysis) for a planning year: a structured document written
/// by the regional staff, with the committees contributing their own sections. Its parts are
/// <see cref="PremiseSection"/>s; the nulägesanalys also pulls last year's goal and indicator outcomes from
/// the system when shown, so they are never retyped.
/// </summary>
public class PlanningPremises : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public required string Title { get; set; }
    public PlanState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }
    public List<PremiseSection> Sections { get; set; } = [];

    public bool IsLocked => State == PlanState.Decided;
}

/// <summary>The four parts of the strategic analysis (001, 002).</summary>
public enum PremisePart
{
    /// <summary>Omvärldsanalys: demography, new legislation, global goals, technology, …</summary>
    External,

    /// <summary>Nulägesanalys: strengths, weaknesses, staff and competence, quality, efficiency, goal fulfilment.</summary>
    Current,

    /// <summary>Risk- och konsekvensanalys.</summary>
    Risk,

    /// <summary>Ekonomisk prognos.</summary>
    Economy,
}

/// <summary>
/// A section of the planeringsförutsättningar: a heading and Markdown text in one of the four parts,
/// written by the regional staff (no unit) or contributed by a committee (its unit).
/// </summary>
public class PremiseSection : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int PlanningPremisesId { get; set; }
    public PlanningPremises? Premises { get; set; }
    public PremisePart Part { get; set; }
    public int? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public required string Heading { get; set; }
    public string Body { get; set; } = "";
    public int SortOrder { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(PlanningPremises);
    int IHasAuditSubject.AuditSubjectId => PlanningPremisesId;
}

/// <summary>
/// Planeringsdirektiv: the board's instructions and economic frames to the committees for next year's
/// planning (002: RS in April, RF in May), built on the year's planeringsförutsättningar. Decided and
/// locked; each committee sees its own <see cref="DirectiveAssignment"/>.
/// </summary>
public class PlanningDirective : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public int? PlanningPremisesId { get; set; }
    public PlanningPremises? Premises { get; set; }
    public required string Title { get; set; }

    /// <summary>The instructions common to every committee (Markdown).</summary>
    public string Body { get; set; } = "";

    public PlanState State { get; set; }
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }
    public List<DirectiveAssignment> Assignments { get; set; } = [];

    public bool IsLocked => State == PlanState.Decided;
}

/// <summary>
/// What the directive asks of one committee: its own instructions and its economic frames for the year
/// (tkr; the economy issue's budget frames fill them where present).
/// </summary>
public class DirectiveAssignment : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int PlanningDirectiveId { get; set; }
    public PlanningDirective? Directive { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string Instructions { get; set; } = "";
    public decimal? OperatingFrame { get; set; }
    public decimal? InvestmentFrame { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(PlanningDirective);
    int IHasAuditSubject.AuditSubjectId => PlanningDirectiveId;
}
