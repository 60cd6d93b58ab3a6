using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>What the risk's create and edit forms post.</summary>
public sealed class RiskInput
{
    public const int MaxTextLength = 4000;

    [Required(ErrorMessageResourceName = nameof(RiskText.TitleRequired), ErrorMessageResourceType = typeof(RiskText))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.RiskTitle), ResourceType = typeof(RiskText))]
    public string Title { get; set; } = "";

    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.Description), ResourceType = typeof(RiskText))]
    public string? Description { get; set; }

    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.Area), ResourceType = typeof(RiskText))]
    public string? Area { get; set; }

    [Required(ErrorMessageResourceName = nameof(RiskText.ProbabilityRequired), ErrorMessageResourceType = typeof(RiskText))]
    public int? Probability { get; set; }

    [Required(ErrorMessageResourceName = nameof(RiskText.ConsequenceRequired), ErrorMessageResourceType = typeof(RiskText))]
    public int? Consequence { get; set; }

    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.Owner), ResourceType = typeof(RiskText))]
    public string? Owner { get; set; }

    [StringLength(MaxTextLength, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    [Display(Name = nameof(RiskText.Measures), ResourceType = typeof(RiskText))]
    public string? Measures { get; set; }

    public int Version { get; set; }

    public static RiskInput From(Risk risk) => new()
    {
        Title = risk.Title, Description = risk.Description, Area = risk.Area, Probability = risk.Probability,
        Consequence = risk.Consequence, Owner = risk.Owner, Measures = risk.Measures, Version = risk.Version,
    };

    /// <summary>Both assessments must be steps of the organisation's scales, whatever a crafted post says.</summary>
    public void Validate(ModelStateDictionary state, RiskScale scale)
    {
        scale.Validate(state, "Input.Probability", RiskAxis.Probability, Probability);
        scale.Validate(state, "Input.Consequence", RiskAxis.Consequence, Consequence);
    }

    public void ApplyTo(Risk risk)
    {
        risk.Title = Title.Trim();
        risk.Description = Blank(Description);
        risk.Area = Blank(Area);
        risk.Probability = Probability!.Value;
        risk.Consequence = Consequence!.Value;
        risk.Owner = Blank(Owner);
        risk.Measures = Blank(Measures);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The model of the risk's fields partial: the input and the scales its two selects offer.</summary>
public sealed record RiskFieldsView(RiskInput Input, RiskScale Scale)
{
    public IReadOnlyList<FieldOption> Options(RiskAxis axis, int? selected) =>
        [new FieldOption("", RiskText.ChooseStep, selected is null),
         .. Scale.Steps(axis).Select(s => new FieldOption(s.Value.ToString(), Scale.NameOf(axis, s.Value), s.Value == selected))];
}
