using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>A goal's assessment as posted by its form.</summary>
public sealed class AssessmentInput
{
    public const int MaxTextLength = 20000;

    [Display(Name = nameof(ReportText.AtPeriodEnd), ResourceType = typeof(ReportText))]
    [Required(ErrorMessageResourceName = nameof(ReportText.ErrorChooseFulfilment), ErrorMessageResourceType = typeof(ReportText))]
    public Fulfilment? AtPeriodEnd { get; set; }

    [Display(Name = nameof(ReportText.Forecast), ResourceType = typeof(ReportText))]
    [Required(ErrorMessageResourceName = nameof(ReportText.ErrorChooseFulfilment), ErrorMessageResourceType = typeof(ReportText))]
    public Fulfilment? Forecast { get; set; }

    [Display(Name = nameof(ReportText.Analysis), ResourceType = typeof(ReportText))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Analysis { get; set; }

    [Display(Name = nameof(ReportText.Consequences), ResourceType = typeof(ReportText))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Consequences { get; set; }

    [Display(Name = nameof(ReportText.Measures), ResourceType = typeof(ReportText))]
    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Measures { get; set; }

    /// <summary>The report's version when the form was opened: a submission or another save meanwhile is a conflict.</summary>
    public int ReportVersion { get; set; }

    /// <summary>The assessment's own version when the form was opened; none for a first assessment.</summary>
    public int? AssessmentVersion { get; set; }
}

/// <summary>
/// The economy figures as typed (tkr, sv-SE: "1 234,5", a point is read as a comma too); the page reads
/// them with the value pages' parser, so that every number field in the app accepts the same notation.
/// </summary>
public sealed class EconomyInput
{
    public const int MaxCommentLength = 20000;

    public string? BudgetYear { get; set; }
    public string? BudgetToDate { get; set; }
    public string? OutcomeToDate { get; set; }
    public string? ForecastYear { get; set; }

    [Display(Name = nameof(ReportText.EconomyComment), ResourceType = typeof(ReportText))]
    [StringLength(MaxCommentLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Comment { get; set; }

    public int Version { get; set; }
}

/// <summary>The reviewer's reason for sending a report back.</summary>
public sealed class ReturnInput
{
    public const int MaxCommentLength = 4000;

    [Display(Name = nameof(ReportText.ReturnComment), ResourceType = typeof(ReportText))]
    [Required(ErrorMessageResourceName = nameof(ReportText.ErrorReturnCommentRequired), ErrorMessageResourceType = typeof(ReportText))]
    [StringLength(MaxCommentLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Comment { get; set; } = "";

    public int Version { get; set; }
}
