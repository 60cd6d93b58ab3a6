using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure;

namespace Styrkedja.Web.Features.Account;

/// <summary>
/// OpenID Connect login. POST starts the challenge; GET is the return from the identity provider.
/// An IdP account is mapped to an existing Styrkedja user: first by its stored login, else by e-mail
/// (then the login is remembered). Nobody gets in without an account an administrator created.
/// </summary>
public class ExternalLoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, IConfiguration config)
    : PageModel
{
    public string? ErrorMessage { get; private set; }

    public IActionResult OnPost(string? returnUrl)
    {
        if (ServiceRegistration.Oidc(config) is null)
            return NotFound();
        var redirect = Url.Page("/Account/ExternalLogin", new { returnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OidcOptions.Scheme, redirect);
        return Challenge(properties, OidcOptions.Scheme);
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var oidc = ServiceRegistration.Oidc(config);
        var info = oidc is null ? null : await signIn.GetExternalLoginInfoAsync();
        if (oidc is null || info is null)
        {
            ErrorMessage = Resources.Account.ExternalFailed;
            return Page();
        }
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (result.Succeeded)
            return LocalRedirect(target);

        var email = info.Principal.FindFirstValue(oidc.EmailClaim) ?? info.Principal.FindFirstValue(ClaimTypes.Email);
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            ErrorMessage = string.Format(Resources.Account.ExternalNoAccount, email ?? "?");
            return Page();
        }
        await users.AddLoginAsync(user, info);
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(target);
    }
}
