using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.GovernanceModel;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>How an evaluation's proposals change the template, and how a proposal reads.</summary>
public static class EvaluationRules
{
    /// <summary>
    /// Applies every proposed change to the template's steps and marks the evaluation applied; the caller saves
    /// once, so the template changes all together or not at all. A removed step's name is kept on its change,
    /// since the database clears the change's link to the step it removed.
    /// </summary>
    public static void Apply(StyrkedjaDbContext db, ProcessEvaluation evaluation, IReadOnlyList<ProcessStep> steps, DateOnly today)
    {
        var nextSortOrder = steps.Count == 0 ? 1 : steps.Max(s => s.SortOrder) + 1;
        foreach (var change in evaluation.Changes.OrderBy(c => c.Id))
        {
            if (change.ProcessStepId is null)
            {
                var step = new ProcessStep { OrganisationId = evaluation.OrganisationId, Name = change.NewName!, Body = change.NewBody!.Value, SortOrder = nextSortOrder++ };
                Change(step, change);
                db.ProcessSteps.Add(step);
            }
            else if (steps.SingleOrDefault(s => s.Id == change.ProcessStepId) is { } step)
            {
                if (change.Remove)
                {
                    change.NewName = step.Name;
                    db.ProcessSteps.Remove(step);
                }
                else
                    Change(step, change);
            }
        }
        evaluation.AppliedOn = today;
    }

    private static void Change(ProcessStep step, ProcessChange change)
    {
        step.Name = change.NewName ?? step.Name;
        step.Months = change.NewMonths ?? step.Months;
        step.Day = change.NewDay ?? step.Day;
        step.Body = change.NewBody ?? step.Body;
    }

    /// <summary>"Ändra ”Delårsrapport”: månader augusti, september; dag 20" — what the proposal does, in words.</summary>
    public static string Describe(ProcessChange change, IReadOnlyList<ProcessStep> steps)
    {
        var stepName = steps.SingleOrDefault(s => s.Id == change.ProcessStepId)?.Name;
        if (change.Remove)
            return string.Format(YearWheelText.DescribeRemove, stepName ?? change.NewName);
        var parts = new List<string>();
        if (change.NewName is { } name && (stepName is null || name != stepName))
            parts.Add(string.Format(YearWheelText.DescribeName, name));
        if (change.NewMonths is { } months)
            parts.Add(string.Format(YearWheelText.DescribeMonths, string.Join(", ", MonthList.Parse(months).Select(ModelMonths.Name))));
        if (change.NewDay is { } day)
            parts.Add(string.Format(YearWheelText.DescribeDay, day));
        if (change.NewBody is { } body)
            parts.Add(string.Format(YearWheelText.DescribeBody, Labels.For(body)));
        return stepName is null
            ? string.Format(YearWheelText.DescribeNew, string.Join("; ", parts))
            : string.Format(YearWheelText.DescribeChange, stepName, string.Join("; ", parts));
    }
}
