using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Users;

/// <summary>A role to grant: over one unit's subtree, or the whole organisation when no unit is chosen.</summary>
public sealed class GrantInput
{
    [Display(Name = nameof(UserText.Role), ResourceType = typeof(UserText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public Role? Role { get; set; } = Domain.Role.Reader;

    [Display(Name = nameof(UserText.Unit), ResourceType = typeof(UserText))]
    public int? UnitId { get; set; }

    public RoleGrant ToGrant(int organisationId, string userId) =>
        new() { OrganisationId = organisationId, UserId = userId, Role = Role!.Value, OrgUnitId = UnitId };
}
