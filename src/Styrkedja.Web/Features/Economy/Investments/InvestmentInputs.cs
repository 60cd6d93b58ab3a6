using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Investments;

/// <summary>
/// A need as posted by its form. The ten amounts (one per year of the horizon, tkr) come as text so that
/// Swedish notation ("1 250 000", "12,5") is read by the same rule as other amounts rather than refused by
/// the model binder; an empty amount means nothing that year.
/// </summary>
public sealed class NeedInput
{
    [Display(Name = nameof(InvestmentText.Committee), ResourceType = typeof(InvestmentText))]
    [Required(ErrorMessageResourceName = nameof(InvestmentText.ErrorCommittee), ErrorMessageResourceType = typeof(InvestmentText))]
    public int? OrgUnitId { get; set; }

    [Display(Name = nameof(InvestmentText.Category), ResourceType = typeof(InvestmentText))]
    [Required(ErrorMessageResourceName = nameof(InvestmentText.ErrorCategory), ErrorMessageResourceType = typeof(InvestmentText))]
    public InvestmentCategory? Category { get; set; }

    [Display(Name = nameof(InvestmentText.NeedTitle), ResourceType = typeof(InvestmentText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Title { get; set; } = "";

    [Display(Name = nameof(InvestmentText.Description), ResourceType = typeof(InvestmentText))]
    [StringLength(10000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Description { get; set; }

    [Display(Name = nameof(InvestmentText.CommitteePriority), ResourceType = typeof(InvestmentText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(1, 999, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int? CommitteePriority { get; set; }

    /// <summary>One amount per year of the horizon, the budget year first.</summary>
    public List<string?> Amounts { get; set; } = [];

    /// <summary>The need's version when editing it; 0 for a new need.</summary>
    public int Version { get; set; }

    public static string AmountField(int index) => $"Input.Amounts[{index}]";
}

/// <summary>The central ranking as posted: one row per need of the plan.</summary>
public sealed class RankInput
{
    public List<RankRow> Rows { get; set; } = [];

    /// <summary>The plan's version: ranking changes the plan as a whole.</summary>
    public int Version { get; set; }
}

public sealed class RankRow
{
    public int NeedId { get; set; }

    /// <summary>As text so that "0", "-1" or "1,5" get the ranking's own message instead of a binder's.</summary>
    public string? Rank { get; set; }

    [StringLength(2000, ErrorMessageResourceName = nameof(InvestmentText.ErrorMaxLength), ErrorMessageResourceType = typeof(InvestmentText))]
    public string? Comment { get; set; }
}
