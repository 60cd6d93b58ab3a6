using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.ControlPlans;

/// <summary>A control as posted by its form: what is checked, how, by whom, when, to whom, and from which risk.</summary>
public sealed class ControlInput
{
    [Display(Name = nameof(ControlText.ControlTitle), ResourceType = typeof(ControlText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(ControlText.Method), ResourceType = typeof(ControlText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Method { get; set; }

    [Display(Name = nameof(ControlText.Responsible), ResourceType = typeof(ControlText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Responsible { get; set; }

    [Display(Name = nameof(ControlText.Frequency), ResourceType = typeof(ControlText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Frequency { get; set; }

    [Display(Name = nameof(ControlText.ReportedTo), ResourceType = typeof(ControlText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? ReportedTo { get; set; }

    public int? RiskId { get; set; }

    /// <summary>The control's version when editing it, the plan's when adding one (adding changes the plan).</summary>
    public int Version { get; set; }

    public static ControlInput From(Control control) => new()
    {
        Title = control.Title, Method = control.Method, Responsible = control.Responsible, Frequency = control.Frequency,
        ReportedTo = control.ReportedTo, RiskId = control.RiskId, Version = control.Version,
    };

    public void ApplyTo(Control control)
    {
        control.Title = Title.Trim();
        control.Method = Trimmed(Method);
        control.Responsible = Trimmed(Responsible);
        control.Frequency = Trimmed(Frequency);
        control.ReportedTo = Trimmed(ReportedTo);
        control.RiskId = RiskId;
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A control's result for a round (none: the whole year) with its actions, as posted by the result form.</summary>
public sealed class ResultInput
{
    /// <summary>The report round; empty for the whole year.</summary>
    public int? RoundId { get; set; }

    [Display(Name = nameof(ControlText.Outcome), ResourceType = typeof(ControlText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public ControlOutcome? Outcome { get; set; }

    [Display(Name = nameof(ControlText.PerformedOn), ResourceType = typeof(ControlText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public DateOnly? PerformedOn { get; set; }

    [Display(Name = nameof(ControlText.Findings), ResourceType = typeof(ControlText))]
    [StringLength(10000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Findings { get; set; }

    /// <summary>The result's existing actions followed by empty rows for new ones; an emptied row removes its action.</summary>
    public List<ActionInput> Actions { get; set; } = [];

    /// <summary>The result's version when it exists; 0 for a new result.</summary>
    public int Version { get; set; }
}

/// <summary>One action row of the result form.</summary>
public sealed class ActionInput
{
    /// <summary>The existing action's id; 0 for a new row.</summary>
    public int Id { get; set; }

    [Display(Name = nameof(ControlText.ActionText), ResourceType = typeof(ControlText))]
    [StringLength(1000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Text { get; set; }

    public string? ResponsibleUserId { get; set; }

    public DateOnly? DueOn { get; set; }
}
