using System.ComponentModel.DataAnnotations;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Users;

/// <summary>A role to grant: over one unit's subtree, or the whole organisation when no unit is chosen.</summary>
public sealed class GrantInput
{
    [Display(Name = nameof(UserText.Role), ResourceType = typeof(UserText))]
    [Required(ErrorMessageResourceName = nameof(Common.Required), ErrorMessageResourceType = typeof(Common))]
    public Role? Role { get; set; }

    [Display(Name = nameof(UserText.Unit), ResourceType = typeof(UserText))]
    public int? UnitId { get; set; }

    /// <summary>What the forms offer first: the least a user can be given.</summary>
    public static GrantInput Default() => new() { Role = Domain.Role.Reader };

    public RoleGrant ToGrant(int organisationId, string userId) =>
        new() { OrganisationId = organisationId, UserId = userId, Role = Role!.Value, OrgUnitId = UnitId };
}
