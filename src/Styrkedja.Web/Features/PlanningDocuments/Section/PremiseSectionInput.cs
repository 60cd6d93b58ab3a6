using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments.Section;

/// <summary>A section of the planeringsförutsättningar as posted by its form.</summary>
public sealed class PremiseSectionInput
{
    public PremisePart Part { get; set; }

    /// <summary>The contributing committee; none for the staff's own text. Chosen when adding, fixed after.</summary>
    public int? OrgUnitId { get; set; }

    [Display(Name = nameof(PlanText.SectionHeading), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Heading { get; set; } = "";

    [Display(Name = nameof(PlanText.SectionBody), ResourceType = typeof(PlanText))]
    [StringLength(50000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Body { get; set; }

    /// <summary>The section's version when editing it.</summary>
    public int Version { get; set; }
}
