using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningYears;

/// <summary>What the horizon form posts; the create form adds the year itself.</summary>
public class HorizonInput
{
    [Display(Name = nameof(YearText.Horizon), ResourceType = typeof(YearText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(YearPlanning.MinHorizon, YearPlanning.MaxHorizon,
        ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int? PlanHorizonYears { get; set; }

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }
}

public sealed class NewYearInput : HorizonInput
{
    [Display(Name = nameof(YearText.Year), ResourceType = typeof(YearText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(YearPlanning.MinYear, YearPlanning.MaxYear,
        ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int? Year { get; set; }
}

public sealed class CopyInput
{
    [Display(Name = nameof(YearText.TargetYear), ResourceType = typeof(YearText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(YearPlanning.MinYear, YearPlanning.MaxYear,
        ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int? TargetYear { get; set; }
}
