using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>What the create and edit forms of a unit post (edit ignores the parent: moving is its own page).</summary>
public sealed class UnitInput
{
    [Display(Name = nameof(OrganisationText.Name), ResourceType = typeof(OrganisationText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    [StringLength(200, ErrorMessageResourceName = nameof(Common.MaxLength), ErrorMessageResourceType = typeof(Common))]
    public string Name { get; set; } = "";

    [Display(Name = nameof(OrganisationText.Kind), ResourceType = typeof(OrganisationText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public OrgUnitKind? Kind { get; set; }

    [Display(Name = nameof(OrganisationText.Parent), ResourceType = typeof(OrganisationText))]
    public int? ParentId { get; set; }

    /// <summary>The version the edit form was opened with (optimistic concurrency).</summary>
    public int Version { get; set; }

    public static UnitInput From(OrgUnit unit) => new() { Name = unit.Name, Kind = unit.Kind, ParentId = unit.ParentId, Version = unit.Version };

    /// <summary>A unit has exactly one kind: the flag combinations a crafted post could bind are refused.</summary>
    public void ValidateKind(ModelStateDictionary state)
    {
        if (Kind is { } kind && !Labels.SingleKinds.Contains(kind))
            state.AddModelError("Input.Kind", OrganisationText.ErrorKindUnknown);
    }

    public void ApplyTo(OrgUnit unit)
    {
        unit.Name = Name.Trim();
        unit.Kind = Kind!.Value;
    }

    public FieldView NameField => new("Input.Name", OrganisationText.Name, Name) { MaxLength = 200 };

    public FieldView KindField => new("Input.Kind", OrganisationText.Kind, Kind?.ToString())
    {
        Type = "select",
        Options = UnitDisplay.KindOptions(Kind),
    };
}
