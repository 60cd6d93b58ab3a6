using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Oversight;

/// <summary>What each kind of finding is called, how one is described, and what its link does.</summary>
public static class FindingText
{
    public static string Heading(FindingKind kind) => kind switch
    {
        FindingKind.CommitteeGoalNotLinked => OversightText.HeadingCommitteeGoalNotLinked,
        FindingKind.GoalWithoutIndicators => OversightText.HeadingGoalWithoutIndicators,
        FindingKind.IndicatorWithoutTarget => OversightText.HeadingIndicatorWithoutTarget,
        FindingKind.IndicatorWithoutResponsible => OversightText.HeadingIndicatorWithoutResponsible,
        FindingKind.ActivityWithoutResponsible => OversightText.HeadingActivityWithoutResponsible,
        FindingKind.ActivityWithoutDates => OversightText.HeadingActivityWithoutDates,
        _ => OversightText.HeadingUnitWithoutPlan,
    };

    /// <summary>The problem in a sentence; {0} is the goal, indicator, activity or unit, {1} the year.</summary>
    public static string Problem(FindingKind kind, string subject, int year) => string.Format(kind switch
    {
        FindingKind.CommitteeGoalNotLinked => OversightText.ProblemCommitteeGoalNotLinked,
        FindingKind.GoalWithoutIndicators => OversightText.ProblemGoalWithoutIndicators,
        FindingKind.IndicatorWithoutTarget => OversightText.ProblemIndicatorWithoutTarget,
        FindingKind.IndicatorWithoutResponsible => OversightText.ProblemIndicatorWithoutResponsible,
        FindingKind.ActivityWithoutResponsible => OversightText.ProblemActivityWithoutResponsible,
        FindingKind.ActivityWithoutDates => OversightText.ProblemActivityWithoutDates,
        _ => OversightText.ProblemUnitWithoutPlan,
    }, subject, year);

    public static string Fix(FindingKind kind) => kind switch
    {
        FindingKind.CommitteeGoalNotLinked => OversightText.FixCommitteeGoalNotLinked,
        FindingKind.GoalWithoutIndicators => OversightText.FixGoalWithoutIndicators,
        FindingKind.IndicatorWithoutTarget => OversightText.FixIndicatorWithoutTarget,
        FindingKind.IndicatorWithoutResponsible => OversightText.FixIndicatorWithoutResponsible,
        FindingKind.ActivityWithoutResponsible => OversightText.FixActivityWithoutResponsible,
        FindingKind.ActivityWithoutDates => OversightText.FixActivityWithoutDates,
        _ => OversightText.FixUnitWithoutPlan,
    };
}
