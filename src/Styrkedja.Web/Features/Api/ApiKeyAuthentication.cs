using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.ApiKeys;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Api;

/// <summary>
/// Authenticates a push-API request by its <c>X-Api-Key</c> header: the key's SHA-256 must match a key
/// that is not revoked. The principal carries the same claims as a login (organisation, display name
/// "API: name", user id "apikey:id"), so the tenant filter, the stamping and the audit log work for it
/// exactly as for a person. The scheme is never the default: only the API endpoints ask for it, so a key
/// does not open pages and a cookie does not open the API.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, StyrkedjaDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Policy = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].ToString();
        if (string.IsNullOrWhiteSpace(presented))
            return AuthenticateResult.NoResult();
        var hash = ApiKeySecret.Hash(presented.Trim());
        // No organisation is known before the key is: the lookup spans them, by the unique hash.
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null);
        if (key is null)
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"apikey:{key.Id}"),
            new Claim(StyrkedjaClaims.Organisation, key.OrganisationId.ToString()),
            new Claim(StyrkedjaClaims.DisplayName, $"API: {key.Name}"),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>401 with a problem body, never a redirect to the login page.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status401Unauthorized,
            Title = ExchangeText.ApiUnauthorizedTitle,
            Detail = string.Format(ExchangeText.ApiUnauthorizedDetail, Header),
        }, options: null, contentType: "application/problem+json");
    }
}
