using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Indicators;

/// <summary>What the create and edit forms post. Numbers arrive as text so that "12,5" reads the Swedish way.</summary>
public sealed partial class IndicatorInput
{
    [Display(Name = nameof(IndicatorText.Name), ResourceType = typeof(IndicatorText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(300, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(IndicatorText.Definition), ResourceType = typeof(IndicatorText))]
    [StringLength(20000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Definition { get; set; }

    [Display(Name = nameof(IndicatorText.MeasureUnit), ResourceType = typeof(IndicatorText))]
    [StringLength(30, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? MeasureUnit { get; set; }

    [Display(Name = nameof(IndicatorText.Decimals), ResourceType = typeof(IndicatorText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [Range(0, 6, ErrorMessageResourceName = nameof(IndicatorText.ErrorDecimalsRange), ErrorMessageResourceType = typeof(IndicatorText))]
    public int? Decimals { get; set; } = 0;

    public IndicatorDirection Direction { get; set; }
    public int? PerspectiveId { get; set; }
    public IndicatorScope Scope { get; set; }

    [Display(Name = nameof(IndicatorText.OwnerUnit), ResourceType = typeof(IndicatorText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public int? OwnerUnitId { get; set; }

    [Display(Name = nameof(IndicatorText.ResponsiblePerson), ResourceType = typeof(IndicatorText))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? ResponsiblePerson { get; set; }

    public Periodicity Periodicity { get; set; } = Periodicity.Year;
    public bool ByGender { get; set; }
    public IndicatorSource Source { get; set; }

    [Display(Name = nameof(IndicatorText.KoladaKpiId), ResourceType = typeof(IndicatorText))]
    [StringLength(20, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? KoladaKpiId { get; set; }

    public string? MinValue { get; set; }
    public string? MaxValue { get; set; }
    public string? TolerancePercent { get; set; } = "5";

    /// <summary>The version the form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    /// <summary>Kolada's KPI ids: a letter for the kind (N, U …) and five digits.</summary>
    [GeneratedRegex("^[A-Z][0-9]{5}$")]
    private static partial Regex KpiIdPattern();

    public static IndicatorInput From(Indicator indicator) => new()
    {
        Name = indicator.Name,
        Definition = indicator.Definition,
        MeasureUnit = indicator.MeasureUnit,
        Decimals = indicator.Decimals,
        Direction = indicator.Direction,
        PerspectiveId = indicator.PerspectiveId,
        Scope = indicator.Scope,
        OwnerUnitId = indicator.OwnerUnitId,
        ResponsiblePerson = indicator.ResponsiblePerson,
        Periodicity = indicator.Periodicity,
        ByGender = indicator.ByGender,
        Source = indicator.Source,
        KoladaKpiId = indicator.KoladaKpiId,
        MinValue = indicator.MinValue is { } min ? ValueRules.FormatForInput(min) : null,
        MaxValue = indicator.MaxValue is { } max ? ValueRules.FormatForInput(max) : null,
        TolerancePercent = ValueRules.FormatForInput(indicator.TolerancePercent),
        Version = indicator.Version,
    };

    /// <summary>
    /// Checks what the attributes cannot (enum values, numbers in Swedish notation, max ≥ min, the KPI id's
    /// shape, a known category) and copies the input onto the indicator (with its adoptions loaded) when all is well.
    /// </summary>
    public bool TryApplyTo(Indicator indicator, IReadOnlyCollection<Perspective> categories, ModelStateDictionary state)
    {
        if (!Enum.IsDefined(Direction))
            state.AddModelError("Input.Direction", IndicatorText.ErrorChoice);
        if (!Enum.IsDefined(Scope))
            state.AddModelError("Input.Scope", IndicatorText.ErrorChoice);
        if (!Enum.IsDefined(Periodicity))
            state.AddModelError("Input.Periodicity", IndicatorText.ErrorChoice);
        if (!Enum.IsDefined(Source))
            state.AddModelError("Input.Source", IndicatorText.ErrorChoice);
        if (PerspectiveId is not null && categories.All(c => c.Id != PerspectiveId))
            state.AddModelError("Input.PerspectiveId", IndicatorText.ErrorChoice);
        var kpi = KoladaKpiId?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(kpi) && !KpiIdPattern().IsMatch(kpi))
            state.AddModelError("Input.KoladaKpiId", IndicatorText.ErrorKpiId);
        else if (Source == IndicatorSource.Kolada && string.IsNullOrEmpty(kpi))
            state.AddModelError("Input.KoladaKpiId", IndicatorText.ErrorKpiRequired);
        var min = Number("Input.MinValue", MinValue, state);
        var max = Number("Input.MaxValue", MaxValue, state);
        if (min is not null && max is not null && max < min)
            state.AddModelError("Input.MaxValue", IndicatorText.ErrorMaxBelowMin);
        var tolerance = Number("Input.TolerancePercent", TolerancePercent, state);
        if (tolerance is null && !state.ContainsKey("Input.TolerancePercent"))
            state.AddModelError("Input.TolerancePercent", Common.Required);
        else if (tolerance is < 0 or > 100)
            state.AddModelError("Input.TolerancePercent", IndicatorText.ErrorTolerance);
        if (!state.IsValid)
            return false;

        indicator.Name = Name.Trim();
        indicator.Definition = Definition?.Trim() ?? "";
        indicator.MeasureUnit = MeasureUnit?.Trim() ?? "";
        indicator.Decimals = Decimals!.Value;
        indicator.Direction = Direction;
        indicator.PerspectiveId = PerspectiveId;
        indicator.Scope = Scope;
        indicator.OwnerUnitId = OwnerUnitId!.Value;
        indicator.ResponsiblePerson = ResponsiblePerson?.Trim() ?? "";
        indicator.Periodicity = Periodicity;
        indicator.ByGender = ByGender;
        indicator.Source = Source;
        indicator.KoladaKpiId = string.IsNullOrEmpty(kpi) ? null : kpi;
        indicator.MinValue = min;
        indicator.MaxValue = max;
        indicator.TolerancePercent = tolerance!.Value;
        // The owner of a unit's own indicator reports it, so it is adopted at once (also after a change of owner).
        if (indicator.Scope == IndicatorScope.UnitOwn && indicator.Adoptions.All(a => a.OrgUnitId != indicator.OwnerUnitId))
            indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = indicator.OrganisationId, OrgUnitId = indicator.OwnerUnitId });
        return true;
    }

    private static decimal? Number(string key, string? text, ModelStateDictionary state)
    {
        if (ValueRules.TryParse(text, out var value, out var error))
            return value;
        state.AddModelError(key, error!);
        return null;
    }
}
