using Microsoft.AspNetCore.Identity;

namespace Styrkedja.Web.Domain;

/// <summary>A person who logs in, locally (Identity) or through the organisation's OIDC provider.</summary>
public class AppUser : IdentityUser
{
    public int OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
}

/// <summary>The four roles of the product. Stored by name in <see cref="RoleGrant"/>.</summary>
public enum Role
{
    Reader,
    Editor,
    Controller,
    Administrator,
}

/// <summary>
/// A role granted to a user, over the subtree under <see cref="OrgUnitId"/> or, when that is null,
/// over the whole organisation. Kept in the database and read per request, so that a change takes
/// effect at once on every instance.
/// </summary>
public class RoleGrant : TrackedEntity, IOrganisationScoped
{
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public Role Role { get; set; }
    public int? OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
}
