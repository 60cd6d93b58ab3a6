using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>What the evaluation form posts: the two texts and the proposed changes (a blank row at the end adds one).</summary>
public sealed class EvaluationInput
{
    [Display(Name = nameof(YearWheelText.WhatWorked), ResourceType = typeof(YearWheelText))]
    [StringLength(8000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? WhatWorked { get; set; }

    [Display(Name = nameof(YearWheelText.WhatDidNotWork), ResourceType = typeof(YearWheelText))]
    [StringLength(8000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? WhatDidNotWork { get; set; }

    public List<ChangeInput> Changes { get; set; } = [];

    public int Version { get; set; }

    public static EvaluationInput From(ProcessEvaluation? evaluation) => evaluation is null ? new() : new()
    {
        WhatWorked = evaluation.WhatWorked,
        WhatDidNotWork = evaluation.WhatDidNotWork,
        Changes = evaluation.Changes.OrderBy(c => c.Id).Select(ChangeInput.From).ToList(),
        Version = evaluation.Version,
    };

    /// <summary>Each kept row must say something the template can take, against the steps the template has now.</summary>
    public void Validate(ModelStateDictionary state, IReadOnlyCollection<int> stepIds)
    {
        for (var i = 0; i < Changes.Count; i++)
        {
            var change = Changes[i];
            if (change.Delete || change.IsBlank)
                continue;
            var prefix = $"Input.Changes[{i}].";
            if (change.ProcessStepId is { } stepId && !stepIds.Contains(stepId))
                state.AddModelError(prefix + nameof(ChangeInput.ProcessStepId), YearWheelText.ChangeStepMissing);
            if (!string.IsNullOrWhiteSpace(change.NewMonths) && change.MonthList is null)
                state.AddModelError(prefix + nameof(ChangeInput.NewMonths), YearWheelText.ChangeMonthsInvalid);
            if (change.NewDay is < 1 or > 31)
                state.AddModelError(prefix + nameof(ChangeInput.NewDay), string.Format(Common.Range, YearWheelText.NewDay, 1, 31));
            if (change.ProcessStepId is null && change.Remove)
                state.AddModelError(prefix + nameof(ChangeInput.Remove), YearWheelText.ChangeRemoveNeedsStep);
            if (change.ProcessStepId is null && !change.Remove)
            {
                if (string.IsNullOrWhiteSpace(change.NewName))
                    state.AddModelError(prefix + nameof(ChangeInput.NewName), YearWheelText.ChangeNewStepNeedsName);
                if (string.IsNullOrWhiteSpace(change.NewMonths))
                    state.AddModelError(prefix + nameof(ChangeInput.NewMonths), YearWheelText.ChangeNewStepNeedsMonths);
                if (change.NewBody is null)
                    state.AddModelError(prefix + nameof(ChangeInput.NewBody), YearWheelText.BodyRequired);
            }
        }
    }

    /// <summary>Brings the evaluation's texts and change rows in line with the validated input; removed rows are removed (and audited).</summary>
    public void ApplyTo(ProcessEvaluation evaluation, Action<ProcessChange> remove)
    {
        evaluation.WhatWorked = WhatWorked?.Trim() ?? "";
        evaluation.WhatDidNotWork = WhatDidNotWork?.Trim() ?? "";
        foreach (var input in Changes)
        {
            var existing = input.Id is { } id ? evaluation.Changes.SingleOrDefault(c => c.Id == id) : null;
            if (input.Delete || input.IsBlank)
            {
                if (existing is not null)
                    remove(existing);
                continue;
            }
            if (existing is null)
            {
                existing = new ProcessChange { OrganisationId = evaluation.OrganisationId };
                evaluation.Changes.Add(existing);
            }
            input.ApplyTo(existing);
        }
    }
}

/// <summary>One proposed change: a step to rename, move, give another body or remove — or, with no step, a new one.</summary>
public sealed class ChangeInput
{
    public int? Id { get; set; }

    [Display(Name = nameof(YearWheelText.ChangeStep), ResourceType = typeof(YearWheelText))]
    public int? ProcessStepId { get; set; }

    public bool Remove { get; set; }

    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(YearWheelText.NewName), ResourceType = typeof(YearWheelText))]
    public string? NewName { get; set; }

    [StringLength(50, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(YearWheelText.NewMonths), ResourceType = typeof(YearWheelText))]
    public string? NewMonths { get; set; }

    [Display(Name = nameof(YearWheelText.NewDay), ResourceType = typeof(YearWheelText))]
    public int? NewDay { get; set; }

    [Display(Name = nameof(YearWheelText.NewBody), ResourceType = typeof(YearWheelText))]
    public ProcessBody? NewBody { get; set; }

    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(YearWheelText.Motivation), ResourceType = typeof(YearWheelText))]
    public string? Motivation { get; set; }

    /// <summary>Ticked: the proposal is withdrawn (its row removed).</summary>
    public bool Delete { get; set; }

    /// <summary>The empty row the form offers for a new proposal, left empty.</summary>
    public bool IsBlank => Id is null && ProcessStepId is null && !Remove && NewDay is null && NewBody is null
        && string.IsNullOrWhiteSpace(NewName) && string.IsNullOrWhiteSpace(NewMonths) && string.IsNullOrWhiteSpace(Motivation);

    /// <summary>"2, 5,9" as months; null when any part is not a month 1–12.</summary>
    public IReadOnlyList<int>? MonthList
    {
        get
        {
            var parts = (NewMonths ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return parts.Length > 0 && parts.All(p => int.TryParse(p, out var m) && m is >= 1 and <= 12)
                ? Domain.MonthList.Parse(NewMonths!) : null;
        }
    }

    public static ChangeInput From(ProcessChange change) => new()
    {
        Id = change.Id, ProcessStepId = change.ProcessStepId, Remove = change.Remove, NewName = change.NewName,
        NewMonths = change.NewMonths, NewDay = change.NewDay, NewBody = change.NewBody, Motivation = change.Motivation,
    };

    public void ApplyTo(ProcessChange change)
    {
        change.ProcessStepId = ProcessStepId;
        change.Remove = Remove;
        change.NewName = string.IsNullOrWhiteSpace(NewName) ? null : NewName.Trim();
        change.NewMonths = MonthList is { } months ? Domain.MonthList.Format(months) : null;
        change.NewDay = NewDay;
        change.NewBody = NewBody;
        change.Motivation = Motivation?.Trim() ?? "";
    }
}
