namespace Styrkedja.Web.Domain;

/// <summary>Which units write a report in a round of a report type.</summary>
public enum ReportWriters
{
    /// <summary>No unit writes: the round is generated from economy figures alone (Blekinge's månadsrapport).</summary>
    None,

    /// <summary>Styrelse and nämnder.</summary>
    Committees,

    /// <summary>Styrelse, nämnder and förvaltningar.</summary>
    CommitteesAndAdministrations,
}

/// <summary>
/// One kind of follow-up in the model's report cycle: månadsuppföljning, uppföljningsrapport 1,
/// tertialrapport, delårsrapport, verksamhetsberättelse, årsredovisning. The cycle is data, so that
/// Halland's and Blekinge's calendars (and a municipality's own) are settings, not code.
/// </summary>
public class ReportType : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }

    /// <summary>What the units' reports are called, e.g. "Tertialrapport" or "Verksamhetsberättelse".</summary>
    public required string Name { get; set; }

    /// <summary>What the organisation's consolidated report is called, e.g. "Årsredovisning"; empty means <see cref="Name"/>.</summary>
    public string ConsolidatedName { get; set; } = "";

    /// <summary>The months (1–12) whose end the type follows up, comma separated: "4", or "1,2,3,4,5,7,8,9,10,11,12".</summary>
    public string Months { get; set; } = "";

    public ReportWriters Writers { get; set; } = ReportWriters.Committees;

    /// <summary>Days after the period's end that the units' reports are due.</summary>
    public int DueDays { get; set; } = 15;

    /// <summary>The assembly (fullmäktige) receives the consolidated report, not only the board.</summary>
    public bool ToAssembly { get; set; }

    /// <summary>The units' reports carry their internal-control report (verksamhetsberättelse).</summary>
    public bool IncludesInternalControl { get; set; }

    public int SortOrder { get; set; }

    public IReadOnlyList<int> MonthList => Domain.MonthList.Parse(Months);

    public string ConsolidatedTitle => string.IsNullOrWhiteSpace(ConsolidatedName) ? Name : ConsolidatedName;
}

/// <summary>
/// A report type's follow-up of one period: opened by a controller, it holds one <see cref="Report"/>
/// per writing unit and the controller's own text for the organisation's consolidated report.
/// </summary>
public class ReportRound : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public int ReportTypeId { get; set; }
    public ReportType? ReportType { get; set; }
    public int PlanningYearId { get; set; }
    public PlanningYear? PlanningYear { get; set; }

    /// <summary>The last month (1–12) of the period followed up.</summary>
    public int Month { get; set; }

    /// <summary>When the units' reports are due (each report copies it and may be given its own).</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>The controller's region-level text of the consolidated report (Markdown).</summary>
    public string Summary { get; set; } = "";

    public List<Report> Reports { get; set; } = [];
}

/// <summary>ej påbörjad → pågår → inskickad → granskad (or återremitterad) → fastställd.</summary>
public enum ReportState
{
    NotStarted,
    InProgress,
    Submitted,
    Reviewed,
    Returned,
    Adopted,
}

/// <summary>A goal's fulfilment as a report assesses it, at period end and as forecast for the full year.</summary>
public enum Fulfilment
{
    Met,
    PartlyMet,
    NotMet,
    NotAssessed,
}

/// <summary>
/// One unit's report in a round: an assessment and full-year forecast per goal, the economy figures of
/// the unit's own operations (in tkr; the consolidated report sums them up the tree), free sections,
/// and the workflow with the committee's decision.
/// </summary>
public class Report : TrackedEntity, IOrganisationScoped, IDecisionRecord
{
    public int OrganisationId { get; set; }
    public int ReportRoundId { get; set; }
    public ReportRound? Round { get; set; }
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public ReportState State { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>When the report was last submitted (UTC); who did it is in the audit log.</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>The reviewer's reason when the report was sent back (återremitterad).</summary>
    public string? ReturnComment { get; set; }

    /// <summary>Annual budget for the unit's own operations, tkr.</summary>
    public decimal? BudgetYear { get; set; }

    /// <summary>Budget for the period up to the round's month, tkr.</summary>
    public decimal? BudgetToDate { get; set; }

    /// <summary>Outcome for the period up to the round's month, tkr.</summary>
    public decimal? OutcomeToDate { get; set; }

    /// <summary>Full-year forecast, tkr.</summary>
    public decimal? ForecastYear { get; set; }

    public string EconomyComment { get; set; } = "";

    /// <summary>The deciding body as written in the minutes, e.g. "Hälso- och sjukvårdsnämnden".</summary>
    public string? DecidedBy { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionParagraph { get; set; }
    public string? RegistryNumber { get; set; }

    public List<ReportSection> Sections { get; set; } = [];
    public List<ReportGoalAssessment> Assessments { get; set; } = [];

    /// <summary>The writer may change the report: not yet submitted, or sent back.</summary>
    public bool IsWritable => State is ReportState.NotStarted or ReportState.InProgress or ReportState.Returned;

    /// <summary>Submitted and not sent back: what consolidation counts.</summary>
    public bool IsSubmitted => State is ReportState.Submitted or ReportState.Reviewed or ReportState.Adopted;

    public bool IsLate(DateOnly today) => !IsSubmitted && DueOn < today;
}

/// <summary>A free section of a report (sammanfattning, viktiga händelser, personal): a heading and Markdown text.</summary>
public class ReportSection : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public required string Heading { get; set; }
    public string Body { get; set; } = "";
    public int SortOrder { get; set; }

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Report);
    int IHasAuditSubject.AuditSubjectId => ReportId;
}

/// <summary>
/// A report's assessment of one of the unit's goals: fulfilment at period end and forecast for the
/// year, with the analysis the seeds ask for (causes, consequences, proposed measures).
/// </summary>
public class ReportGoalAssessment : TrackedEntity, IOrganisationScoped, IHasAuditSubject
{
    public int OrganisationId { get; set; }
    public int ReportId { get; set; }
    public Report? Report { get; set; }
    public int GoalId { get; set; }
    public Goal? Goal { get; set; }
    public Fulfilment AtPeriodEnd { get; set; } = Fulfilment.NotAssessed;
    public Fulfilment Forecast { get; set; } = Fulfilment.NotAssessed;
    public string Analysis { get; set; } = "";
    public string Consequences { get; set; } = "";
    public string Measures { get; set; } = "";

    string IHasAuditSubject.AuditSubjectType => nameof(Domain.Report);
    int IHasAuditSubject.AuditSubjectId => ReportId;
}
