namespace Styrkedja.Web.Domain;

/// <summary>The kinds of meetings and dialogues of the governance year (000, 001, 002, 004).</summary>
public enum MeetingType
{
    /// <summary>Resultatdialog.</summary>
    ResultDialogue,

    /// <summary>Verksamhetscontrolling: RS's working committee meets a committee's presidium (Halland).</summary>
    OperationsControlling,

    /// <summary>Boksluts- och budgetdialog (Blekinge, March).</summary>
    ClosingAndBudgetDialogue,

    /// <summary>Delårsdialog (Blekinge, October).</summary>
    InterimDialogue,

    /// <summary>Verksamhetsberedning with all parties (Halland).</summary>
    OperationsPreparation,

    /// <summary>Samverkan with the unions (RSG).</summary>
    UnionConsultation,

    /// <summary>Politiskt seminarium.</summary>
    PoliticalSeminar,

    Other,
}

/// <summary>
/// A meeting or dialogue. Seed 004 asks that every one has a purpose, a goal, participants and an expected
/// result; RS may ask the participating units to bring information beforehand, which becomes a task for
/// them. Minutes, decisions and follow-up actions are recorded after the meeting. The iCalendar UID is
/// derived from the id and the SEQUENCE from <see cref="TrackedEntity.Version"/>.
/// </summary>
public class Meeting : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public MeetingType Type { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Swedish local time; none for an all-day item.</summary>
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public string Location { get; set; } = "";

    public string Purpose { get; set; } = "";
    public string Goal { get; set; } = "";
    public string ExpectedResult { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Agenda { get; set; } = "";

    /// <summary>What the participating units are asked to bring (Markdown); with <see cref="InformationDueOn"/> a task for them.</summary>
    public string InformationRequest { get; set; } = "";
    public DateOnly? InformationDueOn { get; set; }

    /// <summary>Markdown, after the meeting.</summary>
    public string Minutes { get; set; } = "";

    /// <summary>Markdown, after the meeting.</summary>
    public string Decisions { get; set; } = "";

    public List<MeetingParticipant> Participants { get; set; } = [];
    public List<MeetingAction> Actions { get; set; } = [];
}

/// <summary>A participant of a meeting: an org unit (its presidium or management) or a person.</summary>
public class MeetingParticipant : IOrganisationScoped, IHasAuditSubject
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public int? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public string? UserId { get; set; }
    public AppUser? User { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Meeting);
    int IHasAuditSubject.AuditSubjectId => MeetingId;
}

/// <summary>A follow-up action decided at a meeting: owner and due date; it appears in the owner's Mina uppgifter.</summary>
public class MeetingAction : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }
    public required string Text { get; set; }
    public string? OwnerUserId { get; set; }
    public AppUser? Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Meeting);
    int IHasAuditSubject.AuditSubjectId => MeetingId;
}
