using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.RiskScales;

/// <summary>What a scale step's forms post: its name and the description the committees assess against.</summary>
public sealed class StepInput
{
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(100, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.StepName), ResourceType = typeof(RiskText))]
    public string Name { get; set; } = "";

    [StringLength(1000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.StepDescription), ResourceType = typeof(RiskText))]
    public string? Description { get; set; }

    public int Version { get; set; }

    public static StepInput From(RiskScaleStep step) => new() { Name = step.Name, Description = step.Description, Version = step.Version };

    public void ApplyTo(RiskScaleStep step)
    {
        step.Name = Name.Trim();
        step.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }
}
