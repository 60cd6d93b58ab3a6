using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.Perspectives;

/// <summary>What the perspective's create and edit forms post.</summary>
public sealed class PerspectiveInput
{
    [Display(Name = nameof(ModelText.Name), ResourceType = typeof(ModelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ModelText.Description), ResourceType = typeof(ModelText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Description { get; set; }

    [Display(Name = nameof(ModelText.SortOrder), ResourceType = typeof(ModelText))]
    public int SortOrder { get; set; }

    public bool IsOverarching { get; set; }
    public bool ForGoals { get; set; }
    public bool ForIndicators { get; set; }

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static PerspectiveInput From(Perspective perspective) => new()
    {
        Name = perspective.Name,
        Description = perspective.Description,
        SortOrder = perspective.SortOrder,
        IsOverarching = perspective.IsOverarching,
        ForGoals = perspective.ForGoals,
        ForIndicators = perspective.ForIndicators,
        Version = perspective.Version,
    };

    public void ApplyTo(Perspective perspective)
    {
        perspective.Name = Name.Trim();
        perspective.Description = Description?.Trim() ?? "";
        perspective.SortOrder = SortOrder;
        perspective.IsOverarching = IsOverarching;
        perspective.ForGoals = ForGoals;
        perspective.ForIndicators = ForIndicators;
    }
}
