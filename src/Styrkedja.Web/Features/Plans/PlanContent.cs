using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// Everything a plan shows, gathered from the unit's goals, indicators, activities and grunduppdrag
/// plus the plan's own sections. The plan page and the Word export both render this; a decided
/// revision keeps it as JSON (<see cref="Plan.Snapshot"/>) so that it reads as it was decided.
/// </summary>
public sealed record PlanContent(
    string OrganisationName,
    string UnitName,
    string PlanName,
    int Year,
    int LastPlanYear,
    PlanMission? Mission,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanIndicator> Indicators,
    IReadOnlyList<PlanActivity> Activities,
    IReadOnlyList<PlanSectionContent> Sections);

/// <summary>The unit's grunduppdrag, Markdown.</summary>
public sealed record PlanMission(string Purpose, string LawsAndDocuments, string OrganisationAndManagement, string TargetGroupsAndPartners);

/// <summary>A goal of the unit, the higher goals it contributes to ("Level: title") and the indicators that measure it.</summary>
public sealed record PlanGoal(
    int Id, string Level, string Title, string Description, string? Perspective,
    IReadOnlyList<string> ContributesTo, IReadOnlyList<string> Indicators);

/// <summary>An indicator of the plan with the målvärde that applies to the unit in the plan's year.</summary>
public sealed record PlanIndicator(
    int Id, string Name, string MeasureUnit, int Decimals, decimal? Target, string OwnerUnit, string ResponsiblePerson);

public sealed record PlanActivity(
    int Id, string Title, string? Responsible, DateOnly? StartsOn, DateOnly? EndsOn, ActivityStatus Status,
    int ProgressPercent, IReadOnlyList<string> Serves);

public sealed record PlanSectionContent(string Heading, string Body);
