namespace Styrkedja.Web.Domain;

/// <summary>
/// A unit's plan for a planning year: RF's Mål och budget / Regionplan med budget, a committee's
/// verksamhetsplan, an administration's handlingsplan. Goals, indicators and activities live in their
/// own tables and are gathered into the plan when it is shown; the plan itself holds its free sections,
/// its state and the decision. Each revision is its own row: a decided revision is locked and keeps a
/// <see cref="Snapshot"/> of everything it showed, so that changing the plan means a new revision while
/// the decided one stays readable as it was decided.
/// </summary>
public class Plan : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }

    /// <summary>1 for the first plan of the unit and year, then one more per new revision.</summary>
    public int Revision { get; set; } = 1;

    public PlanKind Kind { get; set; }
    public required string Title { get; set; }
    public PlanState State { get; set; }

    /// <summary>The deciding body as written in the minutes, e.g. "Regionfullmäktige".</summary>
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }

    /// <summary>The paragraph of the minutes, e.g. "§ 45".</summary>
    public string? DecisionParagraph { get; set; }

    /// <summary>Diarienummer, e.g. "RS 2026/123".</summary>
    public string? RegistryNumber { get; set; }

    /// <summary>JSON of the plan's whole content when it was decided; null until then.</summary>
    public string? Snapshot { get; set; }

    public List<PlanSection> Sections { get; set; } = [];

    public bool IsLocked => State == PlanState.Decided;
}

/// <summary>utkast → under beredning → beslutad.</summary>
/// <summary>
/// A document a body has decided or adopted, as recorded from the minutes: the body, the date, the paragraph
/// (§) and the registry number (diarienummer). Plans, reports, control plans, planning documents, budget
/// proposals and investment plans record their decision alike.
/// </summary>
public interface IDecisionRecord
{
    string? DecidedBy { get; set; }
    DateOnly? DecidedOn { get; set; }
    string? DecisionParagraph { get; set; }
    string? RegistryNumber { get; set; }
}

public enum PlanState
{
    Draft,
    InPreparation,
    Decided,
}

/// <summary>Which of the model's plan documents a plan is; follows from the owning unit's kind.</summary>
public enum PlanKind
{
    /// <summary>Fullmäktige's plan (the model's <see cref="GovernanceModel.AssemblyPlanName"/>).</summary>
    Assembly,

    /// <summary>A board's or committee's verksamhetsplan.</summary>
    Committee,

    /// <summary>An administration's (or its operations') handlingsplan.</summary>
    Administration,
}

public static class PlanKinds
{
    /// <summary>The plan a unit of this kind writes; companies follow their own governance and write none here.</summary>
    public static PlanKind? For(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Fullmaktige => PlanKind.Assembly,
        OrgUnitKind.Styrelse or OrgUnitKind.Namnd => PlanKind.Committee,
        OrgUnitKind.Forvaltning or OrgUnitKind.Verksamhet or OrgUnitKind.Enhet => PlanKind.Administration,
        _ => null,
    };

    /// <summary>Units of these kinds are expected to have a plan every year (oversight lists those without).</summary>
    public static bool IsExpected(OrgUnitKind kind) =>
        kind is OrgUnitKind.Fullmaktige or OrgUnitKind.Styrelse or OrgUnitKind.Namnd or OrgUnitKind.Forvaltning;

    public static string NameIn(GovernanceModel model, PlanKind kind) => kind switch
    {
        PlanKind.Assembly => model.AssemblyPlanName,
        PlanKind.Committee => model.CommitteePlanName,
        _ => model.AdministrationPlanName,
    };
}

/// <summary>A free section of a plan (omvärld, prioriteringar, …): a heading and Markdown text.</summary>
public class PlanSection : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int PlanId { get; set; }
    public Plan? Plan { get; set; }
    public required string Heading { get; set; }
    public string Body { get; set; } = "";
    public int SortOrder { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Plan);
    int IHasAuditSubject.AuditSubjectId => PlanId;
}
