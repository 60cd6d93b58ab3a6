using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Infrastructure.Security;

/// <summary>
/// Puts the user's organisation (id, name, demo flag) and display name into the login cookie, so that
/// the layout needs no query for them.
/// </summary>
public sealed class StyrkedjaClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options,
    Data.StyrkedjaDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StyrkedjaClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(StyrkedjaClaims.DisplayName, user.DisplayName));
        var organisation = await db.Organisations.FindAsync(user.OrganisationId);
        identity.AddClaim(new Claim(StyrkedjaClaims.OrganisationName, organisation?.Name ?? ""));
        if (organisation?.IsDemo == true)
            identity.AddClaim(new Claim(StyrkedjaClaims.Demo, "true"));
        return identity;
    }
}
