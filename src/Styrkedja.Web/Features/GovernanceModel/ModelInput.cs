using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel;

/// <summary>What the model's edit form posts.</summary>
public sealed class ModelInput
{
    [Display(Name = nameof(ModelText.Name), ResourceType = typeof(ModelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(ModelText.Vision), ResourceType = typeof(ModelText))]
    [StringLength(500, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Vision { get; set; }

    [Display(Name = nameof(ModelText.ValuesStatement), ResourceType = typeof(ModelText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? ValuesStatement { get; set; }

    [Display(Name = nameof(ModelText.ValuesDescription), ResourceType = typeof(ModelText))]
    [StringLength(4000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? ValuesDescription { get; set; }

    [Display(Name = nameof(ModelText.SteeringKinds), ResourceType = typeof(ModelText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? SteeringKinds { get; set; }

    [Display(Name = nameof(ModelText.AssemblyPlanName), ResourceType = typeof(ModelText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? AssemblyPlanName { get; set; }

    [Display(Name = nameof(ModelText.CommitteePlanName), ResourceType = typeof(ModelText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? CommitteePlanName { get; set; }

    [Display(Name = nameof(ModelText.AdministrationPlanName), ResourceType = typeof(ModelText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? AdministrationPlanName { get; set; }

    [Display(Name = nameof(ModelText.AssemblyPlanDecisionMonth), ResourceType = typeof(ModelText))]
    [Range(1, 12, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int AssemblyPlanDecisionMonth { get; set; }

    [Display(Name = nameof(ModelText.DefaultPlanHorizonYears), ResourceType = typeof(ModelText))]
    [Range(1, 10, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int DefaultPlanHorizonYears { get; set; }

    [Display(Name = nameof(ModelText.GoalStatusRule), ResourceType = typeof(ModelText))]
    public Domain.GoalStatusRule GoalStatusRule { get; set; }

    [Display(Name = nameof(ModelText.GoalStatusSharePercent), ResourceType = typeof(ModelText))]
    [Range(1, 100, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int GoalStatusSharePercent { get; set; }

    public int Version { get; set; }

    public static ModelInput From(Domain.GovernanceModel model) => new()
    {
        Name = model.Name,
        Vision = model.Vision,
        ValuesStatement = model.ValuesStatement,
        ValuesDescription = model.ValuesDescription,
        SteeringKinds = model.SteeringKinds,
        AssemblyPlanName = model.AssemblyPlanName,
        CommitteePlanName = model.CommitteePlanName,
        AdministrationPlanName = model.AdministrationPlanName,
        AssemblyPlanDecisionMonth = model.AssemblyPlanDecisionMonth,
        DefaultPlanHorizonYears = model.DefaultPlanHorizonYears,
        GoalStatusRule = model.GoalStatusRule,
        GoalStatusSharePercent = model.GoalStatusSharePercent,
        Version = model.Version,
    };

    public void ApplyTo(Domain.GovernanceModel model)
    {
        model.Name = Name.Trim();
        model.Vision = Vision?.Trim() ?? "";
        model.ValuesStatement = ValuesStatement?.Trim() ?? "";
        model.ValuesDescription = ValuesDescription?.Trim() ?? "";
        // One steering kind per line, stored without blank lines or stray spaces.
        model.SteeringKinds = string.Join('\n', (SteeringKinds ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        model.AssemblyPlanName = AssemblyPlanName?.Trim() ?? "";
        model.CommitteePlanName = CommitteePlanName?.Trim() ?? "";
        model.AdministrationPlanName = AdministrationPlanName?.Trim() ?? "";
        model.AssemblyPlanDecisionMonth = AssemblyPlanDecisionMonth;
        model.DefaultPlanHorizonYears = DefaultPlanHorizonYears;
        model.GoalStatusRule = GoalStatusRule;
        model.GoalStatusSharePercent = GoalStatusSharePercent;
    }

    /// <summary>The rules a model may set for rolling a goal's status up from its indicators.</summary>
    public static IReadOnlyList<FieldOption> RuleOptions(Domain.GoalStatusRule selected) =>
        Enum.GetValues<Domain.GoalStatusRule>().Select(r => new FieldOption(r.ToString(), RuleLabel(r), r == selected)).ToList();

    public static string RuleLabel(Domain.GoalStatusRule rule) =>
        rule == Domain.GoalStatusRule.ShareMet ? ModelText.RuleShareMet : ModelText.RuleAllMet;
}

/// <summary>Swedish month names for the decision month.</summary>
public static class ModelMonths
{
    public static string Name(int month) =>
        month is >= 1 and <= 12 ? ServiceRegistration.Swedish.DateTimeFormat.GetMonthName(month) : month.ToString();

    public static IReadOnlyList<FieldOption> Options(int selected) =>
        Enumerable.Range(1, 12).Select(m => new FieldOption(m.ToString(), Name(m), m == selected)).ToList();
}
