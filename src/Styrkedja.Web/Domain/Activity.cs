namespace Styrkedja.Web.Domain;

/// <summary>
/// An aktivitet or åtgärd: what a unit does in a planning year to reach its goals, with a responsible
/// person, dates, status and progress. It belongs to the unit and year, not to one plan revision, so
/// that its follow-up goes on while plans are revised.
/// </summary>
public class Activity : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public int OwnerUnitId { get; set; }
    public OrgUnit? OwnerUnit { get; set; }
    public required string Title { get; set; }

    /// <summary>Markdown, rendered through the sanitiser.</summary>
    public string Description { get; set; } = "";

    /// <summary>The person who answers for it; a user, so that it appears in their Mina uppgifter.</summary>
    public string? ResponsibleUserId { get; set; }
    public AppUser? Responsible { get; set; }

    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public ActivityStatus Status { get; set; }

    /// <summary>0–100.</summary>
    public int ProgressPercent { get; set; }

    public List<ActivityGoal> Goals { get; set; } = [];
    public List<ActivityIndicator> Indicators { get; set; } = [];
    public List<ActivityComment> Comments { get; set; } = [];

    public bool IsFinished => Status is ActivityStatus.Done or ActivityStatus.Cancelled;

    /// <summary>Past its end date and neither done nor cancelled.</summary>
    public bool IsOverdue(DateOnly today) => EndsOn < today && !IsFinished;
}

/// <summary>ej påbörjad, pågår, klar, försenad, avbruten.</summary>
public enum ActivityStatus
{
    NotStarted,
    InProgress,
    Done,
    Delayed,
    Cancelled,
}

/// <summary>The activity serves this goal.</summary>
public class ActivityGoal : IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Activity);
    int IHasAuditSubject.AuditSubjectId => ActivityId;
}

/// <summary>The activity serves this indicator.</summary>
public class ActivityIndicator : IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Activity);
    int IHasAuditSubject.AuditSubjectId => ActivityId;
}

/// <summary>
/// A dated follow-up comment on an activity, with the status and progress it reported. Written once,
/// never edited: the list is the activity's follow-up history. Who and when are the tracked fields.
/// </summary>
public class ActivityComment : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public required string Text { get; set; }
    public ActivityStatus Status { get; set; }
    public int ProgressPercent { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Activity);
    int IHasAuditSubject.AuditSubjectId => ActivityId;
}
