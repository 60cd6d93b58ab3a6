using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// Everything one unit's report shows: the round and the unit, per goal its assessment and its indicators
/// read at the end of the round's period, the unit's activities, the economy figures and the free
/// sections. The report page and the Word export both render this, so they can never disagree.
/// </summary>
public sealed record ReportContent(
    string OrganisationName,
    int UnitId,
    string UnitName,
    int RoundId,
    string Title,
    string TypeName,
    int Year,
    int Month,
    string Period,
    ReportState State,
    DateOnly DueOn,
    bool IsLate,
    ReportDecision? Decision,
    IReadOnlyList<ReportGoal> Goals,
    IReadOnlyList<ReportActivity> Activities,
    ReportEconomy Economy,
    IReadOnlyList<ReportSectionContent> Sections,
    ControlResultsSummary? InternalControl)
{
    /// <summary>The unit's goals the report has not yet assessed; submitting needs none.</summary>
    public IReadOnlyList<ReportGoal> Unassessed => Goals.Where(g => g.Assessment is null).ToList();
}

/// <summary>The committee's adoption as recorded from the minutes.</summary>
public sealed record ReportDecision(string? DecidedBy, DateOnly? DecidedOn, string? Paragraph, string? RegistryNumber);

/// <summary>A goal of the unit, the higher goals it contributes to ("Level: title"), its assessment (none yet) and indicators.</summary>
public sealed record ReportGoal(
    int Id, string Level, string Title, IReadOnlyList<string> ContributesTo, ReportAssessmentContent? Assessment,
    IReadOnlyList<ReportIndicator> Indicators);

public sealed record ReportAssessmentContent(Fulfilment AtPeriodEnd, Fulfilment Forecast, string Analysis, string Consequences, string Measures);

/// <summary>An indicator of a goal with its value at the end of the report's period, formatted as the value pages do.</summary>
/// <param name="Period">The period the value is for ("mars 2026"); null when nothing was reported by then.</param>
public sealed record ReportIndicator(int Id, string Name, string ReadFor, string? Period, string? Value, string? Target, TargetStatus? Status);

public sealed record ReportActivity(
    int Id, string Title, string? Responsible, DateOnly? EndsOn, ActivityStatus Status, int ProgressPercent, bool IsOverdue);

/// <summary>The unit's own economy figures, tkr.</summary>
public sealed record ReportEconomy(decimal? BudgetYear, decimal? BudgetToDate, decimal? OutcomeToDate, decimal? ForecastYear, string Comment)
{
    /// <summary>Budget − forecast: positive is a surplus, negative a deficit; null until both are given.</summary>
    public decimal? Deviation => BudgetYear - ForecastYear;
}

public sealed record ReportSectionContent(int Id, string Heading, string Body);
