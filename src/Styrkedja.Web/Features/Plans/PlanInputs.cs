using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>The plan's title, as posted by the create and title forms.</summary>
public sealed class TitleInput
{
    [Display(Name = nameof(PlanText.PlanTitle), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    /// <summary>The plan's version when the form was opened (not used when creating).</summary>
    public int Version { get; set; }
}

/// <summary>A free section as posted by its form.</summary>
public sealed class SectionInput
{
    [Display(Name = nameof(PlanText.SectionHeading), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Heading { get; set; } = "";

    [Display(Name = nameof(PlanText.SectionBody), ResourceType = typeof(PlanText))]
    [StringLength(50000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Body { get; set; }

    /// <summary>
    /// The version the form was opened with: the section's when editing it, the plan's when adding one
    /// (adding changes the plan's list of sections).
    /// </summary>
    public int Version { get; set; }
}

/// <summary>The decision as recorded from the minutes.</summary>
public sealed class DecisionInput
{
    [Display(Name = nameof(PlanText.DecidedBy), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string DecidedBy { get; set; } = "";

    [Display(Name = nameof(PlanText.DecidedOn), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public DateOnly? DecidedOn { get; set; }

    [Display(Name = nameof(PlanText.DecisionParagraph), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(50, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string DecisionParagraph { get; set; } = "";

    [Display(Name = nameof(PlanText.RegistryNumber), ResourceType = typeof(PlanText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(100, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string RegistryNumber { get; set; } = "";

    public int Version { get; set; }

    /// <summary>
    /// Refuses a decision date in the future and, when the whole form is valid, writes the decision onto the
    /// document (the caller sets the state, which differs between documents). False leaves the document as it was.
    /// </summary>
    public bool TryRecord(IDecisionRecord document, ModelStateDictionary modelState, DateOnly today)
    {
        if (DecidedOn > today)
            modelState.AddModelError("Input.DecidedOn", PlanText.ErrorDecidedInFuture);
        if (!modelState.IsValid)
            return false;
        (document.DecidedBy, document.DecidedOn, document.DecisionParagraph, document.RegistryNumber) =
            (DecidedBy.Trim(), DecidedOn, DecisionParagraph.Trim(), RegistryNumber.Trim());
        return true;
    }
}
