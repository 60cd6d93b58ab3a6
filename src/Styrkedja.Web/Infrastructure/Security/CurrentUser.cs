using System.Security.Claims;

namespace Styrkedja.Web.Infrastructure.Security;

/// <summary>The claims Styrkedja adds to the login cookie, besides Identity's own.</summary>
public static class StyrkedjaClaims
{
    public const string Organisation = "styrkedja:org";
    public const string DisplayName = "styrkedja:name";
    public const string OrganisationName = "styrkedja:orgname";
    public const string Demo = "styrkedja:demo";
}

/// <summary>
/// Who is making the current request, as read from the login cookie. The database context uses it
/// to stamp changes and to filter rows to the user's organisation.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The name shown in history and concurrency messages; "system" for the command line.</summary>
    public string DisplayName =>
        (IsAuthenticated ? Principal!.FindFirstValue(StyrkedjaClaims.DisplayName) ?? Principal!.Identity!.Name : null)
        ?? "system";

    public string OrganisationName => Principal?.FindFirstValue(StyrkedjaClaims.OrganisationName) ?? "";

    public bool IsDemoOrganisation => Principal?.HasClaim(StyrkedjaClaims.Demo, "true") == true;

    public int? OrganisationId =>
        IsAuthenticated && int.TryParse(Principal!.FindFirstValue(StyrkedjaClaims.Organisation), out var id) ? id : null;
}
