using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>What the calendar item's create and edit forms post.</summary>
public sealed class ItemInput
{
    [Display(Name = nameof(YearWheelText.StepName), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    /// <summary>A malformed date fails binding with the Swedish binding message next to the field.</summary>
    [Display(Name = nameof(YearWheelText.Date), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public DateOnly? Date { get; set; }

    [Display(Name = nameof(YearWheelText.Body), ResourceType = typeof(YearWheelText))]
    [Required(ErrorMessageResourceName = nameof(YearWheelText.BodyRequired), ErrorMessageResourceType = typeof(YearWheelText))]
    public ProcessBody? Body { get; set; }

    [Display(Name = nameof(YearWheelText.Produces), ResourceType = typeof(YearWheelText))]
    public ProcessOutput Produces { get; set; }

    [Display(Name = nameof(YearWheelText.Purpose), ResourceType = typeof(YearWheelText))]
    [StringLength(2000, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string? Purpose { get; set; }

    public int Version { get; set; }

    public static ItemInput From(YearWheelItem item) => new()
    {
        Name = item.Name, Date = item.Date, Body = item.Body, Produces = item.Produces, Purpose = item.Purpose, Version = item.Version,
    };

    /// <summary>An item belongs to its year's calendar: a date in another year is refused.</summary>
    public void Validate(ModelStateDictionary state, int year)
    {
        if (Date is { } date && date.Year != year)
            state.AddModelError("Input.Date", string.Format(YearWheelText.DateOutsideYear, year));
    }

    public void ApplyTo(YearWheelItem item)
    {
        item.Name = Name.Trim();
        item.Date = Date!.Value;
        item.Body = Body!.Value;
        item.Produces = Produces;
        item.Purpose = Purpose?.Trim() ?? "";
    }

    public string DateValue => Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The model of the item's fields partial.</summary>
public sealed record ItemFieldsView(ItemInput Input, int Year)
{
    public IReadOnlyList<FieldOption> BodyOptions => WheelOptions.Bodies(Input.Body);
    public IReadOnlyList<FieldOption> OutputOptions => WheelOptions.Outputs(Input.Produces);
}
