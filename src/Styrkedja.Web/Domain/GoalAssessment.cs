namespace Styrkedja.Web.Domain;

/// <summary>The reading of a value against its target, shown as colour and text (never colour alone).</summary>
public enum TargetStatus
{
    Met,
    Close,
    NotMet,
}

/// <summary>How a goal's status follows from its indicators: a setting of the model.</summary>
public enum GoalStatusRule
{
    /// <summary>Met when every indicator is met; not met when any is not met; close otherwise.</summary>
    AllMet,

    /// <summary>Met when at least <see cref="GovernanceModel.GoalStatusSharePercent"/> % of the indicators are met.</summary>
    ShareMet,
}

/// <summary>
/// A manual assessment of a goal for a year that overrides the rolled-up status; the motivation is
/// required, so that an override is always explained.
/// </summary>
public class GoalAssessment : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }
    public TargetStatus Status { get; set; }
    public required string Motivation { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Goal);
    int IHasAuditSubject.AuditSubjectId => GoalId;
}
