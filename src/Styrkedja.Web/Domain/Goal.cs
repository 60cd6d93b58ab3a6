namespace Styrkedja.Web.Domain;

/// <summary>
/// A goal at one level of the chain, owned by a unit, in one planning year. It may contribute to
/// several higher goals (<see cref="ContributesTo"/>).
/// </summary>
public class Goal : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public int LevelId { get; set; }
    public GoalLevel? Level { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    public int? PerspectiveId { get; set; }
    public Perspective? Perspective { get; set; }
    public required string Title { get; set; }

    /// <summary>Markdown, rendered through the sanitiser.</summary>
    public string Description { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>The goal of the previous year this one was copied from, to follow a goal over years.</summary>
    public int? CopiedFromId { get; set; }

    public List<GoalLink> ContributesTo { get; set; } = [];
}

/// <summary>"Goal contributes to ParentGoal". Its history is part of the contributing goal's.</summary>
public class GoalLink : IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }
    public int ParentGoalId { get; set; }
    public Goal? ParentGoal { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Goal);
    int IHasAuditSubject.AuditSubjectId => GoalId;
}
