using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.GovernanceModel.ReportTypes;

/// <summary>What the report type's create and edit forms post, and the rules it must follow.</summary>
public sealed class ReportTypeInput
{
    public const int MaxDueDays = 120;

    [Display(Name = nameof(RoundText.TypeName), ResourceType = typeof(RoundText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(RoundText.ConsolidatedName), ResourceType = typeof(RoundText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? ConsolidatedName { get; set; }

    [Display(Name = nameof(RoundText.Months), ResourceType = typeof(RoundText))]
    public List<int> Months { get; set; } = [];

    [Display(Name = nameof(RoundText.Writers), ResourceType = typeof(RoundText))]
    public ReportWriters Writers { get; set; } = ReportWriters.Committees;

    [Display(Name = nameof(RoundText.DueDays), ResourceType = typeof(RoundText))]
    [Range(1, MaxDueDays, ErrorMessageResourceName = nameof(Common.Range), ErrorMessageResourceType = typeof(Common))]
    public int DueDays { get; set; } = 15;

    public bool ToAssembly { get; set; }
    public bool IncludesInternalControl { get; set; }

    [Display(Name = nameof(RoundText.SortOrder), ResourceType = typeof(RoundText))]
    public int SortOrder { get; set; }

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static ReportTypeInput From(ReportType type) => new()
    {
        Name = type.Name,
        ConsolidatedName = type.ConsolidatedName,
        Months = type.MonthList.ToList(),
        Writers = type.Writers,
        DueDays = type.DueDays,
        ToAssembly = type.ToAssembly,
        IncludesInternalControl = type.IncludesInternalControl,
        SortOrder = type.SortOrder,
        Version = type.Version,
    };

    /// <summary>The checked months in order; a crafted month outside 1–12 counts for nothing.</summary>
    private List<int> ValidMonths => Months.Where(m => m is >= 1 and <= 12).Distinct().Order().ToList();

    /// <summary>Adds a Swedish message next to the field for what the attributes cannot say.</summary>
    public void Validate(IReadOnlyList<ReportType> others, ModelStateDictionary state)
    {
        if (ValidMonths.Count == 0)
            state.AddModelError("Input.Months", RoundText.ErrorMonthsRequired);
        if (!Enum.IsDefined(Writers))
            state.AddModelError("Input.Writers", RoundText.ErrorWritersUnknown);
        var name = Name?.Trim() ?? "";
        if (others.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
            state.AddModelError("Input.Name", string.Format(RoundText.ErrorTypeNameTaken, name));
    }

    public void ApplyTo(ReportType type)
    {
        type.Name = Name.Trim();
        type.ConsolidatedName = ConsolidatedName?.Trim() ?? "";
        type.Months = string.Join(',', ValidMonths);
        type.Writers = Writers;
        type.DueDays = DueDays;
        type.ToAssembly = ToAssembly;
        type.IncludesInternalControl = IncludesInternalControl;
        type.SortOrder = SortOrder;
    }

    public IReadOnlyList<FieldOption> MonthOptions() =>
        Enumerable.Range(1, 12).Select(m => new FieldOption(m.ToString(), ModelMonths.Name(m), Months.Contains(m))).ToList();

    public IReadOnlyList<FieldOption> WriterOptions() =>
        Enum.GetValues<ReportWriters>().Select(w => new FieldOption(w.ToString(), Labels.For(w), w == Writers)).ToList();
}
