namespace Styrkedja.Web.Domain;

/// <summary>The body that decides or is responsible for a step of the planning and follow-up year.</summary>
public enum ProcessBody
{
    /// <summary>Regionfullmäktige / kommunfullmäktige.</summary>
    Assembly,

    /// <summary>Regionstyrelsen / kommunstyrelsen (and its working committee).</summary>
    Board,

    /// <summary>The nämnder.</summary>
    Committee,

    /// <summary>The förvaltningar.</summary>
    Administration,

    /// <summary>The regional staff (regionstab, regionledningskontor): controllers, finance.</summary>
    RegionalStaff,
}

/// <summary>What a step produces; the calendar links the item to it.</summary>
public enum ProcessOutput
{
    Other,
    Plan,
    ReportRound,
    BudgetDecision,
    Meeting,
}

/// <summary>
/// A step of the model's process template (årshjul): the planning and follow-up year as data, so that
/// Halland's and Blekinge's calendars, and a municipality's own, are settings. A step with several months
/// (monthly reports) gives one calendar item per month.
/// </summary>
public class ProcessStep : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string Name { get; set; }

    /// <summary>The months (1–12) the step falls in, comma separated: "3", or "1,2,3,4,5,7,8,9,10,11,12".</summary>
    public string Months { get; set; } = "";

    /// <summary>Day of the month the step's date falls on; a day past the month's end means its last day.</summary>
    public int Day { get; set; } = 15;

    public ProcessBody Body { get; set; }
    public ProcessOutput Produces { get; set; }

    /// <summary>With <see cref="ProcessOutput.ReportRound"/>: the report type whose round the step is.</summary>
    public int? ReportTypeId { get; set; }
    public ReportType? ReportType { get; set; }

    /// <summary>With <see cref="ProcessOutput.Meeting"/>: the kind of meeting the step holds.</summary>
    public MeetingType? MeetingType { get; set; }

    public string Purpose { get; set; } = "";
    public int SortOrder { get; set; }

    public IReadOnlyList<int> MonthList => Domain.MonthList.Parse(Months);
}

/// <summary>
/// One dated step of a year's calendar, generated from the template and editable per year (or added by hand).
/// Its iCalendar UID is derived from its id and its SEQUENCE from <see cref="TrackedEntity.Version"/>, so a
/// moved date updates the event in the user's calendar instead of adding a second one.
/// </summary>
public class YearWheelItem : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }

    /// <summary>The template step it was generated from; null for an item added by hand.</summary>
    public int? ProcessStepId { get; set; }
    public ProcessStep? ProcessStep { get; set; }

    public required string Name { get; set; }
    public DateOnly Date { get; set; }
    public ProcessBody Body { get; set; }
    public ProcessOutput Produces { get; set; }
    public int? ReportTypeId { get; set; }
    public string Purpose { get; set; } = "";

    /// <summary>The meeting the item holds, once planned.</summary>
    public int? MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>When the step was marked done; null while it is not.</summary>
    public DateOnly? DoneOn { get; set; }

    public YearWheelState StateOn(DateOnly today) =>
        DoneOn is not null ? YearWheelState.Done
        : Date < today ? YearWheelState.Late
        : Date <= today.AddDays(YearWheelItems.DueWithinDays) ? YearWheelState.Due
        : YearWheelState.Coming;
}

/// <summary>coming, due (within two weeks), done, late.</summary>
public enum YearWheelState
{
    Coming,
    Due,
    Done,
    Late,
}

public static class YearWheelItems
{
    /// <summary>An item is "due" this many days before its date.</summary>
    public const int DueWithinDays = 14;
}

/// <summary>
/// The yearly evaluation of the process (000, 002: the processes are evaluated every year): what worked,
/// what did not, and proposed changes to the template, applied to next year's template in one step.
/// </summary>
public class ProcessEvaluation : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }
    public string WhatWorked { get; set; } = "";
    public string WhatDidNotWork { get; set; } = "";

    /// <summary>When the proposed changes were applied to the template; null until then.</summary>
    public DateOnly? AppliedOn { get; set; }

    public List<ProcessChange> Changes { get; set; } = [];
}

/// <summary>
/// A proposed change to the template: move or rename a step, change its body, remove it, or (with no
/// step) add a new one.
/// </summary>
public class ProcessChange : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ProcessEvaluationId { get; set; }
    public ProcessEvaluation? Evaluation { get; set; }

    /// <summary>The step to change; null proposes a new step.</summary>
    public int? ProcessStepId { get; set; }
    public ProcessStep? ProcessStep { get; set; }

    public bool Remove { get; set; }
    public string? NewName { get; set; }
    public string? NewMonths { get; set; }
    public int? NewDay { get; set; }
    public ProcessBody? NewBody { get; set; }
    public string Motivation { get; set; } = "";

    string IHasAuditSubject.AuditSubjectType => nameof(ProcessEvaluation);
    int IHasAuditSubject.AuditSubjectId => ProcessEvaluationId;
}

/// <summary>
/// A secret calendar feed URL: the organisation's (no user) or one user's meetings and deadlines. Only a
/// hash of the token is stored; renewing replaces it, and the old URL stops working.
/// </summary>
public class CalendarFeed : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }

    /// <summary>Null for the organisation's feed.</summary>
    public string? UserId { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string TokenHash { get; set; }
}

/// <summary>Month lists stored as "1,2,3" (report types, process steps).</summary>
public static class MonthList
{
    public static IReadOnlyList<int> Parse(string months) => months
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(m => int.TryParse(m, out var month) ? month : 0)
        .Where(m => m is >= 1 and <= 12)
        .Distinct().Order().ToList();

    public static string Format(IEnumerable<int> months) => string.Join(',', months.Distinct().Order());
}
