using Microsoft.AspNetCore.Authorization;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Infrastructure.Security;

/// <summary>Policy requirement "holds role X somewhere in the organisation", checked against the database.</summary>
public sealed record RoleRequirement(Role Role) : IAuthorizationRequirement
{
    public const string AdministratorPolicy = "Administrator";
}

public sealed class RoleRequirementHandler(AccessPolicy access) : AuthorizationHandler<RoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (await access.HasRoleAsync(requirement.Role))
            context.Succeed(requirement);
    }
}
