using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>The directive's title and common instructions as posted.</summary>
public sealed class DirectiveInput
{
    [Display(Name = nameof(PlanningDocumentText.DocumentTitle), ResourceType = typeof(PlanningDocumentText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(PlanningDocumentText.CommonInstructions), ResourceType = typeof(PlanningDocumentText))]
    [StringLength(50000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Body { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A committee's assignment as posted. The frames come as text so that Swedish notation ("1 250 000",
/// "12,5") is read by the same rule as indicator values rather than refused by the model binder.
/// </summary>
public sealed class AssignmentInput
{
    [Display(Name = nameof(PlanningDocumentText.Instructions), ResourceType = typeof(PlanningDocumentText))]
    [StringLength(20000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Instructions { get; set; }

    public string? OperatingFrame { get; set; }
    public string? InvestmentFrame { get; set; }

    /// <summary>The assignment's version, or 0 when the committee had none when the form was opened.</summary>
    public int Version { get; set; }
}
